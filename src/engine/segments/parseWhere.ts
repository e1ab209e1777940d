import { OptionError } from "../optionError";
import type { Where, WhereCondition, WhereOp } from "./where";
import { foldAccents } from "../text/fold";
import { unknownColumnError } from "./unknownColumn";

/*
 * Reads a condition typed in French or English:
 *   Panier moyen >= 100 et Nb achats / an >= 4
 *   (Ville = Lyon or Ville = Paris) and not E-mail est vide
 *   Code postal dans 75, 92, 93 ; Notes contient "VIP" ; Dernier achat entre 01/01/2025 et 30/06/2025
 * Columns are found by their header (case and accents ignored, the longest first, so that
 * "Nb achats / an" is one column), or written in quotes or [brackets]. Anything that does not
 * read is an OptionError pointing at the place and saying what was expected.
 */
const AND = ["et", "and"];
const OR = ["ou", "or"];
const NOT = ["non", "not", "pas"];
/** Word operators, longest first so that "n'est pas vide" wins over "est vide". */
const WORD_OPS: readonly (readonly [string, WhereOp])[] = [
  ["n'est pas vide", "notEmpty"],
  ["is not empty", "notEmpty"],
  ["non vide", "notEmpty"],
  ["est vide", "empty"],
  ["is empty", "empty"],
  ["vide", "empty"],
  ["commence par", "startsWith"],
  ["starts with", "startsWith"],
  ["contient", "contains"],
  ["contains", "contains"],
  ["parmi", "in"],
  ["dans", "in"],
  ["in", "in"],
  ["entre", "between"],
  ["between", "between"],
];
const SYMBOL_OPS: readonly (readonly [string, WhereOp])[] = [
  ["==", "="],
  [">=", ">="],
  ["<=", "<="],
  ["<>", "!="],
  ["!=", "!="],
  ["≥", ">="],
  ["≤", "<="],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];
const DEPARTMENT_WORDS = ["departement", "department", "dept", "dep"];

export function parseWhere(text: string, headers: readonly string[]): Where {
  if (text.trim() === "") {
    throw new OptionError("where.empty", {
      fr: "La condition est vide : écrivez par exemple « Panier moyen >= 100 et Nb achats / an >= 4 ».",
      en: 'The condition is empty: write for instance "Average basket >= 100 and Purchases per year >= 4".',
    });
  }
  const parser = new WhereParser(text, headers);
  const where = parser.expression();
  parser.skipSpaces();
  if (!parser.atEnd()) throw parser.error("where.trailing", { fr: "et, ou ou la fin de la condition", en: "and, or or the end of the condition" });
  return where;
}

/**
 * The text folded code unit by code unit (lower case, accent dropped, ’ as '), so that "É" and
 * "e" compare equal AT THE SAME INDEX: the folded text always has the length of the original.
 */
export function foldSameLength(text: string): string {
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    if (unit.charCodeAt(0) < 128) {
      folded += unit.toLowerCase();
      continue;
    }
    // The engine's one folding (engine/text/fold), kept only where it gives one unit ("œ" stays).
    const lower = foldAccents(unit).toLowerCase();
    folded += lower.length === 1 ? (lower === "’" ? "'" : lower) : unit;
  }
  return folded;
}

class WhereParser {
  private at = 0;
  private readonly folded: string;
  private readonly columns: readonly { name: string; folded: string; column: number | "department" }[];

  constructor(
    private readonly text: string,
    headers: readonly string[],
  ) {
    this.folded = foldSameLength(text);
    const named = headers.map((name, column) => ({ name, folded: foldSameLength(name.trim()), column: column as number | "department" }));
    const pseudo = DEPARTMENT_WORDS.filter((w) => !named.some((n) => n.folded === w)).map((w) => ({ name: w, folded: w, column: "department" as const }));
    this.columns = [...named, ...pseudo].filter((c) => c.folded !== "").sort((a, b) => b.folded.length - a.folded.length);
  }

