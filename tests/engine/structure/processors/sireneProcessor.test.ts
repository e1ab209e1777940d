import { describe, expect, it } from "vitest";
import { sireneProcessor } from "../../../../src/engine/structure/processors/sireneProcessor";
import { SireneExtractReader, sireneNeedsOf } from "../../../../src/engine/structure/sirene/sireneIndex";
import type { CellValue } from "../../../../src/engine/table/cellValue";
import type { ColumnRole } from "../../../../src/engine/table/columnRole";
import { extractLines } from "../sirene/sireneExtract";

function run(columns: Partial<Record<ColumnRole, CellValue[]>>, sourceRole: ColumnRole, lang: "fr" | "en" = "fr") {
  const valuesOfRole = (role: ColumnRole) => columns[role] ?? null;
  const reader = new SireneExtractReader(sireneNeedsOf(valuesOfRole), "extract.csv");
  for (const line of extractLines()) reader.addLine(line);
  const result = sireneProcessor(reader.index()).process(
    columns[sourceRole]!,
    { lang, defaultCountry: "FR", valuesOfRole },
    { index: 0, header: "x", role: sourceRole },
  );
  const part = (name: string) => result.parts.find((p) => p.part === name)?.values;
  const codes = (row: number) => (result.issues.get(row) ?? []).map((i) => i.code);
  return { result, part, codes };
}

describe("sirene processor", () => {
  it("gives a SIREN's head office, a SIRET's establishment, and flags the closed one", () => {
    const { part, codes } = run({ siren: ["404833048", "552 032 534", "999999999"] }, "siren", "en");
    expect(part("sireneSiret")).toEqual(["40483304800014", "55203253400018", null]);
    expect(part("sireneState")).toEqual(["active", "active", null]);
    expect(codes(0)).toEqual([]);
    const closed = run({ siret: ["40483304800022"] }, "siret");
    expect(closed.codes(0)).toEqual(["sirene.closed"]);
    expect(closed.part("sireneName")).toEqual(["ROUX ET FILS"]);
    // The closing day as a French reader writes it, ISO in English.
    expect(closed.result.issues.get(0)?.[0]?.message.fr).toMatch(/fermé depuis le \d{2}\/\d{2}\/\d{4} /);
    const closedEn = run({ siret: ["40483304800022"] }, "siret", "en");
    expect(closedEn.result.issues.get(0)?.[0]?.message.en).toMatch(/closed since \d{4}-\d{2}-\d{2} /i);
  });

  it("runs on the company column when the file has no SIRET or SIREN column, once otherwise", () => {
    const byName = run({ company: ["Boulangerie Martin"], address: ["8 place du Marché, 24200 Sarlat"] }, "company");
    expect(byName.part("sireneSiret")).toEqual(["55203253400018"]);
    expect(byName.codes(0)).toEqual(["sirene.siretFound"]);
    expect(byName.result.issues.get(0)?.[0]?.suggestion).toBe("55203253400018");
    const twice = run({ company: ["Boulangerie Martin"], siret: [null], postalCode: ["24200"] }, "company");
    expect(twice.result.parts).toEqual([]);
  });
});
