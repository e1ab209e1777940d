import type { ColumnRole } from "../../table/columnRole";
import type { ColumnProcessor } from "../columnProcessor";
import { cleanText } from "../../text/cleanText";
import { fixCase, type CaseKind } from "../text/fixCase";
import { matchCivility } from "../names/civility";
import { cellInput, ColumnCollector, headersAfter } from "./cellInput";

const CASE_OF: Partial<Record<ColumnRole, CaseKind>> = {
  firstName: "name",
  lastName: "name",
  city: "city",
  street: "city",
  addressComplement: "sentence",
  country: "city",
  jobTitle: "sentence",
  productCategory: "sentence",
  channel: "sentence",
};

/**
 * Spaces and case in text columns: trimmed, runs of spaces collapsed, ALL CAPS or all lower
 * written properly. The corrected text goes in a new column only when some cell changes.
 */
export const textProcessor: ColumnProcessor = {
  operation: "text",
  roles: [...(Object.keys(CASE_OF) as ColumnRole[]), "civility"],
  process(values, _context, source) {
    const out = new ColumnCollector(values.length, headersAfter(source.header, { corrected: { fr: "corrigé", en: "corrected" } }));
    let changed = false;
    values.forEach((value, row) => {
      const text = cellInput(value);
      if (text === null || typeof value !== "string") return;
      const fixed = correct(text, CASE_OF[source.role] ?? "sentence");
      out.set("corrected", row, fixed);
      changed ||= fixed !== text;
    });
    return { parts: changed ? out.parts() : [], issues: out.issues };
  },
};

/** A civility alone becomes its standard form ("MONSIEUR" → "M."); other text gets its case fixed. */
function correct(text: string, kind: CaseKind): string {
  const civility = matchCivility(cleanText(text));
  if (civility && civility.rest.trim() === "") return civility.civility;
  return fixCase(text, kind);
}
