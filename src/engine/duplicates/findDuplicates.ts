import { recordIdColumns } from "./recordIdColumns";
import type { DetectedColumn } from "../table/detectRoles";
import type { Table } from "../table/table";
import { candidatePairs, type BlockingStats } from "./candidatePairs";
import { RowComparer, type FieldEvidence } from "./compare/compareRows";
import { priorBits, scoreOfBits } from "./compare/priorOdds";
import { GenericColumns } from "./compare/genericColumns";
import { fitModel, type FittedModel } from "./model/fitModel";
import type { CustomerRecord } from "./customerRecord";
import { fieldColumns, MATCH_FIELDS, type FieldColumns, type MatchField } from "./duplicateFields";
import { Interner } from "./interner";
import { prepareRows, type PreparedRows } from "./preparedRows";
import { recordOf } from "./recordOf";
import { RowBlockingKeys } from "./rowBlockingKeys";
import { chooseSurvivor, type RowCompleteness } from "./survivor";
import { UnionFind } from "./unionFind";
import { ruleValue, type UserRule } from "./userRules";
import type { ProgressListener } from "../progress";

export type { FieldEvidence } from "./compare/compareRows";

export interface DuplicateOptions {
  /** Match score (0..1) from which two rows are one customer. */
  readonly threshold?: number;
  /** Fields compared; all that the table has when left out. */
  readonly fields?: readonly MatchField[];
  /** "Same values on these fields ⇒ duplicate", whatever the score. */
  readonly rules?: readonly UserRule[];
  readonly onProgress?: ProgressListener;
  /** Keep the candidate pairs in the result (accuracy harness: pairs completeness). */
  readonly keepCandidates?: boolean;
  /** Random pairs of rows u is learnt from (fitModel's default when left out): harnesses compare sizes. */
  readonly randomPairs?: number;
}

export const DEFAULT_THRESHOLD = 0.9;

/** How a duplicate row joined its cluster: the row it matched best and why. */
export interface DuplicateLink {
  /** Table row index of the duplicate. */
  readonly row: number;
  /** Table row index it matched best (the survivor when it matched it). */
  readonly partner: number;
  readonly score: number;
  readonly evidence: readonly FieldEvidence[];
  /** The user rule that made it a duplicate, if one did. */
  readonly rule: UserRule | null;
}

export interface DuplicateCluster {
  /** Table row indexes, in sheet order. */
  readonly members: readonly number[];
  readonly survivor: number;
  /** The weakest link's score: the cluster holds together at least this well. */
  readonly score: number;
  readonly matchedOn: readonly MatchField[];
  /** One per member other than the survivor. */
  readonly links: readonly DuplicateLink[];
}

export interface DuplicateResult {
  readonly clusters: readonly DuplicateCluster[];
  /** Each row as compared, built on first use (a million rows of objects cost memory). */
  readonly records: readonly CustomerRecord[];
  /** How complete and how recent each row is (survivor choice, merged rows). */
  readonly completeness: RowCompleteness;
  readonly columns: FieldColumns;
  readonly stats: BlockingStats & { readonly compared: number; readonly matched: number };
  /** The Fellegi-Sunter model learnt from the file: m, u and weights per field and level, the match prior. */
  readonly model: FittedModel;
  /** The pairs blocking kept, as i * rows + j (i < j), when asked for (keepCandidates). */
  readonly candidates?: Float64Array;
}

/**
 * Find the rows that are the same customer: normalise each row once (into ids of distinct
 * values), block on several keys, score the candidate pairs (Fellegi-Sunter), keep those over
 * the threshold or caught by a user rule, join them into clusters and pick each cluster's
 * survivor. Work grows with the number of candidate pairs, which blocking keeps near-linear
 * in the rows.
 */
