import type { Plan } from "../../engine/plan";
import type { Placement } from "../columnPlacement";
import { withoutTriaNote, NOTE_MARKER } from "../triaNote";
import { cellAddress, chunkAddresses, columnLetters, columnRunAddress } from "./a1";
import { columnFlagLooks, columnFlagNotes } from "./columnFlags";
import type { SheetLooks } from "./excelMetadata";
import { flaggedCells, notedCells } from "./flaggedCells";
import { syncInBlocks } from "./payload";
import type { CellBlock } from "./runSnapshot";
import type { WriteContext } from "./writePlan";

/**
 * What Tria drew on a sheet (kept in the "_tria" metadata, as the xlsx host's triaLook.ts
 * does), so a rerun takes it off before drawing again: a cell the user fixed since loses last
 * run's fill, border and note, and gets back the fill and borders it had before Tria painted
 * it (issue 9). All by RangeAreas and queued calls, one sync per block, never one per cell.
 */

/** A run of rows in one column, 1-based. */
export interface Span {
  readonly column: number;
  readonly first: number;
  readonly last: number;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "C5" or "C5:C90" → a span; anything else (a damaged record) → null. */
export function parseSpan(address: string): Span | null {
  const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(address);
  if (!match || (match[3] !== undefined && match[3] !== match[1])) return null;
  const first = Number(match[2]);
  const last = Number(match[4] ?? match[2]);
  return last >= first ? { column: columnNumber(match[1]!), first, last } : null;
}

const inSpans = (spans: readonly Span[], row: number, column: number) => spans.some((s) => s.column === column && s.first <= row && row <= s.last);

/** The earlier run's record for this sheet, in coordinates before this run (the metadata's). */
export function earlierLooks(looks: readonly SheetLooks[] | undefined, sheet: string): SheetLooks | null {
  return looks?.find((l) => l.sheet === sheet) ?? null;
}

export function spansOf(addresses: readonly string[]): Span[] {
  return addresses.map(parseSpan).filter((s): s is Span => s !== null);
}

/** Cells this run paints (column flags and flagged cells), final coordinates. */
function paintedNow(plan: Plan, placement: Placement): Span[] {
  const spans: Span[] = [];
  for (const { addresses } of columnFlagLooks(plan, placement)) spans.push(...spansOf(addresses));
  for (const cell of flaggedCells(plan.flags, placement)) spans.push({ column: cell.column, first: cell.row, last: cell.row });
  return spans;
}

function notedNow(plan: Plan, placement: Placement): string[] {
  return notedCells(flaggedCells(plan.flags, placement), columnFlagNotes(plan, placement)).map((c) => cellAddress(c.row, c.column));
}

/** Whether a cell's properties (getCellProperties) show a fill or a border of the user's. */
function hasLook(p: Excel.SettableCellProperties | undefined): boolean {
  const fill = p?.format?.fill;
  const borders = Object.values(p?.format?.borders ?? {}) as { style?: string }[];
  return (fill?.pattern !== undefined && fill.pattern !== "None") || borders.some((b) => b?.style !== undefined && b.style !== "None");
}

/** Fill and borders only: bold and the rest are not Tria's to restore. */
function lookOnly(p: Excel.SettableCellProperties): Excel.SettableCellProperties {
  return { format: { fill: p.format?.fill, borders: p.format?.borders } } as Excel.SettableCellProperties;
}

/**
 * Take the earlier run's looks off: fill cleared and borders removed on every cell it painted,
 * then the user's own fill and borders put back, then Tria's part taken out of the notes of the
 * cells this run does not note again. Call after columns are inserted, before writeFormats.
 */
export async function clearStaleLooks(w: WriteContext, earlier: SheetLooks | null): Promise<void> {
  if (!earlier) return;
  const shift = w.pre.placement.shift;
  const painted = spansOf(earlier.painted).map((s) => columnRunAddress(shift(s.column), s.first, s.last));
  const areas = chunkAddresses(painted);
  const restores = earlier.before.map((b) => ({ span: parseSpan(b.address), properties: b.properties })).filter((b) => b.span !== null);
  const notedAgain = new Set(notedNow(w.plan, w.pre.placement));
  const noteBefore = new Map(w.notesBefore.map((n) => [n.address, n.content]));
  const staleNotes = earlier.noted
    .map(parseSpan)
    .filter((s): s is Span => s !== null)
    .map((s) => ({ before: cellAddress(s.first, s.column), after: cellAddress(s.first, shift(s.column)) }))
    .filter((n) => !notedAgain.has(n.after) && (noteBefore.get(n.before) ?? "").includes(NOTE_MARKER));
  const total = areas.length + restores.length + staleNotes.length;
  await syncInBlocks(
    w.sync,
    total,
    (i) => (i < areas.length ? areas[i]!.length + 400 : 300),
    w.maxBytes,
    (start, count) => {
      for (let i = start; i < start + count; i++) {
        if (i < areas.length) {
          const range = w.pre.sheet.getRanges(areas[i]!);
          range.format.fill.clear();
          for (const edge of EDGES) range.format.borders.getItem(edge).style = "None";
        } else if (i < areas.length + restores.length) {
          const { span, properties } = restores[i - areas.length]!;
          w.pre.sheet.getRange(cellAddress(span!.first, shift(span!.column))).setCellProperties([[properties]]);
        } else {
          const note = staleNotes[i - areas.length - restores.length]!;
          const users = withoutTriaNote(noteBefore.get(note.before) ?? "");
          if (users === "") w.notes.queueDelete(note.after);
          else w.notes.queueWrite(note.after, users, true);
        }
      }
    },
  );
}

/**
 * This run's record for the metadata, final coordinates: the cells it painted and noted, and
 * the user's look of each painted cell that had one (taken from the earlier record when the
 * earlier run had painted it too, since what the cell shows now is Tria's).
 */
export function looksAfter(w: WriteContext, earlier: SheetLooks | null): SheetLooks {
  const shift = w.pre.placement.shift;
  const now = paintedNow(w.plan, w.pre.placement);
  const earlierSpans = earlier ? spansOf(earlier.painted) : [];
  const before = new Map<string, Excel.SettableCellProperties>();
  for (const b of earlier?.before ?? []) {
    const span = parseSpan(b.address);
    if (span && inSpans(now, span.first, shift(span.column))) before.set(cellAddress(span.first, shift(span.column)), b.properties);
  }
  for (const block of w.cellsBefore.filter((b: CellBlock) => b.sheet === undefined)) {
    block.properties.forEach((row, r) => {
      const cell = row[0];
      const rowNumber = block.row + r;
      if (!cell || !hasLook(cell) || inSpans(earlierSpans, rowNumber, block.column)) return;
      if (inSpans(now, rowNumber, shift(block.column))) before.set(cellAddress(rowNumber, shift(block.column)), lookOnly(cell));
    });
  }
  const painted = now.map((s) => `${columnLetters(s.column)}${s.first}${s.last === s.first ? "" : `:${columnLetters(s.column)}${s.last}`}`);
  return {
    sheet: w.plan.sheet,
    painted,
    noted: notedNow(w.plan, w.pre.placement),
    before: [...before].map(([address, properties]) => ({ address, properties })),
  };
}

/** Columns and rows (before this run) the earlier run painted, for the undo snapshot. */
export function earlierTouched(earlier: SheetLooks | null): { spans: Span[]; noted: string[] } {
  if (!earlier) return { spans: [], noted: [] };
  return { spans: spansOf(earlier.painted), noted: spansOf(earlier.noted).map((s) => cellAddress(s.first, s.column)) };
}
