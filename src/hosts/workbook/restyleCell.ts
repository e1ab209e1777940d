import type ExcelJS from "exceljs";

/**
 * Change part of one cell's look. ExcelJS loads every cell that shares a style in the file
 * with one shared style object, and `cell.fill = …` changes that object in place: painting
 * one cell yellow painted every cell of the same style (issue 9). The cell gets its own copy
 * first; the parts it keeps (number format, font, alignment) are the user's, untouched.
 */
export function restyleCell(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}
