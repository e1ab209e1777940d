import { describe, expect, it } from "vitest";
import { splitAddress } from "../../../../src/engine/structure/address/splitAddress";
import { toReportParts } from "../../../../src/engine/structure/address/addressParts";
import { FOREIGN_CORPUS, FRENCH_CORPUS, type CorpusCase } from "./addressCorpus";

const FIELDS = ["number", "streetType", "streetName", "complement", "lieuDit", "postBox", "postalCode", "city", "cedex", "country"] as const;

function actual(input: string) {
  const { parts } = splitAddress(input);
  return Object.fromEntries(FIELDS.map((f) => [f, parts[f]]));
}
function expected(c: CorpusCase) {
  return Object.fromEntries(FIELDS.map((f) => [f, c.expected[f] ?? ""]));
}

describe("splitAddress corpus", () => {
  it("has at least 200 French and 50 foreign addresses", () => {
    expect(FRENCH_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(FOREIGN_CORPUS.length).toBeGreaterThanOrEqual(50);
  });
  it.each(FRENCH_CORPUS.map((c) => [c.input, c] as const))("FR %j", (_input, c) => {
    expect(actual(c.input)).toEqual(expected(c));
  });
  it.each(FOREIGN_CORPUS.map((c) => [c.input, c] as const))("foreign %j", (_input, c) => {
    expect(actual(c.input)).toEqual(expected(c));
  });
});

describe("splitAddress issues", () => {
  it("flags an address without postal code, town or street as incomplete", () => {
    expect(splitAddress("3 avenue Foch").issues.map((i) => i.code)).toEqual(["address.noPostalCode", "address.noCity"]);
    expect(splitAddress("75002 Paris").issues.map((i) => i.code)).toEqual(["address.noStreet"]);
    expect(splitAddress("").issues.map((i) => i.code)).toEqual(["address.empty"]);
    expect(splitAddress("12 rue de la Paix 75002 Paris").issues).toEqual([]);
  });
  it("restores a postal code that lost its leading zero, with a typo issue", () => {
    const { parts, issues } = splitAddress("8 rue du Lycée 1000 Bourg en Bresse");
    expect(parts.postalCode).toBe("01000");
    expect(issues[0]).toMatchObject({ kind: "typo", code: "address.postalCodeLeadingZero", suggestion: "01000" });
  });
  it("uses the default country when none is typed", () => {
    expect(splitAddress("Rue Neuve 12, 1000 Bruxelles", { defaultCountry: "BE" }).parts).toMatchObject({ country: "BE", postalCode: "1000", number: "12" });
  });
  it("maps to the report's AddressParts", () => {
    const { parts } = splitAddress("12 bis, rue de la Paix 75002 PARIS");
    expect(toReportParts(parts)).toEqual({
      number: "12 BIS",
      street: "RUE DE LA PAIX",
      complement: "",
      postalCode: "75002",
      city: "PARIS",
      cedex: "",
      country: "FR",
    });
  });
});
