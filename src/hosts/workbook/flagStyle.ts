import type ExcelJS from "exceljs";
import { FLAG_SEVERITY, FLAG_STYLES, type FlagKind } from "../../engine/legend";

/**
 * The legend's look in ExcelJS terms. Several flags on one cell: the fill of the most
 * serious kind that has a fill, and the red border whenever one of them is "incomplete".
 */
export function styleCell(cell: ExcelJS.Cell, kinds: readonly FlagKind[]): void {
  const fillKind = [...kinds]
    .filter((kind) => FLAG_STYLES[kind].fill !== null)
    .sort((a, b) => FLAG_SEVERITY[b] - FLAG_SEVERITY[a])[0];
  if (fillKind) cell.fill = solidFill(FLAG_STYLES[fillKind].fill!);
  const borderKind = kinds.find((kind) => FLAG_STYLES[kind].border !== null);
  if (borderKind) cell.border = boxBorder(FLAG_STYLES[borderKind].border!);
}

export function solidFill(rgb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` }, bgColor: { argb: `FF${rgb}` } };
}

export function boxBorder(rgb: string): Partial<ExcelJS.Borders> {
  const side: Partial<ExcelJS.Border> = { style: "medium", color: { argb: `FF${rgb}` } };
  return { top: side, left: side, bottom: side, right: side };
}
