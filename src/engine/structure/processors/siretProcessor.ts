import type { ColumnProcessor } from "../columnProcessor";
import { checkSiren, checkSiret } from "../siret/checkSiret";
import { cellInput, ColumnCollector } from "./cellInput";

/** SIRET / SIREN: digits only, checksum verified; the SIREN taken from the SIRET. */
export const siretProcessor: ColumnProcessor = {
  operation: "siret",
  roles: ["siret", "siren"],
  process(values, _context, source) {
    const isSiret = /siret/i.test(source.header) || values.some((v) => (cellInput(v) ?? "").replace(/\D/g, "").length > 9);
    const headers = new Map([
      ["siret", { fr: "SIRET (vérifié)", en: "SIRET (checked)" }],
      ["siren", { fr: "SIREN", en: "SIREN" }],
    ]);
    if (!isSiret) headers.delete("siret");
    const out = new ColumnCollector(values.length, headers);
    values.forEach((value, row) => {
      const text = cellInput(value);
      if (text === null) return;
      const check = isSiret ? checkSiret(text) : checkSiren(text);
      if (check.valid) {
        if (isSiret) out.set("siret", row, check.siret);
        out.set("siren", row, check.siren);
      }
      out.flag(row, check.issues);
    });
    return { parts: out.parts(), issues: out.issues };
  },
};
