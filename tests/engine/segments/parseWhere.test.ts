import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseWhere } from "../../../src/engine/segments/parseWhere";
import { printWhere } from "../../../src/engine/segments/printWhere";
import { OptionError } from "../../../src/engine/optionError";
import type { Where, WhereOp } from "../../../src/engine/segments/where";

const HEADERS = [
  "Nom",
  "Ville",
  "Code postal",
  "Panier moyen",
  "Nb achats / an",
  "Date dernier achat",
  "E-mail",
  "Non lu",
  "Prix >= seuil",
  "Notes (libre)",
  "Ville de naissance",
];

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof OptionError) return error.reason;
    throw error;
  }
  return "no error";
}

describe("parseWhere: the textbook's conditions", () => {
  it("reads the issue's examples, French and English", () => {
    expect(parseWhere("Panier moyen >= 100 et Nb achats / an >= 4", HEADERS)).toEqual({
      kind: "and",
      parts: [
        { kind: "condition", column: 3, op: ">=", values: ["100"] },
        { kind: "condition", column: 4, op: ">=", values: ["4"] },
      ],
    });
    expect(parseWhere("Code postal dans 75, 92", HEADERS)).toEqual({ kind: "condition", column: 2, op: "in", values: ["75", "92"] });
    expect(parseWhere("code POSTAL in (75; 92)", HEADERS)).toEqual({ kind: "condition", column: 2, op: "in", values: ["75", "92"] });
    expect(parseWhere("Date dernier achat entre 01/01/2025 et 30/06/2025", HEADERS)).toEqual({
      kind: "condition",
      column: 5,
      op: "between",
      values: ["01/01/2025", "30/06/2025"],
    });
    expect(parseWhere("(Ville = Lyon or ville = Paris) and not E-mail is empty", HEADERS)).toEqual({
      kind: "and",
      parts: [
        {
          kind: "or",
          parts: [
            { kind: "condition", column: 1, op: "=", values: ["Lyon"] },
            { kind: "condition", column: 1, op: "=", values: ["Paris"] },
          ],
        },
        { kind: "not", part: { kind: "condition", column: 6, op: "empty", values: [] } },
      ],
    });
    expect(parseWhere("Notes (libre) ne contient pas « VIP, fidèle »", HEADERS)).toEqual({
      kind: "not",
      part: { kind: "condition", column: 9, op: "contains", values: ["VIP, fidèle"] },
    });
    expect(parseWhere("E-MAIL n’est pas vide", HEADERS)).toEqual({ kind: "condition", column: 6, op: "notEmpty", values: [] });
  });

  it("takes the longest header, a header over the word non, and [brackets] for names with an operator", () => {
    expect(parseWhere("Ville de naissance = Lyon", HEADERS)).toMatchObject({ column: 10 });
    expect(parseWhere("Non lu >= 1", HEADERS)).toMatchObject({ kind: "condition", column: 7 });
    expect(parseWhere("non Ville = Lyon", HEADERS)).toMatchObject({ kind: "not" });
    expect(parseWhere("[Prix >= seuil] > 10", HEADERS)).toEqual({ kind: "condition", column: 8, op: ">", values: ["10"] });
    expect(parseWhere("Département dans 75, 2A", HEADERS)).toEqual({ kind: "condition", column: "department", op: "in", values: ["75", "2A"] });
    expect(parseWhere("Panier moyen ≥ 1 234,50 €", HEADERS)).toEqual({ kind: "condition", column: 3, op: ">=", values: ["1 234,50 €"] });
  });

  it("says where and what is wrong, in both languages", () => {
    expect(reasonOf(() => parseWhere("", HEADERS))).toBe("where.empty");
    expect(reasonOf(() => parseWhere("Panier >= 100", HEADERS))).toBe("where.unknownColumn");
    expect(reasonOf(() => parseWhere("Panier moyen 100", HEADERS))).toBe("where.operator");
    expect(reasonOf(() => parseWhere("(Ville = Lyon", HEADERS))).toBe("where.paren");
    expect(reasonOf(() => parseWhere("Date dernier achat entre 2020", HEADERS))).toBe("where.between");
    expect(reasonOf(() => parseWhere("Ville = ", HEADERS))).toBe("where.value");
    expect(reasonOf(() => parseWhere('Ville = "Lyon', HEADERS))).toBe("where.quote");
    expect(reasonOf(() => parseWhere("Ville = Lyon)", HEADERS))).toBe("where.trailing");
    try {
      parseWhere("Panier >= 100", HEADERS);
    } catch (error) {
      const e = error as OptionError;
      expect(e.messageIn("fr")).toContain("La colonne « Panier » n'existe pas. Vouliez-vous dire « Panier moyen » ? Colonnes : Nom, Ville, Code postal");
      expect(e.messageIn("en")).toContain('There is no column "Panier". Did you mean "Panier moyen"?');
    }
    try {
      parseWhere("Panier moyen 100", HEADERS);
    } catch (error) {
      expect((error as OptionError).messageIn("fr")).toBe(
        "Condition illisible près de « 100 » (caractère 14) : il faut un opérateur : >=, <=, >, <, =, !=, contient, dans, entre, commence par, est vide.",
      );
    }
  });
});

