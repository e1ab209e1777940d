import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPostalIndex, type PostalIndex } from "../../../../src/engine/structure/address/postalIndex";
import { codeNumber } from "../../../../src/engine/structure/address/postalTable";
import { foldWords } from "../../../../src/engine/structure/address/foldText";
import { townKey } from "../../../../src/engine/structure/address/townKey";
import { foldUpperWords } from "../../../../src/engine/text/fold";
import { packPostalCodes, readCodesPostaux } from "../../../../src/tools/packPostalCodes";

let index: PostalIndex;
let codes: string[];
beforeAll(() => {
  const { records, source } = readCodesPostaux();
  index = buildPostalIndex(packPostalCodes(records, source));
  codes = [...index.byCode.keys()];
});

/** What the checks asked the towns at a code before the flat table (postalIndex.ts, issue 11). */
function byObjects(code: string, key: string, text: string) {
  const towns = index.byCode.get(code);
  const first = towns?.findIndex((t) => t.keys.includes(key)) ?? -1;
  return {
    atCode: towns !== undefined,
    known: index.byTown.has(key),
    libelle: first >= 0 ? towns![first]!.record.libelle : undefined,
    typedAsLibelle: towns?.some((t) => t.record.libelle === text) ?? false,
  };
}

function byTable(code: string, key: string, text: string) {
  const { table } = index;
  const n = codeNumber(code);
  const entry = table.firstEntry(n, key);
  return {
    atCode: table.hasCode(n),
    known: table.knows(key),
    libelle: entry >= 0 ? table.libelle(entry) : undefined,
    typedAsLibelle: table.hasCode(n) && table.hasLibelle(n, entry, key, text),
  };
}

describe("the postal base's flat table", () => {
  it("holds every code of the base, each five digits", () => {
    expect(codes.every((code) => codeNumber(code) >= 0 && index.table.hasCode(codeNumber(code)))).toBe(true);
  });

  it("answers as the towns' objects for every town of every code, typed as each of its names", () => {
    for (const code of codes) {
      for (const town of index.byCode.get(code)!) {
        for (const text of [town.record.libelle, town.record.commune, town.record.ligne5]) {
          if (text === undefined) continue;
          expect(byTable(code, townKey(text), text)).toEqual(byObjects(code, townKey(text), text));
        }
      }
    }
  });

  it("answers as the towns' objects for any code and town, typed or drawn from another code", () => {
    const code = fc.oneof(fc.constantFrom(...codes), fc.stringMatching(/^\d{5}$/), fc.string({ maxLength: 6 }));
    const town = fc.oneof(
      fc.constantFrom(...codes).chain((c) => fc.constantFrom(...index.byCode.get(c)!.map((t) => t.record.commune ?? t.record.libelle))),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(code, town, (c, text) => {
        expect(byTable(c, townKey(text), text)).toEqual(byObjects(c, townKey(text), text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("foldWords", () => {
  it("folds as foldUpperWords, words already folded kept as they are", () => {
    const char = fc.constantFrom(..."AZEMPIOU09 -'.,éÉèçœŒßàÀ  \t\nabcxyzʼŉ²ﬁ");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(foldWords(text)).toBe(text === "" ? "" : foldUpperWords(text));
      }),
      { numRuns: 5000 },
    );
  });
});
