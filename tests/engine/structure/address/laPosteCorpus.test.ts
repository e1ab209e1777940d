import { describe, expect, it } from "vitest";
import { loadPostalIndex } from "../../../../src/tools/addressAccuracy";
import { CORPUS_PARTS, measureCorpus, readCorpus, scoreCorpusRow } from "../../../../src/tools/laPosteCorpus";
import { townKey } from "../../../../src/engine/structure/address/townKey";

// Issue 13's "done when": the hand-labelled corpus (tests/fixtures/addresses/la-poste-corpus.tsv)
// passes at ≥ 99 % of parts exact, and no CEDEX / BP / CS / TSA code is called non-existent.
describe("La Poste corpus (hand-labelled one-line addresses)", () => {
  const index = loadPostalIndex();
  const rows = readCorpus();
  const scores = rows.map((row) => scoreCorpusRow(index, row));

  it("covers each case of the issue with a few hundred addresses", () => {
    expect(rows.length).toBeGreaterThanOrEqual(250);
    const categories = new Set(rows.map((r) => r.category));
    for (const c of ["cedex", "box", "residence", "lieu-dit", "suffix", "code-first", "town-anywhere", "typo", "arrondissement", "short-name", "b2b"]) {
      expect(categories, c).toContain(c);
    }
  });

  it("labels only real code ↔ town pairs of La Poste's base (CEDEX codes: a town of that department)", () => {
    for (const { input, expected } of rows) {
      if (expected.postalCode === "" || expected.city === "") continue;
      const towns = expected.city.split("|").map(townKey);
      const byCompany = expected.cedex !== "" || /\b(BP|CS|TSA)\b/.test(expected.line5);
      const records = index.byCode.get(expected.postalCode);
      if (byCompany && !records) continue; // a company's own code: in no public base
      expect(
        records?.some((town) => town.keys.some((key) => towns.includes(key))),
        input,
      ).toBe(true);
    }
  });

  it("gets at least 99 % of the labelled parts exact", () => {
    const rates = measureCorpus(scores);
    const wrong = scores.filter((s) => s.wrong.length > 0).map((s) => `${s.row.input}: ${s.wrong.map((p) => `${p}=${s.got[p]}`).join(", ")}`);
    expect(rates.parts, wrong.join("\n")).toBeGreaterThanOrEqual(0.99);
    expect(rates.exactRows).toBeGreaterThanOrEqual(0.97);
    for (const part of CORPUS_PARTS) expect(rates.perPart[part], part).toBeGreaterThanOrEqual(0.98);
  });

  it("never calls a CEDEX, BP, CS or TSA code invalid", () => {
    expect(scores.filter((s) => s.boxFlaggedInvalid).map((s) => s.row.input)).toEqual([]);
  });
});
