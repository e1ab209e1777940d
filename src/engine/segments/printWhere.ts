import type { Lang } from "../i18n/lang";
import type { Where, WhereCondition, WhereOp } from "./where";

/**
 * A condition written back as text parseWhere reads, in French or English: what the
 * taskpane's builder saves and shows ("Panier moyen >= 100 et Ville dans Lyon, Paris").
 * Names and values that would not read back plain go in [brackets] or quotes.
 */
export function printWhere(where: Where, headers: readonly string[], lang: Lang): string {
  return print(where, headers, lang, "top");
}

const WORDS: Readonly<
  Record<Lang, Readonly<Record<"and" | "or" | "not" | "contains" | "startsWith" | "in" | "between" | "empty" | "notEmpty" | "department", string>>>
> = {
  fr: {
    and: "et",
    or: "ou",
    not: "non",
    contains: "contient",
    startsWith: "commence par",
    in: "dans",
    between: "entre",
    empty: "est vide",
    notEmpty: "n'est pas vide",
    department: "Département",
  },
  en: {
    and: "and",
    or: "or",
    not: "not",
    contains: "contains",
    startsWith: "starts with",
    in: "in",
    between: "between",
    empty: "is empty",
    notEmpty: "is not empty",
    department: "Department",
  },
};

function print(where: Where, headers: readonly string[], lang: Lang, inside: "top" | "and" | "or" | "not"): string {
  const words = WORDS[lang];
  switch (where.kind) {
    case "condition":
      return condition(where, headers, lang);
    case "not":
      return `${words.not} ${print(where.part, headers, lang, "not")}`;
    case "and":
    case "or": {
      const text = where.parts.map((part) => print(part, headers, lang, where.kind)).join(` ${words[where.kind]} `);
      // "a ou b" inside an "et" (or under "non") needs its parentheses; "a et b" inside "ou" does not.
      const needs = inside === "not" || (inside === "and" && where.kind === "or");
      return needs ? `(${text})` : text;
    }
  }
}

function condition(where: WhereCondition, headers: readonly string[], lang: Lang): string {
  const words = WORDS[lang];
  const column = where.column === "department" ? words.department : columnName(headers[where.column] ?? "");
  const op: WhereOp = where.op;
  switch (op) {
    case "empty":
    case "notEmpty":
      return `${column} ${words[op]}`;
    case "between":
      return `${column} ${words.between} ${value(where.values[0] ?? "", lang)} ${words.and} ${value(where.values[1] ?? "", lang)}`;
    case "in":
      return `${column} ${words.in} ${where.values.map((v) => listItem(v, lang)).join(", ")}`;
    case "contains":
    case "startsWith":
      return `${column} ${words[op]} ${value(where.values[0] ?? "", lang)}`;
    default:
      return `${column} ${op} ${value(where.values[0] ?? "", lang)}`;
  }
}

/** A header in brackets when it holds what the parser would take for an operator or a quote. */
function columnName(header: string): string {
  return /[<>=!≥≤"«»[\]()]/.test(header) || header !== header.trim() ? `[${header.trim()}]` : header;
}

const CONJUNCTION = /(?:^|\s)(?:et|and|ou|or)(?:\s|\(|$)/i;

function value(text: string, lang: Lang): string {
  return needsQuotes(text, lang) ? quote(text) : text;
}

function listItem(text: string, lang: Lang): string {
  return needsQuotes(text, lang) || /[,;]/.test(text) ? quote(text) : text;
}

function needsQuotes(text: string, _lang: Lang): boolean {
  return text === "" || text !== text.trim() || /^["«(]/.test(text) || /[()]/.test(text) || CONJUNCTION.test(text);
}

/** In « guillemets » when the value holds a straight quote (there is no escape). */
function quote(text: string): string {
  return text.includes('"') ? `«${text}»` : `"${text}"`;
}
