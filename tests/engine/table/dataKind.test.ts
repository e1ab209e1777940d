import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { COLUMN_ROLES } from "../../../src/engine/table/columnRole";
import { DATA_KINDS, dataKindOf } from "../../../src/engine/table/dataKind";
import { dataKindsByIndex, parseDataKindChoices } from "../../../src/engine/table/dataKindChoices";
import { OptionError } from "../../../src/engine/optionError";

describe("data kinds as the textbook answers question 7", () => {
  it("says who (descriptive), what they did (action), how much (reaction)", () => {
    expect(dataKindOf("fullName")).toBe("descriptive");
    expect(dataKindOf("siret")).toBe("descriptive");
    expect(dataKindOf("email")).toBe("descriptive");
    expect(dataKindOf("lastPurchaseDate")).toBe("action");
    expect(dataKindOf("orderDate")).toBe("action");
    expect(dataKindOf("channel")).toBe("action");
    expect(dataKindOf("purchasesPerYear")).toBe("reaction");
    expect(dataKindOf("averageBasket")).toBe("reaction");
    expect(dataKindOf("emailClicks")).toBe("reaction");
    expect(dataKindOf("customerId")).toBe("other");
    expect(dataKindOf("other")).toBe("other");
  });

  it("gives every role one of the four kinds", () => {
    for (const role of COLUMN_ROLES) expect(DATA_KINDS).toContain(dataKindOf(role));
  });
});

describe("the user's data kinds (--data-kind)", () => {
  it("reads French and English words", () => {
    expect(parseDataKindChoices("Canal=réaction; Client depuis = descriptif;Notes=autre")).toEqual({
      Canal: "reaction",
      "Client depuis": "descriptive",
      Notes: "other",
    });
  });

  it("finds columns by header, loose header, letter or number", () => {
    const headers = ["N° client", "Nb achats / an", "Canal"];
    expect(dataKindsByIndex(headers, { "nb achats an": "action", C: "reaction", "1": "descriptive" })).toEqual({
      0: "descriptive",
      1: "action",
      2: "reaction",
    });
  });

  it("says what is wrong, in both languages", () => {
    expect(() => parseDataKindChoices("Canal")).toThrow(OptionError);
    expect(() => dataKindsByIndex(["A"], { Zorglub: "action" })).toThrow(/no column "Zorglub"/);
    try {
      parseDataKindChoices("Canal=blue");
    } catch (error) {
      expect((error as OptionError).messageIn("fr")).toContain("descriptive, action, reaction ou other");
    }
  });

  it("reads back any choices it is given (property)", () => {
    const header = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[;=\n]/.test(s) && s.trim() === s && s !== "");
    fc.assert(
      fc.property(fc.dictionary(header, fc.constantFrom(...DATA_KINDS), { maxKeys: 6 }), (choices) => {
        const text = Object.entries(choices)
          .map(([column, kind]) => `${column}=${kind}`)
          .join("; ");
        expect(parseDataKindChoices(text)).toEqual(choices);
      }),
    );
  });
});
