import { shiftRange, type Shift } from "./cellShift";

/**
 * Excel's "Insert columns" rewrites every reference to the moved columns, in every formula of
 * the workbook: `=SUM(G4:G9)` on Clients, `=SUM(Clients!G4:G9)` on another sheet, a chart's
 * series `'Clients'!$H$4:$H$9`. This does the same on formula text (A1 style, as .xlsx stores
 * it): each end of a reference goes where its column went, so a range spanning the insertion
 * point stretches. Strings, structured references (Table[Column]), function names (LOG10)
 * and defined names are left alone; whole rows (4:9) do not move when columns go in, whole
 * columns (A:C) do not when a row goes in (Excel's "Insert rows", the same way).
 */

/** The shift of a sheet's columns (or rows), or undefined when the sheet did not change. */
export type ShiftOfSheet = (sheet: string) => Shift | undefined;

/** A quoted or plain sheet name followed by "!". */
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COLUMNS = String.raw`\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}`;
const ROWS = String.raw`\$?\d+:\$?\d+`;
/** Not followed by what would make it a name or a call: "A1B", "LOG10(", "A1.x". */
const REFERENCE = new RegExp(String.raw`(?:${SHEET})?(${CELL}(?::${CELL})?|${COLUMNS}|${ROWS})(?![\w(.\[!\u00C0-\uFFFF])`, "y");
const NAME_CHAR = /[\w.$'\]\u00C0-\uFFFF]/;

/**
 * `formula` (without its leading "=") with every reference into a shifted sheet moved.
 * `ownSheet` is the sheet holding the formula (references without a sheet point there); null
 * for charts and names, whose references always name their sheet.
 */
export function shiftFormula(formula: string, ownSheet: string | null, shiftOf: ShiftOfSheet): string {
  let out = "";
  let at = 0;
  while (at < formula.length) {
    const char = formula[at]!;
    if (char === '"') {
      const end = endOfString(formula, at);
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    if (char === "[") {
      const end = endOfBrackets(formula, at);
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    if (at > 0 && NAME_CHAR.test(formula[at - 1]!)) {
      out += char;
      at++;
      continue;
    }
    REFERENCE.lastIndex = at;
    const match = REFERENCE.exec(formula);
    if (!match) {
      out += char;
      at++;
      continue;
    }
    const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? ownSheet);
    const shift = sheet === null ? undefined : shiftOfSheet(shiftOf, sheet);
    const reference = match[3]!;
    out += shift ? match[0].slice(0, match[0].length - reference.length) + shiftRange(reference, shift) : match[0];
    at += match[0].length;
  }
  return out;
}

/** Sheet names compare as Excel compares them: without case. */
function shiftOfSheet(shiftOf: ShiftOfSheet, sheet: string): Shift | undefined {
  return shiftOf(sheet) ?? shiftOf(sheet.toLowerCase());
}

function endOfString(formula: string, start: number): number {
  let at = start + 1;
  while (at < formula.length) {
    if (formula[at] === '"') {
      if (formula[at + 1] === '"') at += 2;
      else return at + 1;
    } else at++;
  }
  return at;
}

/** Brackets nest in structured references: Table[[#This Row],[Col]]. */
function endOfBrackets(formula: string, start: number): number {
  let depth = 0;
  for (let at = start; at < formula.length; at++) {
    if (formula[at] === "[") depth++;
    else if (formula[at] === "]" && --depth === 0) return at + 1;
  }
  return formula.length;
}
