import type ExcelJS from "exceljs";
import type { FlagKind } from "../../engine/legend";
import { lookOf } from "../planCells";
import { restyleCell } from "./restyleCell";

/**
 * The legend's look in ExcelJS terms. Several flags on one cell: the fill of the most
 * serious kind that has a fill, and the red border whenever one of them is "incomplete".
 */
export function styleCell(cell: ExcelJS.Cell, kinds: readonly FlagKind[]): void {
  const look = lookOf(kinds);
  restyleCell(cell, {
    ...(look.fill ? { fill: solidFill(look.fill) } : {}),
    ...(look.border ? { border: boxBorder(look.border, look.borderStyle === "dashed" ? "mediumDashed" : "medium") } : {}),
  });
}

export function solidFill(rgb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` }, bgColor: { argb: `FF${rgb}` } };
}

export function boxBorder(rgb: string, style: ExcelJS.BorderStyle = "medium"): Partial<ExcelJS.Borders> {
  const side: Partial<ExcelJS.Border> = { style, color: { argb: `FF${rgb}` } };
  return { top: side, left: side, bottom: side, right: side };
}
