import type ExcelJS from "exceljs";
import type { PaintedCells } from "./triaMetadata";
import { NOTE_MARKER } from "../triaNote";

/**
 * What Tria drew on a sheet, so the next run can take it off again before drawing its own:
 * a cell the user fixed since must not keep last run's orange fill and note (issue 9). The
 * first apply of a run clears; later applies of the same run (Score after Structure) add.
 */

type Look = { fill?: ExcelJS.Fill; border?: Partial<ExcelJS.Borders> };

export class PaintLog {
  /** The user's look of painted cells that had one, by A1 address. */
  private readonly before = new Map<string, Look>();
  /** Painted cells one by one (row flags) and whole column runs (column flags: a million rows stay one entry). */
  private readonly cells = new Set<string>();
  private readonly spans: { letters: string; from: number; to: number }[] = [];

  constructor(
    readonly sheet: string,
    earlier?: PaintedCells,
  ) {
    for (const range of earlier?.ranges ?? []) {
      const span = parseRange(range);
      if (span && span.from !== span.to) this.spans.push(span);
      else if (span) this.cells.add(range);
    }
    for (const [address, look] of Object.entries(earlier?.before ?? {})) this.before.set(address, look);
  }

  /** Call before painting a cell: keeps the user's look the first time the cell is painted. */
  remember(cell: ExcelJS.Cell): void {
    if (this.isPainted(cell.address)) return;
    this.keepLook(cell);
    this.cells.add(cell.address);
  }

  /** Call before painting rows from..to of a column (1-based). */
  rememberSpan(sheet: ExcelJS.Worksheet, column: number, from: number, to: number): void {
    if (to < from) return;
    const letters = sheet.getColumn(column).letter;
    for (let row = from; row <= to; row++) {
      const cell = sheet.getCell(row, column);
      if (!this.isPainted(cell.address)) this.keepLook(cell);
    }
    this.spans.push({ letters, from, to });
  }

  /** Put the user's look back on every cell Tria painted, and take Tria's part out of every note. */
  clear(sheet: ExcelJS.Worksheet): void {
    const restore = (address: string): void => {
      const cell = sheet.getCell(address);
      const { fill: _fill, border: _border, ...kept } = cell.style;
      cell.style = { ...kept, ...this.before.get(address) };
    };
    for (const address of this.cells) restore(address);
    for (const { letters, from, to } of this.spans) for (let row = from; row <= to; row++) restore(`${letters}${row}`);
    this.before.clear();
    this.cells.clear();
    this.spans.length = 0;
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, stripTriaNote));
  }

  /** Columns were inserted: painted cells moved with them. */
  moveColumns(sheet: ExcelJS.Worksheet, shift: (column: number) => number): void {
    const moved = (letters: string): string => sheet.getColumn(shift(sheet.getColumn(letters).number)).letter;
    const move = (address: string): string => {
      const span = parseRange(address)!;
      return `${moved(span.letters)}${span.from}`;
    };
    const cells = [...this.cells].map(move);
    const before = [...this.before].map(([address, look]) => [move(address), look] as const);
    this.cells.clear();
    cells.forEach((address) => this.cells.add(address));
    this.before.clear();
    before.forEach(([address, look]) => this.before.set(address, look));
    for (const span of this.spans) span.letters = moved(span.letters);
  }

  toMetadata(): PaintedCells {
    const ranges = [...this.cells, ...this.spans.map(({ letters, from, to }) => `${letters}${from}:${letters}${to}`)];
    return { sheet: this.sheet, ranges, before: Object.fromEntries(this.before) };
  }

  private isPainted(address: string): boolean {
    if (this.cells.has(address)) return true;
    if (this.spans.length === 0) return false;
    const span = parseRange(address)!;
    return this.spans.some((s) => s.letters === span.letters && s.from <= span.from && span.from <= s.to);
  }

  private keepLook(cell: ExcelJS.Cell): void {
    const { fill, border } = cell.style;
    if (hasFill(fill) || hasBorder(border)) this.before.set(cell.address, { ...(hasFill(fill) ? { fill } : {}), ...(hasBorder(border) ? { border } : {}) });
  }
}

/** A note with Tria's lines added to what is there (the user's note and, in the same run, an earlier job's lines). */
export function addTriaNote(existing: string, lines: string): string {
  const [users = "", ...rest] = existing.split(NOTE_MARKER);
  const kept = rest
    .join(NOTE_MARKER)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const all = [...new Set([...kept, ...lines.split("\n")])];
  const own = users.trimEnd();
  return own === "" ? `${NOTE_MARKER}\n${all.join("\n")}` : `${own}\n${NOTE_MARKER}\n${all.join("\n")}`;
}

export function noteText(note: ExcelJS.Cell["note"]): string {
  if (note === undefined || note === null) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

function stripTriaNote(cell: ExcelJS.Cell): void {
  const text = noteText(cell.note);
  if (!text.includes(NOTE_MARKER)) return;
  const users = text.split(NOTE_MARKER)[0]!.trimEnd();
  if (users !== "") cell.note = users;
  else removeNote(cell);
}

/**
 * ExcelJS has no call that removes a note: the note lives in the cell's private comment and
 * is also copied into its value model, so both are rebuilt without it.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const { comment: _comment, ...model } = cell.model as ExcelJS.CellModel & { comment?: unknown };
  (cell as unknown as { _comment?: unknown })._comment = undefined;
  cell.model = model as ExcelJS.CellModel;
}

function hasFill(fill: ExcelJS.Fill | undefined): fill is ExcelJS.Fill {
  return fill !== undefined && !(fill.type === "pattern" && (fill.pattern === "none" || fill.pattern === undefined));
}

function hasBorder(border: Partial<ExcelJS.Borders> | undefined): border is Partial<ExcelJS.Borders> {
  return border !== undefined && Object.values(border).some((side) => side && typeof side === "object" && "style" in side && side.style);
}

function parseRange(range: string): { letters: string; from: number; to: number } | null {
  const match = /^([A-Z]+)(\d+)(?::[A-Z]+(\d+))?$/.exec(range);
  if (!match) return null;
  return { letters: match[1]!, from: Number(match[2]), to: Number(match[3] ?? match[2]) };
}