  expression(): Where {
    const parts = [this.conjunction()];
    while (this.word(OR)) parts.push(this.conjunction());
    return parts.length === 1 ? parts[0]! : { kind: "or", parts };
  }

  private conjunction(): Where {
    const parts = [this.unary()];
    while (this.word(AND)) parts.push(this.unary());
    return parts.length === 1 ? parts[0]! : { kind: "and", parts };
  }

  private unary(): Where {
    this.skipSpaces();
    // "Non lu >= 1" is a column, not "non (lu >= 1)": a header written here wins over the word.
    if (!this.columnStartsHere() && this.word(NOT)) return { kind: "not", part: this.unary() };
    if (this.text[this.at] === "(") {
      this.at++;
      const inner = this.expression();
      this.skipSpaces();
      if (this.text[this.at] !== ")") throw this.error("where.paren", { fr: "une parenthèse fermante « ) »", en: 'a closing ")"' });
      this.at++;
      return inner;
    }
    return this.condition();
  }

  private condition(): Where {
    const column = this.column();
    this.skipSpaces();
    const negated = this.startsWith("ne contient pas") || this.startsWith("does not contain");
    if (negated) {
      this.at += this.startsWith("ne contient pas") ? "ne contient pas".length : "does not contain".length;
      return { kind: "not", part: { kind: "condition", column, op: "contains", values: [this.value()] } };
    }
    const op = this.operator();
    let condition: WhereCondition;
    if (op === "empty" || op === "notEmpty") condition = { kind: "condition", column, op, values: [] };
    else if (op === "between") {
      const low = this.value(true);
      if (!this.word(AND))
        throw this.error("where.between", { fr: "« et » entre les deux bornes (entre 10 et 20)", en: '"and" between the two bounds (between 10 and 20)' });
      condition = { kind: "condition", column, op, values: [low, this.value()] };
    } else if (op === "in") condition = { kind: "condition", column, op, values: this.list() };
    else condition = { kind: "condition", column, op, values: [this.value()] };
    return condition;
  }

