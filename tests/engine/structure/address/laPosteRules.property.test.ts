import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { analyseAddress } from "../../../../src/engine/structure/address/analyseAddress";
import { checkCedexCode, departmentOf } from "../../../../src/engine/structure/address/checkCedexCode";
import { findTownAnywhere } from "../../../../src/engine/structure/address/findTownAnywhere";
import { foldWords } from "../../../../src/engine/structure/address/foldText";
import { buildPostalIndex, type PostalIndex } from "../../../../src/engine/structure/address/postalIndex";
import { rnvpLines, rnvpText } from "../../../../src/engine/structure/address/rnvpLines";
import { townKey } from "../../../../src/engine/structure/address/townKey";
import { packPostalCodes, readCodesPostaux } from "../../../../src/tools/packPostalCodes";

/**
 * Round trips: an address written from known parts by a formatter (one line, postal code
 * first, upper case without commas, the six RNVP lines) reads back to those parts, on real
 * towns of the postal base; CEDEX codes of a real department are never called non-existent.
 */
interface Town {
  readonly code: string;
  readonly libelle: string;
}

let index: PostalIndex;
let towns: Town[];
beforeAll(() => {
  const { records, source } = readCodesPostaux();
  index = buildPostalIndex(packPostalCodes(records, source));
  // Towns whose name is unambiguous at their code and holds no address keyword (the base has
  // "LE COURS", "LA RUELLE"…: those are tested by hand in laPosteRules.test.ts).
  towns = [];
  for (const [code, list] of index.byCode) {
    const first = list[0]!.record.libelle;
    if (
      list.length === 1 &&
      /^[A-Z][A-Z -]*$/.test(first) &&
      !/\b(CEDEX|RUE|COURS|ROUTE|CHEMIN|PLACE|QUAI|PORT|PONT|PARC|VILLAGE|CITE|CLOS|DOMAINE|HAMEAU|MAIL|VILLA|FRANCE|BP|CS)\b/.test(first)
    ) {
      towns.push({ code, libelle: first });
    }
  }
});

const TYPES = ["RUE", "AVENUE", "BOULEVARD", "PLACE", "ALLEE", "IMPASSE", "CHEMIN", "ROUTE", "QUAI", "RESIDENCE", "LOTISSEMENT"];
const NAME_WORDS = [
  "VICTOR HUGO",
  "DES LILAS",
  "DE LA GARE",
  "JEAN MOULIN",
  "DU MOULIN",
  "PASTEUR",
  "DES ECOLES",
  "DU GENERAL LECLERC",
  "DES TILLEULS",
  "GAMBETTA",
];
const SUFFIXES = ["", "", "BIS", "TER", "QUATER", "A", "B"];

const parts = () =>
  fc.record({
    townAt: fc.nat(),
    number: fc.integer({ min: 1, max: 999 }),
    suffix: fc.constantFrom(...SUFFIXES),
    type: fc.constantFrom(...TYPES),
    name: fc.constantFrom(...NAME_WORDS),
  });

type Parts = { townAt: number; number: number; suffix: string; type: string; name: string };

const writers: Record<string, (p: Parts, town: Town) => string> = {
  oneLine: (p, t) => `${p.number}${p.suffix ? ` ${p.suffix.toLowerCase()}` : ""}, ${p.type.toLowerCase()} ${p.name}, ${t.code} ${t.libelle}`,
  codeFirst: (p, t) => `${t.code} ${t.libelle} ${p.number} ${p.suffix} ${p.type} ${p.name}`.replace(/\s+/g, " "),
  upperNoCommas: (p, t) => `${p.number} ${p.suffix} ${p.type} ${p.name} ${t.code} ${t.libelle}`.replace(/\s+/g, " "),
  noCode: (p, t) => `${p.number} ${p.suffix} ${p.type} ${p.name}, ${t.libelle}`.replace(/\s+/g, " "),
};

