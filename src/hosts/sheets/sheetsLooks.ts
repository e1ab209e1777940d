import { columnLetter } from "../../engine/table/tableFromSheet";
import type { SheetsDeveloperMetadata } from "./sheetsApi";
import { withoutTriaNote } from "../triaNote";
import type { SheetsSheet, SheetsSpreadsheet } from "./sheetsApi";

/*
 * What a run drew on a sheet, so that the next run of the same job takes it off before drawing
 * its own: a cell the user fixed since must not keep last run's orange fill and note (the
 * workbook host's rule, triaLook.ts). Apps Script cannot read borders and developer metadata is
 * capped at 30,000 characters a sheet, so the record is a hidden sheet of Tria's, one column per
 * painted column of the user's sheet:
 *   row 1 the painted column's mark, row 2 its first painted row, row 3 how many rows;
 *   from row 4, one cell per row: "f" (Tria filled it), "b" (bordered), "n" (noted), combined,
 *   with the user's own fill before Tria painted kept as that cell's background.
 * It is one of Tria's sheets: copied before a run and put back by undo like the legend.
 * The painted column itself carries a short developer metadata mark ("tria.painted" = job|run|index),
 * which Sheets moves with the column: the user may insert or delete columns between two runs.
 * A run's marks stay until the run after next, so undoing a run finds the earlier run's marks.
 */
export const PAINT_KEY = "tria.painted";
const HEADER_ROWS = 3;
const WHITE = "#ffffff";

/** The hidden record of one job's looks on one sheet (structure and score keep their own). */
export function looksSheetName(sheetId: number, job: string): string {
  return `_tria_marques ${sheetId} ${job}`;
}

/** The mark of a run's index-th painted column. */
export function paintMark(job: string, run: string, index: number): string {
  return `${job}|${run}|${index}`;
}

/**
 * The id of a new run of this job: one more than the run the looks record holds. Counted, not
 * timed, so that a run cut and resumed writes exactly what an uncut one does.
 */
export function nextRunId(spreadsheet: SheetsSpreadsheet, sheet: SheetsSheet, job: string): string {
  const looks = spreadsheet.getSheetByName(looksSheetName(sheet.getSheetId(), job));
  const mark = looks && looks.getLastRow() > 0 ? String(looks.getRange(1, 1, 1, 1).getValues()[0]?.[0] ?? "") : "";
  const last = Number(mark.split("|")[1]);
  return String(Number.isInteger(last) && last > 0 ? last + 1 : 1);
}

/** One painted column, as the flag step writes it. */
export interface PaintedColumn {
  readonly column: number;
  readonly mark: string;
  readonly first: number;
  /** Per row from `first`: the marks ("", "f", "fb", "n"…). */
  readonly marks: readonly string[];
  /** Per row from `first`: the user's fill before Tria painted. */
  readonly userFills: readonly string[];
}

export function recordPaintedColumn(sheet: SheetsSheet, looks: SheetsSheet, index: number, painted: PaintedColumn): void {
  const count = painted.marks.length;
  const letters = columnLetter(painted.column - 1);
  sheet.getRange(`${letters}:${letters}`).addDeveloperMetadata(PAINT_KEY, painted.mark);
  looks.getRange(1, index + 1, HEADER_ROWS + count, 1).setValues([[painted.mark], [painted.first], [count], ...painted.marks.map((m) => [m])]);
  looks.getRange(HEADER_ROWS + 1, index + 1, count, 1).setBackgrounds(painted.userFills.map((fill) => [fill]));
}

/**
 * Take the earlier run's looks off the sheet: each cell it filled gets the user's fill back,
 * its borders go (the user's own border on such a cell goes with them: Apps Script cannot read
 * borders), Tria's part of its note goes and the user's part stays.
 */
export function clearEarlierLooks(spreadsheet: SheetsSpreadsheet, sheet: SheetsSheet, name: string, job: string): void {
  const looks = spreadsheet.getSheetByName(name);
  const rows = looks?.getLastRow() ?? 0;
  const width = looks?.getLastColumn() ?? 0;
  const area = looks && rows > HEADER_ROWS && width > 0 ? looks.getRange(1, 1, rows, width) : null;
  const marks = area?.getValues() ?? [[]];
  const columnOf = paintedColumns(sheet, job, String(marks[0]![0] ?? "").split("|")[1] ?? "");
  if (!area) return;
  const saved = area.getBackgrounds();
  const unbordered: string[] = [];
  for (let j = 0; j < width; j++) {
    // Where the column stands now; none when the user deleted it since.
    const column = columnOf.get(String(marks[0]![j]));
    const first = Number(marks[1]![j]);
    const count = Number(marks[2]![j]);
    if (column === undefined || !(first >= 1 && count >= 1)) continue;
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

/**
 * The columns the looks record's run painted (mark → current column). Marks of this job's older
 * runs are removed: only the last run's are needed, for the next run or for undoing it.
 */
function paintedColumns(sheet: SheetsSheet, job: string, run: string): Map<string, number> {
  const columns = new Map<string, number>();
  const entries: SheetsDeveloperMetadata[] = sheet.createDeveloperMetadataFinder().withKey(PAINT_KEY).find();
  for (const entry of entries) {
    const mark = entry.getValue() ?? "";
    const [markJob, markRun] = mark.split("|");
    if (markJob !== job) continue;
    const column = entry.getLocation().getColumn()?.getColumn();
    if (markRun === run && column !== undefined) columns.set(mark, column);
    else entry.remove();
  }
  return columns;
}
