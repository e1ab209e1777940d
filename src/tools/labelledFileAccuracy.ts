/**
 * Precision, recall, F1 and pairs completeness of the duplicate finder on public labelled CSV
 * files (a column names the true entity), read as the CLI reads them: headers as they come.
 *   node --import tsx src/tools/labelledFileAccuracy.ts tests/data/febrl/dataset3.csv
 *   node --import tsx src/tools/labelledFileAccuracy.ts tests/data/febrl/dataset4a.csv+tests/data/febrl/dataset4b.csv
 * Files joined by "+" are one file (the second's header line dropped). The entity column is
 * taken out before the finder sees the table: it would give the answer away.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { readCsv } from "../hosts/workbook/readCsv";
import type { CellValue } from "../engine/table/cellValue";
import { detectRoles } from "../engine/table/detectRoles";
import { normalizeHeader } from "../engine/table/normalizeHeader";
import { tableFromSheet } from "../engine/table/tableFromSheet";
import { findDuplicates, type DuplicateOptions } from "../engine/duplicates/findDuplicates";
import { pairAccuracy, pairsOf, type PairAccuracy } from "./duplicateAccuracy";

export interface FileAccuracy extends PairAccuracy {
  readonly rows: number;
  /** Share of the true pairs that blocking kept as candidates. */
  readonly pairsCompleteness: number;
  readonly candidatePairs: number;
  readonly ms: number;
}

/** "rec-552-dup-3" and "rec-552-org" are entity "552" (Febrl's naming); any other label as it is. */
export function entityOf(label: string): string {
  const febrl = /^\s*rec-(\d+)-(?:org|dup-\d+)\s*$/.exec(label);
  return febrl ? febrl[1]! : label.trim();
}

/** Rows of one or more CSV files as one sheet: the first file's header, every file's data rows. */
export function readLabelledRows(paths: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [];
  paths.forEach((path, k) => {
    const sheet = readCsv(new Uint8Array(readFileSync(path)), basename(path)).sheet;
    for (const row of k === 0 ? sheet.rows : sheet.rows.slice(1)) rows.push([...row]);
  });
  return rows;
}

/** Score the finder on labelled rows (header first); `entityColumn` is found by its normalised header. */
export function measureLabelledRows(rows: readonly (readonly CellValue[])[], entityColumn = "rec id", options: DuplicateOptions = {}): FileAccuracy {
  const header = rows[0] ?? [];
  const entityAt = header.findIndex((cell) => normalizeHeader(String(cell ?? "")) === entityColumn);
  if (entityAt < 0) throw new Error(`no entity column "${entityColumn}"`);
  const labels = rows.slice(1).map((row) => entityOf(String(row[entityAt] ?? "")));
  const sheetRows = rows.map((row) => row.filter((_, c) => c !== entityAt));
  const table = tableFromSheet({ name: "labelled", rows: sheetRows.map((row) => [...row]) }, { headerRow: 1 });
  const started = performance.now();
  const result = findDuplicates(table, detectRoles(table), { ...options, keepCandidates: true });
  const ms = performance.now() - started;
  const byEntity = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = byEntity.get(label);
    if (list) list.push(i);
    else byEntity.set(label, [i]);
  });
  const truth = pairsOf(byEntity.values());
  const n = table.rows.length;
  let kept = 0;
  for (const pair of result.candidates ?? []) {
    const i = Math.floor(pair / n);
    if (truth.has(`${i}:${pair - i * n}`)) kept++;
  }
  const accuracy = pairAccuracy(truth, pairsOf(result.clusters.map((c) => c.members)));
  return {
    ...accuracy,
    rows: n,
    pairsCompleteness: truth.size === 0 ? 1 : kept / truth.size,
    candidatePairs: result.candidates?.length ?? 0,
    ms: Math.round(ms),
  };
}

export function formatFileAccuracy(name: string, a: FileAccuracy): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return `${name.padEnd(28)} ${String(a.rows).padStart(6)}  ${String(a.truePairs).padStart(6)}  ${String(a.foundPairs).padStart(6)}  ${pct(a.precision).padStart(8)}  ${pct(a.recall).padStart(8)}  ${pct(a.f1).padStart(8)}  ${pct(a.pairsCompleteness).padStart(8)}  ${String(a.candidatePairs).padStart(9)}  ${String(a.ms).padStart(6)}`;
}

export const FILE_ACCURACY_HEADER = `${"file".padEnd(28)} ${"rows".padStart(6)}  ${"true".padStart(6)}  ${"found".padStart(6)}  ${"precis.".padStart(8)}  ${"recall".padStart(8)}  ${"F1".padStart(8)}  ${"pairs c.".padStart(8)}  ${"candidates".padStart(9)}  ${"ms".padStart(6)}`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  console.log(FILE_ACCURACY_HEADER);
  for (const spec of files) {
    const paths = spec.split("+");
    console.log(formatFileAccuracy(paths.map((p) => basename(p, ".csv")).join("+"), measureLabelledRows(readLabelledRows(paths))));
  }
}
