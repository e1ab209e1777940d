import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPostalIndex, checkPostalTown, officialTown, type PostalIndex } from "../../../../src/engine/structure/address/postalIndex";
import { decodePostalLines } from "../../../../src/engine/structure/address/postalCodeFormat";
import { townKey } from "../../../../src/engine/structure/address/townKey";
import { packPostalCodes, readCodesPostaux } from "../../../../src/tools/packPostalCodes";

let index: PostalIndex;
let packedSize = 0;
let sourceCount = 0;
beforeAll(() => {
  // Packed from node_modules/codes-postaux as `npm run prepare` does, without writing the file.
  const { records, source } = readCodesPostaux();
  sourceCount = new Set(records.map((r) => `${r.codePostal}|${r.libelleAcheminement}`)).size;
  const packed = packPostalCodes(records, source);
  packedSize = JSON.stringify(packed).length;
  index = buildPostalIndex(packed);
});

describe("packed postal-code base", () => {
  it("is small for the browser and keeps every (code, libellé) pair", () => {
    expect(packedSize).toBeLessThan(520 * 1024);
    expect(index.byCode.size).toBeGreaterThan(6000);
    const decoded = decodePostalLines(packPostalCodes(readCodesPostaux().records, "t").data);
    expect(new Set(decoded.map((r) => `${r.postalCode}|${r.libelle}`)).size).toBe(sourceCount);
  });
  it("refuses data in another format with a message saying how to rebuild it", () => {
    expect(() => buildPostalIndex({ format: "x", source: "", data: "" } as never)).toThrow(/packPostalCodes/);
  });
});

describe("townKey", () => {
  it("ignores accents, hyphens, St/Saint, CEDEX and arrondissements", () => {
    expect(townKey("Saint-Étienne CEDEX 1")).toBe(townKey("ST ETIENNE"));
    expect(townKey("Paris 2e")).toBe("PARIS");
    expect(townKey("PARIS 02")).toBe("PARIS");
    expect(townKey("Lyon 3ème")).toBe("LYON");
    expect(townKey("Paris 1er Arrondissement")).toBe("PARIS");
    expect(townKey("La Redorte")).toBe(townKey("LAREDORTE"));
  });
  it("never throws and is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (town) => {
        expect(townKey(townKey(town))).toBe(townKey(town));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("checkPostalTown on anything typed", () => {
  it("never throws and always gives a known status, with issues for anything but ok", () => {
    const code = fc.oneof(fc.string({ maxLength: 7 }), fc.stringMatching(/^\d{5}$/), fc.constantFrom("75002", "13100", "", "00000"));
    fc.assert(
      fc.property(code, fc.string({ maxLength: 30 }), (postalCode, town) => {
        const check = checkPostalTown(index, postalCode, town);
        expect(["ok", "unknownCode", "townMismatch", "missingCode"]).toContain(check.status);
        if (check.status !== "ok") expect(check.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("checkPostalTown", () => {
  it.each([
    ["75002", "Paris"],
    ["75002", "PARIS 02"],
    ["75002", "Paris 2e"],
    ["69003", "Lyon 3ème"],
    ["13013", "Marseille 13"],
    ["13100", "Aix-en-Provence"],
    ["13100", "AIX EN PROVENCE"],
    ["42000", "St Etienne"],
    ["42000", "Saint-Étienne Cedex 1"],
    ["33000", "Bordeaux cedex"],
    ["10600", "La Chapelle-Saint-Luc"],
    ["10600", "LA CHAPELLE ST LUC"],
    ["97400", "Saint-Denis"],
    ["01000", "Bourg-en-Bresse"],
  ])("%s %s is right", (code, town) => {
    expect(checkPostalTown(index, code, town)).toEqual({ status: "ok", issues: [] });
  });

  it.each([
    ["75002", "Pari", "PARIS"],
    ["13100", "Aix en Provance", "AIX EN PROVENCE"],
    ["69002", "Lyonn", "LYON"],
    ["33000", "Bordaux", "BORDEAUX"],
  ])("%s %s is a typo for %s", (code, town, city) => {
    const check = checkPostalTown(index, code, town);
    expect(check.status).toBe("townMismatch");
    expect(check.suggestion).toEqual({ city });
    expect(check.issues[0]).toMatchObject({ kind: "typo", code: "address.townMismatch", suggestion: city });
    expect(check.issues[0]!.message.fr).toContain(city);
  });

  it("suggests the code when the town is right and unique but the code is not its own", () => {
    const check = checkPostalTown(index, "75002", "Bourg-en-Bresse");
    expect(check).toMatchObject({ status: "townMismatch", suggestion: { postalCode: "01000", city: "BOURG-EN-BRESSE" } });
  });

  it("does not guess a code for a town that has several", () => {
    const check = checkPostalTown(index, "13100", "Marseille");
    expect(check.status).toBe("townMismatch");
    expect(check.suggestion).toBeUndefined();
    expect(check.issues[0]!.message.en).toContain("13001");
  });

  it.each(["00000", "99999", "7500", "ABCDE"])("%s is an unknown code (invalid)", (code) => {
    const check = checkPostalTown(index, code, "Paris");
    expect(check.status).toBe("unknownCode");
    expect(check.issues[0]).toMatchObject({ kind: "invalid", code: "address.unknownPostalCode" });
  });

  it("suggests a missing code from the town when it is unambiguous", () => {
    expect(checkPostalTown(index, "", "Sarlat-la-Canéda")).toMatchObject({ status: "missingCode", suggestion: { postalCode: "24200" } });
    expect(checkPostalTown(index, "", "Paris 2e")).toMatchObject({ status: "missingCode", suggestion: { postalCode: "75002" } });
    expect(checkPostalTown(index, "", "Lyon 3ème").suggestion?.postalCode).toBe("69003");
    const paris = checkPostalTown(index, "", "Paris");
    expect(paris.status).toBe("missingCode");
    expect(paris.suggestion).toBeUndefined();
    expect(paris.issues[0]!.kind).toBe("incomplete");
  });

  it("gives the official town for RNVP line 6", () => {
    expect(officialTown(index, "13100", "aix en provence")).toBe("AIX EN PROVENCE");
    expect(officialTown(index, "10600", "La Chapelle-Saint-Luc")).toBe("LA CHAPELLE ST LUC");
    expect(officialTown(index, "75002", "paris 2e")).toBe("PARIS");
    expect(officialTown(index, "24200", "")).toBe(undefined); // several towns share 24200
    expect(officialTown(index, "99999", "Paris")).toBe(undefined);
  });
});