export function findDuplicates(table: Table, detected: readonly DetectedColumn[], options: DuplicateOptions = {}): DuplicateResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const recordIds = recordIdColumns(table, detected);
  const columns = fieldColumns(recordIds.size === 0 ? detected : detected.filter((column) => !recordIds.has(column.index)));
  const fields = new Set<MatchField>(options.fields ?? MATCH_FIELDS);
  const rules = options.rules ?? [];
  const n = table.rows.length;
  const progress = options.onProgress;
  progress?.({ phase: "normalise", done: 0, total: n });
  const prepared = prepareRows(table, columns, (done) => progress?.({ phase: "normalise", done, total: n }));
  const ruleValues = rules.map((rule) => ruleValueIds(prepared, rule));
  progress?.({ phase: "normalise", done: n, total: n });
  progress?.({ phase: "block", done: 0, total: n });
  const generic = new GenericColumns(table, columns.generic);
  const keys = new RowBlockingKeys(prepared, fields, ruleValues, generic);
  const { pairs, stats } = candidatePairs(n, (i, emit, emitBroad) => keys.keysOf(i, emit, emitBroad));
  const comparer = new RowComparer(prepared, fields, generic);
  progress?.({ phase: "learn", done: 0, total: 1 });
  // The model is learnt from this file: u from random pairs, m and the prior by EM on the candidates.
  const model = fitModel(comparer.slots, n, pairs, (i, j, out) => comparer.levels(i, j, out), {
    lambda0: 2 ** -priorBits(n),
    ...(options.randomPairs === undefined ? {} : { maxRandomPairs: options.randomPairs }),
  });
  comparer.useModel(model);
  const prior = model.priorBits;
  const thresholdBits = prior + Math.log2(threshold / (1 - Math.min(threshold, 0.999999)));
  const union = new UnionFind(n);
  const best = new Float64Array(n).fill(-Infinity);
  const bestPartner = new Int32Array(n).fill(-1);
  const ruleHit = new Int16Array(n).fill(-1);
  let matched = 0;
  for (let p = 0; p < pairs.length; p++) {
    if (progress && p % 200_000 === 0) progress({ phase: "compare", done: p, total: pairs.length });
    const i = Math.floor(pairs[p]! / n);
    const j = pairs[p]! - i * n;
    const rule = ruleValues.length === 0 ? -1 : matchingRule(ruleValues, i, j);
    // Under the threshold a pair is dropped whatever its exact score: the comparer may stop early.
    let bits = comparer.score(i, j, rule >= 0 ? -Infinity : thresholdBits);
    if (bits < thresholdBits && rule < 0) continue;
    if (rule >= 0) bits = Math.max(bits, thresholdBits, 30);
    matched++;
    union.union(i, j);
    if (bits > best[i]!) {
      best[i] = bits;
      bestPartner[i] = j;
      ruleHit[i] = rule;
    }
    if (bits > best[j]!) {
      best[j] = bits;
      bestPartner[j] = i;
      ruleHit[j] = rule;
    }
  }
  progress?.({ phase: "compare", done: pairs.length, total: pairs.length });
  const completeness: RowCompleteness = { filled: prepared.filled, recency: prepared.recency };
  const clusters = buildClusters(n, union, comparer, completeness, best, bestPartner, ruleHit, rules, prior);
  let records: CustomerRecord[] | undefined;
  return {
    clusters,
    get records() {
      records ??= Array.from({ length: n }, (_, i) => recordOf(prepared, i));
      return records;
    },
    completeness,
    columns,
    model,
    stats: { ...stats, compared: pairs.length, matched },
    ...(options.keepCandidates ? { candidates: pairs } : {}),
  };
}

/** Each row's value for a user rule, as an id (-1 when one of the rule's fields is empty). */
function ruleValueIds(prepared: PreparedRows, rule: UserRule): Int32Array {
  const values = new Interner();
  const out = new Int32Array(prepared.rows).fill(-1);
  for (let i = 0; i < prepared.rows; i++) {
    const value = ruleValue(rule, recordOf(prepared, i));
    if (value !== null) out[i] = values.id(value, false);
  }
  return out;
}

/** The first user rule both rows satisfy with the same values, or -1. */
function matchingRule(ruleValues: readonly Int32Array[], i: number, j: number): number {
  for (let r = 0; r < ruleValues.length; r++) {
    const value = ruleValues[r]![i]!;
    if (value >= 0 && value === ruleValues[r]![j]) return r;
  }
  return -1;
}

function buildClusters(
  n: number,
  union: UnionFind,
  comparer: RowComparer,
  completeness: RowCompleteness,
  best: Float64Array,
  bestPartner: Int32Array,
  ruleHit: Int16Array,
  rules: readonly UserRule[],
  prior: number,
): DuplicateCluster[] {
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (bestPartner[i]! < 0) continue;
    const root = union.find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  const clusters: DuplicateCluster[] = [];
  for (const members of byRoot.values()) {
    const survivor = chooseSurvivor(members, completeness);
    const links: DuplicateLink[] = [];
    const matchedOn = new Set<MatchField>();
    let score = 1;
    for (const m of members) {
      if (m === survivor) continue;
      // Explain the match against the survivor when it holds on its own, else against the best partner.
      const direct: FieldEvidence[] = [];
      const directBits = comparer.score(m, survivor, -Infinity, direct);
      const useDirect = directBits >= best[m]! - 1e-9 || bestPartner[m] === survivor;
      const partner = useDirect ? survivor : bestPartner[m]!;
      const evidence = useDirect ? direct : [];
      if (!useDirect) comparer.score(m, partner, -Infinity, evidence);
      const bits = useDirect ? Math.max(directBits, ruleHit[m]! >= 0 && bestPartner[m] === survivor ? best[m]! : directBits) : best[m]!;
      const rule = ruleHit[m]! >= 0 && bestPartner[m] === partner ? rules[ruleHit[m]!]! : null;
      const linkScore = rule ? 1 : round3(scoreOfBits(bits, prior));
      for (const e of evidence) if (e.bits > 0) matchedOn.add(e.field);
      links.push({ row: m, partner, score: linkScore, evidence, rule });
      score = Math.min(score, linkScore);
    }
    clusters.push({ members: [...members].sort((a, b) => a - b), survivor, score, matchedOn: [...matchedOn], links });
  }
  return clusters.sort((a, b) => a.members[0]! - b.members[0]!);
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
