import { letterOf, numberOf, shiftReferenceEnd, shiftSqref, type CellShift } from "../cellShift";
import { parseAttributes } from "../xlsxParts";
import { escapeXml } from "./xmlText";

/**
 * A written sheet's <sheetViews>: the user's own (frozen panes, zoom, grid lines, selected
 * cell, scroll position) moved as Excel's "Insert rows/columns" moves them, or Tria's (the
 * header row frozen) for a sheet that had none. Excel moves a frozen split when lines go in
 * before its last frozen line, not when they go in right after it: the split follows the last
 * frozen column (or row) to its new place.
 */
export interface ViewOptions {
  /** The sheet is the one shown (the customer sheet): tabSelected on it, off everywhere else (two selected tabs are grouped sheets). */
  readonly selected: boolean;
  /** Tria's header row to freeze when the user froze nothing (0: none). */
  readonly freezeRow: number;
}

export function sheetViewsXml(userViews: string, shift: CellShift, { selected, freezeRow }: ViewOptions): string {
  const trias =
    freezeRow > 0 ? `<pane ySplit="${freezeRow}" topLeftCell="A${freezeRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>` : "";
  if (!/<sheetView\b/.test(userViews))
    return `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${trias}</sheetView></sheetViews>`;
  let first = true;
  const views = userViews.replace(/<sheetView\b([^>]*?)(\/>|>([\s\S]*?)<\/sheetView>)/g, (_, attributes: string, _end: string, inner = "") => {
    const own = parseAttributes(attributes);
    own.delete("tabSelected");
    if (selected && first) own.set("tabSelected", "1");
    const topLeft = own.get("topLeftCell");
    if (topLeft) own.set("topLeftCell", shiftReferenceEnd(topLeft, shift));
    const frozen = /<pane\b/.test(inner) || !first ? "" : trias;
    first = false;
    const moved = inner.replace(/<pane\b([^>]*?)\/>/g, (_pane: string, paneAttributes: string) => paneXml(parseAttributes(paneAttributes), shift));
    const selections = moved.replace(/<selection\b([^>]*?)\/>/g, (_selection: string, selectionAttributes: string) => {
      const selection = parseAttributes(selectionAttributes);
      const active = selection.get("activeCell");
      if (active) selection.set("activeCell", shiftReferenceEnd(active, shift));
      const sqref = selection.get("sqref");
      if (sqref) selection.set("sqref", shiftSqref(sqref, shift));
      return `<selection${attributesXml(selection)}/>`;
    });
    return `<sheetView${attributesXml(own)}>${frozen}${selections}</sheetView>`;
  });
  return views.replace(/^<sheetViews\b[^>]*>/, "<sheetViews>");
}

/** A frozen pane's split moved with its last frozen column and row; a split by size (state "split", in twips) is left alone. */
function paneXml(pane: Map<string, string>, shift: CellShift): string {
  const state = pane.get("state") ?? "split";
  if (state === "frozen" || state === "frozenSplit") {
    const xSplit = Number(pane.get("xSplit") ?? 0);
    const ySplit = Number(pane.get("ySplit") ?? 0);
    const newX = xSplit > 0 && shift.column ? shift.column(xSplit) : xSplit;
    const newY = ySplit > 0 && shift.row ? shift.row(ySplit) : ySplit;
    if (newX > 0) pane.set("xSplit", String(newX));
    if (newY > 0) pane.set("ySplit", String(newY));
    const topLeft = /^([A-Za-z]{1,3})(\d+)$/.exec(pane.get("topLeftCell") ?? "");
    if (topLeft) {
      // Scrolled no further than the split, it stays at the split: the lines inserted there show.
      const column = numberOf(topLeft[1]!) <= xSplit + 1 ? newX + 1 : (shift.column?.(numberOf(topLeft[1]!)) ?? numberOf(topLeft[1]!));
      const row = Number(topLeft[2]) <= ySplit + 1 ? newY + 1 : (shift.row?.(Number(topLeft[2])) ?? Number(topLeft[2]));
      pane.set("topLeftCell", `${letterOf(column)}${row}`);
    }
  }
  return `<pane${attributesXml(pane)}/>`;
}

function attributesXml(attributes: ReadonlyMap<string, string>): string {
  return [...attributes].map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join("");
}
