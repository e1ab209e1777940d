import { distance } from "fastest-levenshtein";
import { cellText, isCellError, isEmptyCell } from "../../table/cellValue";
import type { Table } from "../../table/table";
import { dateOfCell } from "../dateOfCell";
import { Interner } from "../interner";
import { foldKey } from "../../text/fold";
import type { GenericKind } from "../model/fieldLevels";
import { jaroWinkler } from "./jaroWinkler";
import { lettersOf, mayReachJaroWinkler } from "./similarityBound";
import { dateLevel } from "./dateLevel";
import { tableColumn } from "../../table/tableColumns";

const DAY_MS = 86_400_000;
/** Share of a column's values that must read as digits (or dates) for it to be compared as such. */
const KIND_SHARE = 0.8;

interface GenericColumn {
  readonly kind: GenericKind;
  readonly values: Interner;
  /** Per row: the id of its folded value, -1 when empty. */
  readonly ids: Int32Array;
  /** Per value: letters a-z (text), days since 1970 (date). */
  readonly letters: Int32Array;
  readonly days: Float64Array;
  /** Per value: log2(rows / rows holding it), the term frequency of an exact agreement. */
  readonly rarity: Float64Array;
}

/**
 * Columns without a customer role (a state, a national id, a second address line), each
 * compared as it is: as text (same, Jaro-Winkler ≥ 0.95, ≥ 0.88), as digits (same, two
 * adjacent digits swapped, one digit apart) or as a date (same, day and month swapped, one
 * part differs). Which, the values say. Values are interned: each distinct one is folded once.
 */
export class GenericColumns {
  readonly columns: readonly GenericColumn[];
  /** Rarity of the last exact text agreement (term frequency), NaN otherwise. */
  rarityOfLast = Number.NaN;

  constructor(table: Table, indexes: readonly number[]) {
    const n = table.rows.length;
    this.columns = indexes.map((c) => {
      const values = new Interner();
      const ids = new Int32Array(n).fill(-1);
      const cells = tableColumn(table, c);
      for (let i = 0; i < n; i++) {
        const cell = cells.get(i);
        if (isEmptyCell(cell) || isCellError(cell)) continue;
        const text = foldKey(cellText(cell));
        if (text !== "") ids[i] = values.id(text);
      }
      const kind = kindOf(values);
      const days = new Float64Array(values.size).fill(Number.NaN);
      if (kind === "date") for (let v = 0; v < values.size; v++) days[v] = dayOf(values.text(v));
      const rarity = Float64Array.from({ length: values.size }, (_, v) => Math.log2(n / values.count(v)));
      return { kind, values, ids, letters: kind === "text" ? lettersOf(values) : new Int32Array(0), days, rarity };
    });
  }

  /** The level of rows i and j on generic column g (see genericLevels), -1 when either is empty. */
  level(g: number, i: number, j: number): number {
    const col = this.columns[g]!;
    const a = col.ids[i]!;
    const b = col.ids[j]!;
    this.rarityOfLast = Number.NaN;
    if (a < 0 || b < 0) return -1;
    if (a === b) {
      if (col.kind === "text") this.rarityOfLast = col.rarity[a]!;
      return 0;
    }
    const ta = col.values.text(a);
    const tb = col.values.text(b);
    if (col.kind === "date") return dateLevel(col.days[a]!, col.days[b]!);
    if (col.kind === "digits") {
      if (Math.abs(ta.length - tb.length) > 1) return 3;
      if (adjacentSwap(ta, tb)) return 1;
      return distance(ta, tb) <= 1 ? 2 : 3;
    }
    if (!mayReachJaroWinkler(col.letters[a]!, col.letters[b]!, ta.length, tb.length, 0.88)) return 3;
    const sim = jaroWinkler(ta, tb);
    return sim >= 0.95 ? 1 : sim >= 0.88 ? 2 : 3;
  }
}

function kindOf(values: Interner): GenericKind {
  let digits = 0;
  let dates = 0;
  let total = 0;
  for (let v = 0; v < values.size; v++) {
    const text = values.text(v);
    const count = values.count(v);
    total += count;
    if (/^\d+$/.test(text.replace(/ /g, ""))) digits += count;
    if (!Number.isNaN(dayOf(text))) dates += count;
  }
  if (total === 0) return "text";
  if (dates >= KIND_SHARE * total) return "date";
  return digits >= KIND_SHARE * total ? "digits" : "text";
}

/** A folded value as days since 1970 when it is a date written with separators or as yyyymmdd, else NaN. */
function dayOf(text: string): number {
  // foldKey turned "12/03/1980" into "12 03 1980": put the slashes back for the date reader.
  const time = /^\d{1,4} \d{1,2} \d{1,4}$/.test(text) ? dateOfCell(text.replace(/ /g, "/")) : /^\d{8}$/.test(text) ? dateOfCell(text) : -Infinity;
  return time > -Infinity ? Math.floor(time / DAY_MS) : Number.NaN;
}

/** Whether b is a with two adjacent characters swapped ("1804974" / "1809474"). */
export function adjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let k = 0;
  while (k < a.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  if (k >= a.length - 1) return false;
  return a.charCodeAt(k) === b.charCodeAt(k + 1) && a.charCodeAt(k + 1) === b.charCodeAt(k) && a.slice(k + 2) === b.slice(k + 2);
}

/** Two codes of one length that differ in one digit or by two adjacent digits swapped ("2119" / "2191"). */
export function oneDigitApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differ = 0;
  for (let k = 0; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) differ++;
  return differ === 1 || adjacentSwap(a, b);
}