describe("addresses written by a formatter read back to their parts", () => {
  for (const [writer, write] of Object.entries(writers)) {
    it(`${writer}: number, street, postal code, town`, () => {
      fc.assert(
        fc.property(parts(), (p) => {
          const town = towns[p.townAt % towns.length]!;
          const { parts: got } = analyseAddress(write(p, town), { index, defaultCountry: "FR" });
          expect(foldWords(got.number).replace(/ /g, "")).toBe(`${p.number}${p.suffix}`);
          expect(foldWords(got.street)).toBe(`${p.type} ${p.name}`);
          expect(townKey(got.city)).toBe(townKey(town.libelle));
          // Without a code, the code comes back only when the town has one.
          if (writer !== "noCode" || (index.byTown.get(townKey(town.libelle)) ?? []).length === 1) expect(got.postalCode).toBe(town.code);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("the six RNVP lines read back to the same parts (BP / CS, CEDEX, lieu-dit included)", () => {
    const extras = fc.record({
      box: fc.constantFrom("", "BP 12", "CS 70001", "TSA 30110"),
      lieuDit: fc.constantFrom("", "LIEU DIT LA FORGE"),
      cedex: fc.boolean(),
    });
    fc.assert(
      fc.property(parts(), extras, (p, extra) => {
        const town = towns[p.townAt % towns.length]!;
        const cedex = extra.cedex || extra.box !== "";
        const text = `${p.number} ${p.suffix} ${p.type} ${p.name}\n${[extra.lieuDit, extra.box].filter(Boolean).join(" ")}\n${town.code} ${town.libelle}${cedex ? " CEDEX" : ""}`;
        const first = analyseAddress(text, { index, defaultCountry: "FR" });
        const again = analyseAddress(rnvpText(rnvpLines(first.parts).lines), { index, defaultCountry: "FR" }).parts;
        for (const key of ["number", "street", "postalCode", "city", "postBox", "lieuDit", "cedex"] as const) {
          expect(foldWords(again[key]), key).toBe(foldWords(first.parts[key]));
        }
        expect(first.parts.postBox).toBe(extra.box);
      }),
      { numRuns: 200 },
    );
  });
});

describe("CEDEX codes", () => {
  it("a code no town has, in the town's own department, is never called non-existent", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 999 }), (at, ending) => {
        const town = towns[at % towns.length]!;
        const department = departmentOf(town.code);
        const code = (department + String(ending).padStart(3, "0")).slice(0, 5);
        fc.pre(!index.byCode.has(code));
        expect(checkCedexCode(index, code, town.libelle)?.status).toBe("ok");
        const { issues } = analyseAddress(`CS ${ending + 70000}, ${code} ${town.libelle} CEDEX`, { index, defaultCountry: "FR" });
        expect(issues.map((i) => i.code)).not.toContain("address.unknownPostalCode");
      }),
      { numRuns: 300 },
    );
  });

  it("a code in another department than the town's is flagged, a code of no department is invalid", () => {
    expect(checkCedexCode(index, "69205", "LYON")?.status).toBe("ok");
    expect(checkCedexCode(index, "33205", "LYON")?.issues[0]?.code).toBe("address.townMismatch");
    expect(checkCedexCode(index, "96205", "LYON")?.issues[0]?.kind).toBe("invalid");
    expect(checkCedexCode(index, "69002", "LYON")).toBeUndefined(); // a regular code: the usual check
  });
});

describe("findTownAnywhere", () => {
  it("finds a real town after any street and complement, and gives back what came before", () => {
    const before = fc.constantFrom("12 RUE PASTEUR", "13, RUE DES LILAS 2EME ETAGE", "3 PLACE DU MARCHE BAT A", "ZI NORD", "8 AVENUE FOCH APPT 3");
    fc.assert(
      fc.property(fc.nat(), before, (at, street) => {
        const town = towns[at % towns.length]!;
        const found = findTownAnywhere(index, `${street} ${town.libelle}`);
        expect(found?.town).toBe(town.libelle);
        expect(found?.rest).toBe(street);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a town name that is the street's own ('rue de Lyon')", () => {
    expect(findTownAnywhere(index, "12 rue de Lyon")).toBeNull();
    expect(findTownAnywhere(index, "12 avenue Foch")).toBeNull();
    expect(findTownAnywhere(index, "La Rochelle")).toEqual({ town: "LA ROCHELLE", rest: "" });
  });
});
