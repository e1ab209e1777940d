import { foldLower } from "../text/fold";
import { OptionError } from "../optionError";
import { MissingColumnError } from "../missingColumnError";
import type { ReportColumn } from "../report";
import type { Lang } from "../i18n/lang";
import { formatCell } from "../i18n/formatCell";
import { isCellError, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseBoolean } from "../table/parseBoolean";
import { parseDate } from "../table/parseDate";
import { parseNumber } from "../table/parseNumber";
import { departmentKey, departmentOf } from "./department";
import type { Where, WhereCondition } from "./where";
import { inLang } from "../i18n/localeFormat";

/** Does a row (its cells) belong to the segment? */
export type RowTest = (cells: readonly CellValue[]) => boolean;

/**
 * A read condition made into a test on rows, for the table's columns. Values are compared as
 * the user means them: "100" as a number against "1 234,50 €", "01/01/2025" as a day against
 * real dates and dd/mm/yyyy text, words without case or accents. Departments ("dans 75, 92")
 * come from the postal code. A comparison that cannot mean anything (">= Paris") is an
 * OptionError before any row is read, never a segment silently empty.
 */
export function matchWhere(where: Where, columns: readonly ReportColumn[], lang: Lang, dayFirst: DayFirst = () => true): RowTest {
  switch (where.kind) {
    case "and": {
      const tests = where.parts.map((part) => matchWhere(part, columns, lang, dayFirst));
      return (cells) => tests.every((test) => test(cells));
    }
    case "or": {
      const tests = where.parts.map((part) => matchWhere(part, columns, lang, dayFirst));
      return (cells) => tests.some((test) => test(cells));
    }
    case "not": {
      const test = matchWhere(where.part, columns, lang, dayFirst);
      return (cells) => !test(cells);
    }
    case "condition":
      return matchCondition(where, columns, lang, dayFirst);
  }
}

/** The date order of a column's cells (dateOrder.ts: a US export's column is month first); the literal typed in --where is read as French. */
export type DayFirst = (column: number) => boolean;

function matchCondition(condition: WhereCondition, columns: readonly ReportColumn[], lang: Lang, dayFirstOf: DayFirst): RowTest {
  const { op, values } = condition;
  const dayFirst = condition.column === "department" ? true : dayFirstOf(condition.column);
  const cellOf = cellReader(condition.column, columns);
  const header = condition.column === "department" ? inLang(lang, "département", "department") : (columns[condition.column]?.header ?? "");
  const department = condition.column === "department" || columns[condition.column]?.role === "postalCode";
  switch (op) {
    case "empty":
      return (cells) => isEmptyCell(cellOf(cells));
    case "notEmpty":
      return (cells) => !isEmptyCell(cellOf(cells));
    case "contains": {
      const needle = foldValue(values[0]!);
      return (cells) => foldValue(textOf(cellOf(cells), lang)).includes(needle);
    }
    case "startsWith": {
      const needle = foldValue(values[0]!);
      return (cells) => foldValue(textOf(cellOf(cells), lang)).startsWith(needle);
    }
    case "=":
    case "!=": {
      const equal = equalTest(values[0]!, condition.column === "department", lang, dayFirst);
      return op === "=" ? (cells) => equal(cellOf(cells)) : (cells) => !equal(cellOf(cells));
    }
    case "in": {
      const tests = values.map((value) =>
        department && isDepartmentItem(value) ? inDepartment(value, condition.column === "department") : equalTest(value, false, lang, dayFirst),
      );
      return (cells) => tests.some((test) => test(cellOf(cells)));
    }
    case ">=":
    case "<=":
    case ">":
    case "<": {
      const bound = orderedLiteral(values[0]!, header, op, dayFirst);
      const compare = COMPARE[op];
      return (cells) => {
        const value = bound.read(cellOf(cells));
        return value !== null && compare(value, bound.value);
      };
    }
    case "between": {
      const low = orderedLiteral(values[0]!, header, op, dayFirst);
      const high = orderedLiteral(values[1]!, header, op, dayFirst);
      if (low.kind !== high.kind) throw mixedBounds(values, header);
      const [from, to] = low.value <= high.value ? [low.value, high.value] : [high.value, low.value];
      return (cells) => {
        const value = low.read(cellOf(cells));
        return value !== null && value >= from && value <= to;
      };
    }
  }
}

const COMPARE: Readonly<Record<">=" | "<=" | ">" | "<", (a: number, b: number) => boolean>> = {
  ">=": (a, b) => a >= b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  "<": (a, b) => a < b,
};

