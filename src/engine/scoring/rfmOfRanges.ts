import type { CellValue } from "../table/cellValue";
import type { Table } from "../table/table";
import { customerRowMeasures } from "./customerRowMeasures";
import type { CustomerMeasure } from "./customerMeasure";
import type { SegmentKey } from "./data/segmentGrid";
import { scoreInSorted } from "./quantileScores";
import { rfmCode, rfmScores } from "./rfmScores";
import type { CustomersInput } from "./scoringInput";
import { segmentOf } from "./segments";

/**
 * RFM of worksheet ranges (the CRM.RFM and CRM.RFMTABLE custom functions): three columns
 * read exactly as the Score job reads a customer file (same parsers, same reference day,
 * same quintiles among complete rows), so a formula and the job always agree.
 */
const RANGE_INPUT: CustomersInput = {
  kind: "customers",
  lastDate: 0,
  lastDateIsDays: false,
  frequency: 1,
  monetary: 2,
  monetaryIs: "average",
  customer: null,
  category: null,
  channel: null,
};

function rangesTable(dates: readonly CellValue[], frequencies: readonly CellValue[], amounts: readonly CellValue[]): Table {
  const length = Math.max(dates.length, frequencies.length, amounts.length);
  const rows = Array.from({ length }, (_, i) => ({ rowNumber: i + 1, cells: [dates[i] ?? null, frequencies[i] ?? null, amounts[i] ?? null] }));
  return { sheet: "", headerRow: 0, headers: ["", "", ""], rows };
}

export interface RangeRfm {
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly code: string;
  readonly segment: SegmentKey;
}

/** R, F, M, code, segment for each row; null for a row missing a date, frequency or amount. */
export function rfmOfRanges(dates: readonly CellValue[], frequencies: readonly CellValue[], amounts: readonly CellValue[], classes = 5): (RangeRfm | null)[] {
  const measures = customerRowMeasures(rangesTable(dates, frequencies, amounts), RANGE_INPUT, undefined);
  return rfmScores(measures.customers, { classes }).map((s) => (s ? { r: s.r, f: s.f, m: s.m, code: s.code, segment: s.segment } : null));
}

interface Population {
  readonly referenceDay: number | null;
  readonly recency: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
}

const cache = new Map<string, Population>();
const CACHE_SIZE = 8;

/** The population of three ranges, sorted once and kept for the next calls over the same ranges. */
export function rangePopulation(dates: readonly CellValue[], frequencies: readonly CellValue[], amounts: readonly CellValue[]): Population {
  const key = contentKey(dates, frequencies, amounts);
  const hit = cache.get(key);
  if (hit) return hit;
  const measures = customerRowMeasures(rangesTable(dates, frequencies, amounts), RANGE_INPUT, undefined);
  const complete = measures.customers.filter((c) => c.recency !== null && c.frequency !== null && c.monetary !== null);
  const sorted = (pick: (c: CustomerMeasure) => number) => Float64Array.from(complete, pick).sort();
  const population: Population = {
    referenceDay: measures.referenceDay,
    recency: sorted((c) => c.recency!),
    frequency: sorted((c) => c.frequency!),
    monetary: sorted((c) => c.monetary!),
  };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, population);
  return population;
}

/** One customer's RFM code against the population of the ranges; null when a value is unreadable. */
export function rfmOfOne(lastDate: CellValue, frequency: CellValue, amount: CellValue, population: Population, classes = 5): RangeRfm | null {
  const own = customerRowMeasures(rangesTable([lastDate], [frequency], [amount]), RANGE_INPUT, undefined);
  const measure = own.customers[0]!;
  const reference = population.referenceDay ?? own.referenceDay;
  if (reference === null || own.referenceDay === null || measure.frequency === null || measure.monetary === null) return null;
  // Recency from the population's reference day: own.referenceDay is the customer's day + 1.
  const recency = reference - (own.referenceDay - 1);
  const r = scoreInSorted(recency, population.recency, classes, "lowerIsBetter");
  const f = scoreInSorted(measure.frequency, population.frequency, classes, "higherIsBetter");
  const m = scoreInSorted(measure.monetary, population.monetary, classes, "higherIsBetter");
  return { r, f, m, code: rfmCode(r, f, m, classes), segment: segmentOf(r, f, classes) };
}

/** A cheap fingerprint of the ranges' contents (FNV-1a over the cells' text and length). */
function contentKey(...ranges: (readonly CellValue[])[]): string {
  let hash = 0x811c9dc5;
  let second = 0;
  for (const range of ranges) {
    for (const cell of range) {
      const text = cell === null ? "" : cell instanceof Date ? String(cell.getTime()) : typeof cell === "object" ? cell.error : String(cell);
      for (let i = 0; i < text.length; i++) {
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
        second = (Math.imul(second, 31) + text.charCodeAt(i)) | 0;
      }
      hash = Math.imul(hash ^ 0x1f, 0x01000193);
    }
    hash = Math.imul(hash ^ 0x1e, 0x01000193);
  }
  return `${ranges.map((r) => r.length).join(",")}:${hash >>> 0}:${second >>> 0}`;
}
