import { isCellError, isEmptyCell, type CellValue } from "./cellValue";
import { roleFromHeader } from "./headerRole";
import { parseDate } from "./parseDate";
import { parseNumber } from "./parseNumber";
import { addressKind, isEmailLike, phoneKind } from "./sniff/cellPatterns";
import type { RawSheet } from "./table";

export interface HeaderRowGuess {
  /** 1-based sheet row of the header, or null when row 1 is already data (no header at all). */
  readonly headerRow: number | null;
  /** 0..1: how sure we are of that answer (of the row, or that there is none). */
  readonly confidence: number;
}

/** Headers sit near the top: a title, a logo block and a few blank rows at most. */
const SCAN_ROWS = 20;
/** Data rows looked at below each candidate. */
const LOOK_AHEAD = 10;
/** Below this score no row reads as a header: the sheet starts with data. */
const MIN_SCORE = 0.3;
/** Early rows win ties: the header is the *first* row that looks like one. */
const ROW_PENALTY = 0.01;

interface RowFacts {
  readonly row: number;
  readonly filled: number;
  readonly labels: readonly boolean[];
  readonly labelCount: number;
  readonly synonymHits: number;
}

/**
 * Find the header row: within the first 20 rows, the row whose cells are mostly short texts
 * (labels, not e-mails, numbers or dates), that name known columns ("CP", "Tél.", "Dernier
 * achat"), that span the width of the data below, and under which the cells turn into data.
 * A one-cell row over a wider table is a title ("Fichier clients — export du 15/11/2026") and
 * never the header. When even the best row reads as data, there is no header: null.
 */
export function detectHeaderRow(sheet: RawSheet): HeaderRowGuess {
  const scanned = Math.min(sheet.rows.length, SCAN_ROWS + LOOK_AHEAD * 3);
  // Array.from, not map: a host may hand over a sparse array, and map skips holes.
  const facts = Array.from({ length: scanned }, (_, i) => rowFacts(sheet.rows[i] ?? [], i + 1));
  let best: { row: number; score: number } | null = null;
  for (const candidate of facts.slice(0, SCAN_ROWS)) {
    if (candidate.filled === 0) continue;
    const below = facts
      .slice(candidate.row)
      .filter((f) => f.filled > 0)
      .slice(0, LOOK_AHEAD);
    const score = headerScore(candidate, below, sheet) - ROW_PENALTY * (candidate.row - 1);
    if (!best || score > best.score) best = { row: candidate.row, score };
  }
  if (!best) return { headerRow: null, confidence: 0 };
  if (best.score < MIN_SCORE) return { headerRow: null, confidence: round3(clamp(1 - best.score)) };
  return { headerRow: best.row, confidence: round3(clamp(best.score + 0.15)) };
}

function headerScore(candidate: RowFacts, below: readonly RowFacts[], sheet: RawSheet): number {
  const widestBelow = Math.max(0, ...below.map((f) => f.filled));
  // A lone cell over a wider table is a title, not a header.
  if (candidate.filled === 1 && widestBelow >= 2) return 0;
  const labelShare = candidate.labelCount / candidate.filled;
  const synonymShare = candidate.synonymHits / candidate.filled;
  const widthShare = widestBelow === 0 ? 1 : Math.min(1, candidate.filled / widestBelow);
  const contrast = dataContrast(candidate, below, sheet);
  // A header is mostly labels: the share multiplies everything else.
  return labelShare * (0.45 * synonymShare + 0.25 * widthShare + 0.2 * contrast + 0.1);
}

/** Under the candidate's labels, the share of cells that are data (numbers, dates, e-mails…), not labels. */
function dataContrast(candidate: RowFacts, below: readonly RowFacts[], sheet: RawSheet): number {
  let cells = 0;
  let data = 0;
  for (const f of below) {
    const row = sheet.rows[f.row - 1] ?? [];
    candidate.labels.forEach((isLabel, column) => {
      if (!isLabel || isEmptyCell(row[column])) return;
      cells++;
      if (!f.labels[column]) data++;
    });
  }
  return cells === 0 ? 0 : data / cells;
}

function rowFacts(cells: readonly CellValue[], row: number): RowFacts {
  const labels: boolean[] = [];
  let filled = 0;
  let labelCount = 0;
  let synonymHits = 0;
  for (let c = 0; c < cells.length; c++) {
    const value = cells[c] ?? null;
    const label = isLabel(value);
    labels.push(label);
    if (isEmptyCell(value)) continue;
    filled++;
    if (!label) continue;
    labelCount++;
    if (namesAColumn(value as string)) synonymHits++;
  }
  return { row, filled, labels, labelCount, synonymHits };
}

/** Short text that is not itself data: what a column title looks like. */
function isLabel(value: CellValue): boolean {
  if (typeof value !== "string" || isCellError(value)) return false;
  const text = value.trim();
  if (text === "" || text.length > 60 || !/\p{L}/u.test(text) || text.split(/\s+/).length > 8) return false;
  return !isEmailLike(text) && phoneKind(text) === null && parseDate(text) === null && parseNumber(text) === null && addressKind(text) === null;
}

function namesAColumn(text: string): boolean {
  return text.split(/\s+/).length <= 6 && roleFromHeader(text).confidence >= 0.6;
}

function clamp(n: number): number {
  return Math.max(0, Math.min(1, n));
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
