import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitAddress } from "../../../../src/engine/structure/address/splitAddress";
import { writtenText } from "../../../../src/engine/structure/address/addressParts";
import { foldUpper } from "../../../../src/engine/text/fold";
import { rnvpLines, rnvpText, routingTown } from "../../../../src/engine/structure/address/rnvpLines";
import { foldWords } from "../../../../src/engine/structure/address/foldText";
import { FOREIGN_CORPUS, FRENCH_CORPUS } from "./addressCorpus";

/** Letters and digits, case- and accent-insensitively, with their counts. */
function letterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of foldUpper(text)) {
    if (/[\p{L}\p{N}]/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

function lost(original: string, kept: string): string[] {
  const have = letterCounts(kept);
  const missing: string[] = [];
  for (const [ch, n] of letterCounts(original)) if ((have.get(ch) ?? 0) < n) missing.push(ch);
  return missing;
}

// Address-like text: real words, numbers, keywords and separators in any order.
const WORDS = [
  "12",
  "bis",
  "rue",
  "de",
  "la",
  "Paix",
  "75002",
  "Paris",
  "BP",
  "45",
  "-",
  ",",
  "\n",
  "Cedex",
  "03",
  "av.",
  "Foch",
  "Bât",
  "B",
  "Résidence",
  "Les",
  "Pins",
  "CH-1201",
  "Genève",
  "L-1234",
  "Belgique",
  "France",
  "Lieu-dit",
  "TSA",
  "30110",
  "N°12",
  "3e",
  "étage",
  "chez",
  "1000",
  "SW1A",
  "2AA",
  "USA",
  "DC",
  "20500",
  "Grande",
  "Rue",
  "ZI",
  "Saint-Étienne",
  "42000",
  "B.P.",
  "'",
  "(",
  ")",
];
const addressLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((w) => w.join(" "));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 60 }), addressLike);

describe("splitAddress properties", () => {
  it("never throws, on any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        splitAddress(text);
      }),
      { numRuns: 3000 },
    );
  });

  it("loses nothing typed: every letter and digit is in some part", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(lost(text, writtenText(splitAddress(text).parts))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("loses nothing typed on the corpus either", () => {
    for (const c of [...FRENCH_CORPUS, ...FOREIGN_CORPUS]) {
      expect(lost(c.input, writtenText(splitAddress(c.input).parts)), c.input).toEqual([]);
    }
  });

  it("is idempotent: splitting the parts written back gives the same parts", () => {
    for (const c of FRENCH_CORPUS) {
      const first = splitAddress(c.input).parts;
      if (!first.postalCode || !first.city) continue;
      const again = [
        [first.complement, [first.number, first.streetWritten].filter(Boolean).join(" "), first.lieuDit && `LIEU-DIT ${first.lieuDit}`, first.postBox]
          .filter(Boolean)
          .join(", "),
        [first.postalCode, first.city, first.cedex].filter(Boolean).join(" "),
      ]
        .filter(Boolean)
        .join("\n");
      const second = splitAddress(again).parts;
      expect({ ...second, countryWritten: "", leftover: "" }, `${c.input} → ${again}`).toEqual({ ...first, countryWritten: "", leftover: "" });
    }
  });

  it("reads back its own RNVP lines: same code, town, number, street and country", () => {
    const essentials = (p: ReturnType<typeof splitAddress>["parts"]) => ({
      postalCode: foldWords(p.postalCode),
      // Line 6 names Paris, Lyon and Marseille without the arrondissement (the postal code says it).
      city: routingTown(foldWords(p.city)),
      cedex: p.cedex,
      number: foldWords(p.number),
      streetType: p.streetType,
      // La Poste writes a lieu-dit without its keyword, on line 4 when there is no voie: read back, it is that line's name.
      streetName: foldWords(p.streetName || (p.number ? "" : p.lieuDit)),
      country: p.country,
    });
    for (const c of [...FRENCH_CORPUS, ...FOREIGN_CORPUS]) {
      const first = splitAddress(c.input).parts;
      const text = rnvpText(rnvpLines(first).lines);
      expect(essentials(splitAddress(text).parts), `${c.input} → ${text}`).toEqual(essentials(first));
    }
  });

  it("gives RNVP lines of at most 6 × 38 characters of A–Z, 0–9 and spaces", () => {
    fc.assert(
      fc.property(anyText, fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (text, name, company) => {
        const { lines } = rnvpLines(splitAddress(text).parts, { name, company });
        expect(lines.length).toBeLessThanOrEqual(6);
        for (const line of lines) {
          expect(line.length).toBeLessThanOrEqual(38);
          expect(line).toMatch(/^[A-Z0-9 ]*$/);
          expect(line).toBe(line.trim());
        }
      }),
      { numRuns: 2000 },
    );
  });
});
