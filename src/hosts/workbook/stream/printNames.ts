import type { Shift } from "../cellShift";
import { shiftFormula } from "../shiftFormula";
import { escapeXml } from "./xmlText";

/** A sheet's `_xlnm.Print_Titles` or `_xlnm.Print_Area`: the rows printed on every page, the range printed. */
export interface PrintName {
  readonly name: string;
  readonly sheet: string;
  /** The reference as a formula, unescaped ("'Clients'!$1:$1"). */
  readonly formula: string;
}

/**
 * workbook.xml's <definedNames> for the print names of the sheets written, each moved as its
 * sheet's cells moved (Excel moves print titles when rows or columns go in). `sheets`: the
 * written sheets' names in order (localSheetId is a position among them).
 */
export function printNamesXml(names: readonly PrintName[], sheets: readonly string[], shiftOf: (sheet: string) => Shift | undefined): string {
  const defined = names.flatMap(({ name, sheet, formula }) => {
    const at = sheets.indexOf(sheet);
    if (at < 0) return [];
    return [`<definedName name="${escapeXml(name)}" localSheetId="${at}">${escapeXml(shiftFormula(formula, null, shiftOf))}</definedName>`];
  });
  return defined.length > 0 ? `<definedNames>${defined.join("")}</definedNames>` : "";
}
