import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { date, number, role } from "../../src/functions/functions";
import { InvalidValueError } from "../../src/app/functionError";

const root = path.resolve(import.meta.dirname, "../..");
const globals = globalThis as { CustomFunctions?: unknown; Office?: unknown };

afterEach(() => {
  delete globals.CustomFunctions;
  delete globals.Office;
});

describe("CRM.DATE", () => {
  it("turns French dates into Excel serials", () => {
    expect(date("31/12/2024")).toBe(45657);
    expect(date("2024-12-31")).toBe(45657);
    expect(date("01/03/1900")).toBe(61);
  });

  it("keeps a serial Excel already passes as a date", () => {
    expect(date(45657)).toBe(45657);
  });

  it("round-trips any dd/mm/yyyy day between 1900-03-01 and 9999-12-31", () => {
    const day = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const text = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
        const expected = Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
        expect(date(text)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects what is no date with a French message outside Excel", () => {
    expect(() => date("31/02/2024")).toThrow(InvalidValueError);
    expect(() => date("bonjour")).toThrow(/n'est pas une date reconnue/);
  });

  it("speaks English when Excel's display language is English", () => {
    globals.Office = { context: { displayLanguage: "en-US" } };
    expect(() => date("bonjour")).toThrow(/is not a date Tria recognises/);
  });

  it("throws CustomFunctions.Error(invalidValue) inside Excel", () => {
    class FakeCfError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    globals.CustomFunctions = { Error: FakeCfError, ErrorCode: { invalidValue: "#VALUE!" } };
    let thrown: unknown;
    try {
      date("pas une date");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FakeCfError);
    expect((thrown as FakeCfError).code).toBe("#VALUE!");
  });
});

describe("CRM.NUMBER", () => {
  it("reads French money and numbers", () => {
    expect(number("1 234,50 €")).toBe(1234.5);
    expect(number("12")).toBe(12);
    expect(number(7.25)).toBe(7.25);
  });

  it("reads any integer written with French thousands spaces", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = n.toLocaleString("fr-FR").replace(/\u202f|\u00a0/g, " ");
        expect(number(text)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects text that is no number", () => {
    expect(() => number("abc")).toThrow(/n'est pas un nombre reconnu/);
  });
});

describe("CRM.ROLE", () => {
  it("detects roles from French headers", () => {
    expect(role("Code postal")).toBe("postalCode");
    expect(role("E-mail")).toBe("email");
  });

  it("rejects an empty header", () => {
    expect(() => role("  ")).toThrow(/en-tête est vide/);
  });

  it("always answers a known role for any non-empty header", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ""),
        (header) => {
          expect(typeof role(header)).toBe("string");
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("custom functions metadata", () => {
  it("declares every CRM function with its parameters, in English and French", async () => {
    const result = await generateCustomFunctionsMetadata([path.join(root, "src/functions/functions.ts")]);
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson) as {
      functions: { id: string; name: string; parameters: { name: string }[]; result: { type?: string; dimensionality?: string } }[];
    };
    // A spilled range of mixed cells (any[][]) has no type, only a "matrix" dimensionality.
    const summary = metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name), f.result.type ?? f.result.dimensionality]);
    expect(summary).toEqual([
      ["DATE", ["text"], "number"],
      ["NUMBER", ["text"], "number"],
      ["ROLE", ["header"], "string"],
      ["RFM", ["lastDate", "frequency", "amount", "datesRange", "frequenciesRange", "amountsRange"], "string"],
      ["RFMTABLE", ["dates", "frequencies", "amounts"], "matrix"],
      ["SEGMENT", ["r", "f"], "string"],
      ["PHONE", ["text", "country", "format"], "string"],
      ["EMAIL", ["text"], "string"],
      ["SPLITADDRESS", ["text"], "string"],
      ["RNVP", ["text", "name"], "string"],
      ["SIRET", ["text"], "string"],
      ["SIMILARITY", ["a", "b"], "number"],
      ["PALIVE", ["x", "tx", "T"], "number"],
      ["EXPECTEDPURCHASES", ["t", "x", "tx", "T"], "number"],
      ["CLV", ["x", "tx", "T", "meanValue"], "number"],
    ]);

    // The address functions spill a row of text cells.
    const spills = metadata.functions.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id);
    expect(spills).toEqual(["RFMTABLE", "SPLITADDRESS", "RNVP"]);

    // The French metadata the build writes (functions.fr.json) covers every function and parameter.
    const { frenchMetadata } = (await import(pathToFileURL(path.join(root, "webpack.config.js")).href)) as {
      frenchMetadata: (json: string, fr: unknown) => string;
    };
    const translations: unknown = JSON.parse(readFileSync(path.join(root, "src/functions/functions.fr.json"), "utf8"));
    const french = JSON.parse(frenchMetadata(result.metadataJson, translations)) as typeof metadata;
    expect(french.functions.map((f) => [f.id, f.name])).toEqual([
      ["DATE", "DATE"],
      ["NUMBER", "NOMBRE"],
      ["ROLE", "ROLE"],
      ["RFM", "RFM"],
      ["RFMTABLE", "RFM.TABLEAU"],
      ["SEGMENT", "SEGMENT"],
      ["PHONE", "TELEPHONE"],
      ["EMAIL", "EMAIL"],
      ["SPLITADDRESS", "DECOUPER.ADRESSE"],
      ["RNVP", "RNVP"],
      ["SIRET", "SIRET"],
      ["SIMILARITY", "SIMILARITE"],
      ["PALIVE", "P.ENCORE.CLIENT"],
      ["EXPECTEDPURCHASES", "ACHATS.ATTENDUS"],
      ["CLV", "VALEUR.CLIENT"],
    ]);
  });
});

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
