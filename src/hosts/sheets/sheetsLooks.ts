import { columnLetter } from "../../engine/table/tableFromSheet";
import { withoutTriaNote } from "../triaNote";
import type { SheetsSheet, SheetsSpreadsheet } from "./sheetsApi";

/*
 * What a run drew on a sheet, so that the next run of the same job takes it off before drawing
 * its own: a cell the user fixed since must not keep last run's orange fill and note (the
 * workbook host's rule, triaLook.ts). Apps Script cannot read borders and developer metadata is
 * capped at 30,000 characters a sheet, so the record is a hidden sheet of Tria's, one column per
 * painted column of the user's sheet:
 *   row 1 the painted column, row 2 its first painted row, row 3 how many rows;
 *   from row 4, one cell per row: "f" (Tria filled it), "b" (bordered), "n" (noted), combined,
 *   with the user's own fill before Tria painted kept as that cell's background.
 * It is one of Tria's sheets: copied before a run and put back by undo like the legend.
 */
const HEADER_ROWS = 3;
const WHITE = "#ffffff";

/** The hidden record of one job's looks on one sheet (structure and score keep their own). */
export function looksSheetName(sheetId: number, job: string): string {
  return `_tria_marques ${sheetId} ${job}`;
}

/** One painted column, as the flag step writes it. */
export interface PaintedColumn {
  readonly column: number;
  readonly first: number;
  /** Per row from `first`: the marks ("", "f", "fb", "n"…). */
  readonly marks: readonly string[];
  /** Per row from `first`: the user's fill before Tria painted. */
  readonly userFills: readonly string[];
}

export function recordPaintedColumn(looks: SheetsSheet, index: number, painted: PaintedColumn): void {
  const count = painted.marks.length;
  looks.getRange(1, index + 1, HEADER_ROWS + count, 1).setValues([[painted.column], [painted.first], [count], ...painted.marks.map((m) => [m])]);
  looks.getRange(HEADER_ROWS + 1, index + 1, count, 1).setBackgrounds(painted.userFills.map((fill) => [fill]));
}

/**
 * Take the earlier run's looks off the sheet: each cell it filled gets the user's fill back,
 * its borders go (the user's own border on such a cell goes with them: Apps Script cannot read
 * borders), Tria's part of its note goes and the user's part stays.
 */
export function clearEarlierLooks(spreadsheet: SheetsSpreadsheet, sheet: SheetsSheet, name: string): void {
  const looks = spreadsheet.getSheetByName(name);
  if (!looks) return;
  const rows = looks.getLastRow();
  const width = looks.getLastColumn();
  if (rows <= HEADER_ROWS || width === 0) return;
  const area = looks.getRange(1, 1, rows, width);
  const marks = area.getValues();
  const saved = area.getBackgrounds();
  const unbordered: string[] = [];
  const lastColumn = sheet.getLastColumn();
  for (let j = 0; j < width; j++) {
    const column = Number(marks[0]![j]);
    const first = Number(marks[1]![j]);
    const count = Number(marks[2]![j]);
    // A column the user deleted since: nothing of Tria's left to clear there.
    if (!(column >= 1 && column <= lastColumn && first >= 1 && count >= 1)) continue;
    const range = sheet.getRange(first, column, count, 1);
    const fills = range.getBackgrounds();
    const notes = range.getNotes();
    let noted = false;
    for (let i = 0; i < count; i++) {
      const mark = String(marks[HEADER_ROWS + i]?.[j] ?? "");
      if (mark.includes("f")) fills[i]![0] = saved[HEADER_ROWS + i]?.[j] ?? WHITE;
      if (mark.includes("n")) {
        notes[i]![0] = withoutTriaNote(notes[i]![0] ?? "");
        noted = true;
      }
      if (mark.includes("b")) unbordered.push(`${columnLetter(column - 1)}${first + i}`);
    }
    range.setBackgrounds(fills);
    if (noted) range.setNotes(notes);
  }
  if (unbordered.length > 0) sheet.getRangeList(unbordered).setBorder(false, false, false, false, null, null, null, null);
}
