import fc from "fast-check";
import talisman from "talisman/phonetics/french/sonnex.js";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { detectRoles } from "../../../src/engine/table/detectRoles";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { findDuplicates } from "../../../src/engine/duplicates/findDuplicates";
import { phoneticKey } from "../../../src/engine/duplicates/normalize/phoneticKey";
import { sonnex } from "../../../src/engine/duplicates/normalize/sonnex";

/** talisman's exceptions are a plain object: its own inherited names are not words it knows. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The pieces talisman's rules look at, so that random words hit every rule and its neighbours. */
const PIECES = (
  "a e i o u y ain ais ail aill am amm an as assent au ay ays aient b bb c cc ch chiro chao choe chl chr ck compt cuei d ds dd " +
  "ean eann eau eaux eff egm ein ei ell el emm emp emph enn en er ert err erf es esch essent ett et eun eux euxi eu ex ey ez " +
  "f ff g gn gu gg h ic ics ienn ien in inn issent is ixi ill occ oe oeu oient oin oi omm om onn on ossent os ou p ph pp pays " +
  "qu qur q rr s ss st sci t tier ti tt tien un ussent us w x xc z zz j k l m n r v"
).split(" ");

describe("sonnex (French phonetic code), against talisman's", () => {
  it("gives talisman's code for every word of up to three letters a–z", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    let words = [""];
    for (let length = 1; length <= 3; length++) {
      words = words.flatMap((word) => [...letters].map((letter) => word + letter));
      for (const word of words) expect(sonnex(word), word).toBe(talisman(word));
    }
  });

  it("gives talisman's code for words made of the pieces its rules read", () => {
    const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 7 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(word, (w) => {
        expect(sonnex(w)).toBe(talisman(w));
      }),
      { numRuns: 20_000 },
    );
  });

  it("gives talisman's code for arbitrary words of letters a–z", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(word, (w) => {
        fc.pre(!INHERITED.has(w));
        expect(sonnex(w)).toBe(talisman(w));
      }),
      { numRuns: 20_000 },
    );
  });

  it("knows talisman's exceptions and names the usual pairs alike", () => {
    for (const w of ["cerf", "de", "est", "huit", "les", "ressent", "sept", "eschatologie"]) expect(sonnex(w)).toBe(talisman(w));
    const alike: readonly (readonly [string, string])[] = [
      ["rousseau", "rouseau"],
      ["philippe", "filipe"],
      ["dupont", "dupond"],
      ["gauthier", "gautier"],
      ["faure", "fore"],
    ];
    for (const [a, b] of alike) expect(phoneticKey(a), `${a} ~ ${b}`).toBe(phoneticKey(b));
    // Not letters a–z only: kept as it is.
    expect(phoneticKey("75011")).toBe("75011");
  });

  it("reads a name or street 'constructor' as a word (talisman's lookup found Object's constructor and blocking crashed)", () => {
    expect(typeof talisman("constructor")).toBe("function");
    expect(phoneticKey("constructor")).toBe("k3struktor");
    const rows: CellValue[][] = [
      ["Nom", "Prénom", "Adresse", "E-mail"],
      ["Constructor", "Jean", "3 rue Constructor, 75011 Paris", "jean.constructor@free.fr"],
      ["Constructor", "Jean", "3 rue Constructor 75011 PARIS", "jean.constructor@free.fr"],
      ["Durand", "Sophie", "4 rue Victor Hugo, 69002 Lyon", "sophie.durand@orange.fr"],
    ];
    const table = tableFromSheet({ name: "Clients", rows }, { headerRow: 1 });
    expect(findDuplicates(table, detectRoles(table)).clusters.map((c) => c.members)).toEqual([[0, 1]]);
  });
});
