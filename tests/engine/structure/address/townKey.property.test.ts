import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWords } from "../../../../src/engine/structure/address/foldText";
import { arrondissementCode, townKey } from "../../../../src/engine/structure/address/townKey";

/**
 * townKey skips its CEDEX and arrondissement patterns when the folded town has no digit and
 * no CEDEX, joins its words without an array, and answers a repeated town from the last call
 * (issue 11): the keys must stay those of the plain version below, the one it replaced.
 */
const EXPAND: Readonly<Record<string, string>> = { ST: "SAINT", STE: "SAINTE", STS: "SAINTS", STES: "SAINTES", S: "SUR", GD: "GRAND", GDE: "GRANDE" };
const CEDEX = /\b(CEDEX|CDX)(\s+\d{1,3})?\b/g;
const TRAILING_NUMBER = /(?<=[A-Z]) \d{1,2}\s*(ER|E|EME|ME|ERE)?( ARRONDISSEMENT| ARR)?$/;
const ARRONDISSEMENT = /^(PARIS|LYON|MARSEILLE)\s+\d{1,2}\s*(ER|E|EME|ME|ERE)?(\s+ARRONDISSEMENT|\s+ARR)?$/;

function plainTownKey(town: string): string {
  let words = foldWords(town).replace(CEDEX, " ").replace(/\s+/g, " ").trim();
  const arr = ARRONDISSEMENT.exec(words);
  if (arr) words = arr[1]!;
  else words = words.replace(TRAILING_NUMBER, "");
  return words
    .split(" ")
    .map((w) => EXPAND[w] ?? w)
    .join("");
}

// Town-like words: names, abbreviations, CEDEX and its number, arrondissements, signs and accents.
const word = fc.constantFrom(
  "Paris",
  "PARIS",
  "Lyon",
  "Marseille",
  "st",
  "Ste",
  "STS",
  "stes",
  "S/",
  "s",
  "gd",
  "GDE",
  "sur",
  "Étienne",
  "l'Isle",
  "CEDEX",
  "cedex",
  "Cdx",
  "CDXE",
  "cedexville",
  "2e",
  "02",
  "16EME",
  "1er",
  "3ème",
  "arrondissement",
  "ARR",
  "7",
  "123",
  "1234",
  "-",
  "–",
  " ",
  "  ",
  ".",
  ",",
  "Œuvre",
  "ŉ",
  "x",
  "",
);
const town = fc.array(word, { maxLength: 7 }).chain((words) => fc.constantFrom(words.join(" "), words.join(""), words.join("-")));

// arrondissementCode before it answered texts without a digit at once (issue 11).
const ARRONDISSEMENT_NUMBER = /^(PARIS|LYON|MARSEILLE)\s+(\d{1,2})\s*(ER|E|EME|ME|ERE)?(\s+ARRONDISSEMENT|\s+ARR)?$/;
const COUNTS: Readonly<Record<string, number>> = { PARIS: 20, LYON: 9, MARSEILLE: 16 };
function plainArrondissementCode(town: string): string | undefined {
  const match = ARRONDISSEMENT_NUMBER.exec(foldWords(town).replace(CEDEX, " ").replace(/\s+/g, " ").trim());
  if (!match) return undefined;
  const n = Number(match[2]);
  if (n < 1 || n > COUNTS[match[1]!]!) return undefined;
  return match[1] === "PARIS" ? `750${String(n).padStart(2, "0")}` : match[1] === "LYON" ? `6900${n}` : `130${String(n).padStart(2, "0")}`;
}

describe("arrondissementCode", () => {
  it("finds the arrondissements the plain version found, digits typed in any script or none", () => {
    const odd = fc.constantFrom("²", "¹", "１", "٣", "Ⅻ", "½", "º", "16ᵉ");
    fc.assert(
      fc.property(fc.array(fc.oneof(town, odd, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 3 }), (parts) => {
        const text = parts.join(" ");
        expect(arrondissementCode(text)).toBe(plainArrondissementCode(text));
      }),
      { numRuns: 3000 },
    );
    expect(arrondissementCode("Paris 16e")).toBe("75016");
    expect(arrondissementCode("Lyon 3ème cedex")).toBe("69003");
  });
});

describe("townKey", () => {
  it("keys every town as the plain version did, repeated or not", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(town, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 4 }), (towns) => {
        // Each town twice in a row: the second answer comes from the last call.
        for (const t of towns) {
          expect(townKey(t)).toBe(plainTownKey(t));
          expect(townKey(t)).toBe(plainTownKey(t));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("keys the examples of its comment", () => {
    expect(townKey("Paris 2e")).toBe("PARIS");
    expect(townKey("LYON 03 CEDEX 12")).toBe(plainTownKey("LYON 03 CEDEX 12"));
    expect(townKey("St-Jean-de-Luz")).toBe("SAINTJEANDELUZ");
    expect(townKey("La Redorte")).toBe(townKey("LAREDORTE"));
  });
});