// ---- properties -------------------------------------------------------------------------

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9@.'’\-/€%]{1,8}$/);
const plainValue = fc.oneof(
  word,
  fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(" ")),
  fc.constantFrom("et", "ou", "Rock and Roll", "a, b", "x)", "(y", 'dit "oui"', "01/01/2025", "1 234,50 €", ">= 3", "= 2"),
);
const value = plainValue.filter((v) => v === v.trim() && v !== "" && !(v.includes('"') && v.includes("»")));
const column = fc.oneof(fc.integer({ min: 0, max: HEADERS.length - 1 }), fc.constant("department" as const));
const SIMPLE_OPS: readonly WhereOp[] = [">=", "<=", ">", "<", "=", "!=", "contains", "startsWith"];

const condition: fc.Arbitrary<Where> = fc.oneof(
  fc.record({ kind: fc.constant("condition" as const), column, op: fc.constantFrom(...SIMPLE_OPS), values: fc.tuple(value) }),
  fc.record({
    kind: fc.constant("condition" as const),
    column,
    op: fc.constantFrom("empty" as const, "notEmpty" as const),
    values: fc.constant([] as string[]),
  }),
  fc.record({ kind: fc.constant("condition" as const), column, op: fc.constant("between" as const), values: fc.tuple(value, value) }),
  fc.record({ kind: fc.constant("condition" as const), column, op: fc.constant("in" as const), values: fc.array(value, { minLength: 1, maxLength: 4 }) }),
);

const where: fc.Arbitrary<Where> = fc.letrec<{ where: Where }>((tie) => ({
  where: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    condition,
    fc.record({ kind: fc.constantFrom("and" as const, "or" as const), parts: fc.array(tie("where"), { minLength: 2, maxLength: 3 }) }),
    fc.record({ kind: fc.constant("not" as const), part: tie("where") }),
  ),
})).where;

/** and(and(a, b), c) reads back as and(a, b, c): compare flattened trees. */
function flatten(w: Where): Where {
  if (w.kind === "condition") return w;
  if (w.kind === "not") return { kind: "not", part: flatten(w.part) };
  const parts = w.parts.map(flatten).flatMap((p) => (p.kind === w.kind ? p.parts : [p]));
  return { kind: w.kind, parts };
}

describe("parseWhere (properties)", () => {
  it("reads back what printWhere writes, in French and in English", () => {
    fc.assert(
      fc.property(where, fc.constantFrom("fr" as const, "en" as const), (tree, lang) => {
        const text = printWhere(tree, HEADERS, lang);
        expect(parseWhere(text, HEADERS)).toEqual(flatten(tree));
      }),
      { numRuns: 400 },
    );
  });

  it("never crashes: any text gives a condition or an OptionError with a message in both languages", () => {
    const pieces = fc.constantFrom(
      ...HEADERS,
      " ",
      "(",
      ")",
      "et",
      "ou",
      "non",
      ">=",
      "=",
      "dans",
      "entre",
      "contient",
      ",",
      '"',
      "«",
      "»",
      "[",
      "]",
      "100",
      "Lyon",
      "est vide",
      "n'est pas vide",
      "’",
      "É",
      "\u0130",
      "😀",
    );
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.array(pieces, { maxLength: 12 }).map((p) => p.join(" ")),
      fc.array(pieces, { maxLength: 12 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, (t) => {
        try {
          parseWhere(t, HEADERS);
        } catch (error) {
          expect(error).toBeInstanceOf(OptionError);
          expect((error as OptionError).messageIn("fr")).not.toBe("");
          expect((error as OptionError).messageIn("en")).not.toBe("");
        }
      }),
      { numRuns: 600 },
    );
  });
});