  private column(): number | "department" {
    this.skipSpaces();
    const quote = this.text[this.at];
    if (quote === '"' || quote === "[" || quote === "«") {
      const close = quote === "[" ? "]" : quote === "«" ? "»" : '"';
      const end = this.text.indexOf(close, this.at + 1);
      if (end < 0) throw this.error("where.quote", { fr: `la fin du nom de colonne « ${close} »`, en: `the end of the column name "${close}"` });
      const name = this.text.slice(this.at + 1, end).trim();
      const found = this.columns.find((c) => c.folded === foldSameLength(name));
      if (!found) throw this.unknownColumn(name);
      this.at = end + 1;
      return found.column;
    }
    for (const candidate of this.columns) {
      if (!this.folded.startsWith(candidate.folded, this.at)) continue;
      const next = this.text[this.at + candidate.folded.length];
      if (next === undefined || /[\s<>=!≥≤]/.test(next)) {
        this.at += candidate.folded.length;
        return candidate.column;
      }
    }
    const rest = this.text.slice(this.at);
    throw this.unknownColumn(
      (/^(.*?)(?:\s*(?:[<>=!≥≤]|\s(?:contient|contains|dans|in|entre|between|est|is|commence|starts|n'est|ne)\s))/i.exec(rest)?.[1] ?? rest).trim(),
    );
  }

  private columnStartsHere(): boolean {
    return this.columns.some((c) => this.folded.startsWith(c.folded, this.at) && /[\s<>=!≥≤]|^$/.test(this.text[this.at + c.folded.length] ?? ""));
  }

  private operator(): WhereOp {
    this.skipSpaces();
    for (const [symbol, op] of SYMBOL_OPS) {
      if (this.text.startsWith(symbol, this.at)) {
        this.at += symbol.length;
        return op;
      }
    }
    for (const [words, op] of WORD_OPS) {
      if (this.startsWith(words) && !/[\p{L}\d]/u.test(this.text[this.at + words.length] ?? " ")) {
        this.at += words.length;
        return op;
      }
    }
    throw this.error("where.operator", {
      fr: "un opérateur : >=, <=, >, <, =, !=, contient, dans, entre, commence par, est vide",
      en: "an operator: >=, <=, >, <, =, !=, contains, in, between, starts with, is empty",
    });
  }

  /** A value: quoted, or the text up to the next and / or / ")" (or up to "et" inside between). */
  private value(stopAtAnd = false): string {
    this.skipSpaces();
    const quote = this.text[this.at];
    if (quote === '"' || quote === "«") {
      const close = quote === "«" ? "»" : '"';
      const end = this.text.indexOf(close, this.at + 1);
      if (end < 0) throw this.error("where.quote", { fr: `le guillemet fermant ${close}`, en: `the closing quote ${close}` });
      const value = this.text.slice(this.at + 1, end).trim();
      this.at = end + 1;
      return value;
    }
    const start = this.at;
    while (!this.atEnd() && this.text[this.at] !== ")" && !this.atConjunction(stopAtAnd)) this.at++;
    const value = this.text.slice(start, this.at).trim();
    if (value === "") throw this.error("where.value", { fr: "une valeur", en: "a value" });
    return value;
  }

  private list(): string[] {
    this.skipSpaces();
    const parenthesised = this.text[this.at] === "(";
    if (parenthesised) this.at++;
    const values: string[] = [];
    for (;;) {
      this.skipSpaces();
      const start = this.at;
      const quote = this.text[this.at];
      if (quote === '"' || quote === "«") values.push(this.value());
      else {
        while (!this.atEnd() && !/[,;)]/.test(this.text[this.at]!) && !this.atConjunction(false)) this.at++;
        const value = this.text.slice(start, this.at).trim();
        if (value === "") throw this.error("where.value", { fr: "une valeur de la liste", en: "a value of the list" });
        values.push(value);
      }
      this.skipSpaces();
      if (this.text[this.at] === "," || this.text[this.at] === ";") {
        this.at++;
        continue;
      }
      break;
    }
    if (parenthesised) {
      if (this.text[this.at] !== ")") throw this.error("where.paren", { fr: "une parenthèse fermante « ) »", en: 'a closing ")"' });
      this.at++;
    }
    return values;
  }

  private atConjunction(andOnly: boolean): boolean {
    if (!/\s/.test(this.text[this.at] ?? "")) return false;
    const words = andOnly ? AND : [...AND, ...OR];
    return words.some((w) => this.folded.startsWith(w, this.at + 1) && /[\s(]/.test(this.text[this.at + 1 + w.length] ?? "x"));
  }

  /** Consumes one of the words when it stands alone here. */
  private word(words: readonly string[]): boolean {
    this.skipSpaces();
    for (const w of words) {
      if (this.folded.startsWith(w, this.at) && /[\s(]/.test(this.text[this.at + w.length] ?? "x")) {
        this.at += w.length;
        return true;
      }
    }
    return false;
  }

  private startsWith(words: string): boolean {
    return this.folded.startsWith(words, this.at);
  }

  skipSpaces(): void {
    while (/\s/.test(this.text[this.at] ?? "")) this.at++;
  }

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  error(reason: string, expected: { fr: string; en: string }): OptionError {
    const near = this.text.slice(this.at, this.at + 20) || "…";
    return new OptionError(reason, {
      fr: `Condition illisible près de « ${near} » (caractère ${this.at + 1}) : il faut ${expected.fr}.`,
      en: `Cannot read the condition near "${near}" (character ${this.at + 1}): expected ${expected.en}.`,
    });
  }

  private unknownColumn(name: string): OptionError {
    const headers = this.columns
      .filter((c) => c.column !== "department")
      .sort((a, b) => Number(a.column) - Number(b.column))
      .map((c) => c.name);
    return unknownColumnError(name, headers);
  }
}