function cellReader(column: number | "department", columns: readonly ReportColumn[]): (cells: readonly CellValue[]) => CellValue {
  if (column !== "department") return (cells) => cells[column] ?? null;
  const postal = columns.find((c) => c.role === "postalCode");
  if (postal) return (cells) => departmentOf(cells[postal.index]);
  // An address in one field ("46 chemin du Maréchal Leclerc 13006 Marseille") holds its code.
  const address = columns.find((c) => c.role === "address");
  if (address) return (cells) => departmentOf(postalCodeIn(cells[address.index]));
  throw new MissingColumnError("where.noPostalCode", {
    fr: "Le département se lit dans le code postal, et ce fichier n'a ni colonne « Code postal » ni « Adresse ». Nommez la colonne qui le contient (ex. « CP dans 75, 92 »).",
    en: 'The department is read from the postal code, and this file has no "Postal code" nor "Address" column. Name the column holding it (e.g. "Zip in 75, 92").',
  });
}

/** The last five-digit number of an address written in one field. */
function postalCodeIn(cell: CellValue | undefined): string | null {
  const codes = typeof cell === "string" ? cell.match(/(?<!\d)\d{5}(?!\d)/g) : null;
  return codes ? codes[codes.length - 1]! : null;
}

/** A bound of >=, <, between: a number or a day (as a time), with the reader for cells. */
interface OrderedLiteral {
  readonly kind: "number" | "date";
  readonly value: number;
  readonly read: (cell: CellValue) => number | null;
}

function orderedLiteral(text: string, header: string, op: string, dayFirst: boolean): OrderedLiteral {
  const number = parseNumber(text);
  if (number !== null) return { kind: "number", value: number, read: (cell) => (cell instanceof Date ? null : parseNumber(cell)) };
  const day = parseDate(text);
  if (day !== null)
    return {
      kind: "date",
      value: day.getTime(),
      read: (cell) => parseDate(typeof cell === "number" || typeof cell === "string" || cell instanceof Date ? cell : null, { dayFirst })?.getTime() ?? null,
    };
  throw new OptionError("where.notOrdered", {
    fr: `« ${header} ${op === "between" ? "entre" : op} ${text} » : « ${text} » n'est ni un nombre ni une date (ex. 100, 1 234,50 ou 01/01/2025). Pour un texte, utilisez = , contient ou dans.`,
    en: `"${header} ${op} ${text}": "${text}" is neither a number nor a date (e.g. 100, 1,234.50 or 2025-01-01). For text, use =, contains or in.`,
  });
}

function mixedBounds(values: readonly string[], header: string): OptionError {
  return new OptionError("where.mixedBounds", {
    fr: `« ${header} entre ${values[0]} et ${values[1]} » : les deux bornes doivent être deux nombres ou deux dates.`,
    en: `"${header} between ${values[0]} and ${values[1]}": both bounds must be numbers, or both dates.`,
  });
}

/** Equality as meant: numbers as numbers, days as days, oui/non against ticked boxes, words folded. */
function equalTest(text: string, department: boolean, lang: Lang, dayFirst: boolean): (cell: CellValue) => boolean {
  if (department) {
    const key = departmentKey(text);
    return (cell) => typeof cell === "string" && cell === key;
  }
  const number = parseNumber(text);
  const day = number === null ? parseDate(text) : null;
  const yes = parseBoolean(text);
  const folded = foldValue(text);
  return (cell) => {
    if (isEmptyCell(cell) || isCellError(cell)) return false;
    if (number !== null && typeof cell !== "boolean" && !(cell instanceof Date)) {
      const value = parseNumber(cell);
      if (value !== null) return value === number;
    }
    if (day !== null && (cell instanceof Date || typeof cell === "string" || typeof cell === "number")) {
      const value = parseDate(cell, { dayFirst });
      if (value !== null) return value.getTime() === day.getTime();
    }
    if (yes !== null && typeof cell === "boolean") return cell === yes;
    return foldValue(textOf(cell, lang)) === folded;
  };
}

/** In a postal code list, "75", "2A" or "971" name a department; longer items a whole code. */
function isDepartmentItem(text: string): boolean {
  return /^(\d{1,2}|2[ab]|9[78]\d)$/i.test(text.trim());
}

function inDepartment(text: string, pseudo: boolean): (cell: CellValue) => boolean {
  const key = departmentKey(text);
  return pseudo ? (cell) => cell === key : (cell) => departmentOf(cell) === key;
}

/** The text the user sees in the cell (dates as dd/mm/yyyy in French), for contains and =. */
function textOf(cell: CellValue, lang: Lang): string {
  return formatCell(cell, lang);
}

/** Case, accents and repeated spaces ignored: "  SAINT-ÉTIENNE " = "saint-etienne". */
export function foldValue(text: string): string {
  return foldLower(text).replace(/\s+/g, " ").trim();
}
