import type { DetectedColumn } from "../table/detectRoles";
import type { Table } from "../table/table";
import { candidatePairs, MAX_BLOCK, MAX_BROAD_BLOCK, type BlockingStats } from "./candidatePairs";
import { blockingKeys } from "./blockingKeys";
import { compareCustomers, type FieldEvidence } from "./compare/compareCustomers";
import { priorBits, scoreOfBits } from "./compare/fieldWeights";
import { customerRecord, type CustomerRecord } from "./customerRecord";
import { fieldColumns, MATCH_FIELDS, type FieldColumns, type MatchField } from "./duplicateFields";
import { chooseSurvivor } from "./survivor";
import { UnionFind } from "./unionFind";
import { ruleValue, type UserRule } from "./userRules";
import { ValueFrequencies } from "./valueFrequencies";

export interface DuplicateOptions {
  /** Match score (0..1) from which two rows are one customer. */
  readonly threshold?: number;
  /** Fields compared; all that the table has when left out. */
  readonly fields?: readonly MatchField[];
  /** "Same values on these fields ⇒ duplicate", whatever the score. */
  readonly rules?: readonly UserRule[];
  readonly onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

export const DEFAULT_THRESHOLD = 0.8;

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
  readonly records: readonly CustomerRecord[];
  readonly columns: FieldColumns;
  readonly stats: BlockingStats & { readonly compared: number; readonly matched: number };
}

/**
 * Find the rows that are the same customer: normalise each row once, block on several keys,
 * score the candidate pairs (Fellegi-Sunter), keep those over the threshold or caught by a
 * user rule, join them into clusters and pick each cluster's survivor. Work grows with the
 * number of candidate pairs, which blocking keeps near-linear in the rows.
 */
export function findDuplicates(table: Table, detected: readonly DetectedColumn[], options: DuplicateOptions = {}): DuplicateResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const columns = fieldColumns(detected);
  const fields = new Set<MatchField>(options.fields ?? MATCH_FIELDS);
  const rules = options.rules ?? [];
  const n = table.rows.length;
  const progress = options.onProgress;
  const records: CustomerRecord[] = new Array<CustomerRecord>(n);
  for (let i = 0; i < n; i++) {
    records[i] = customerRecord(table.rows[i]!, columns);
    if (progress && i % 50_000 === 0) progress({ phase: "normalise", done: i, total: n });
  }
  progress?.({ phase: "normalise", done: n, total: n });
  const freq = new ValueFrequencies(n, records);
  progress?.({ phase: "block", done: 0, total: n });
  const ignore = () => {};
  const { pairs, stats } = candidatePairs(n, [
    { maxBlock: MAX_BLOCK, keysOf: (i, emit) => blockingKeys(records[i]!, fields, rules, emit, ignore) },
    { maxBlock: MAX_BROAD_BLOCK, keysOf: (i, emit) => blockingKeys(records[i]!, fields, rules, ignore, emit) },
  ]);
  const prior = priorBits(n);
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
    const a = records[i]!;
    const b = records[j]!;
    let bits = compareCustomers(a, b, freq, fields);
    const rule = rules.length === 0 ? -1 : matchingRule(rules, a, b);
    if (bits < thresholdBits && rule < 0) continue;
    if (rule >= 0) bits = Math.max(bits, thresholdBits, 30);
    matched++;
    union.union(i, j);
    for (const [x, y] of [[i, j], [j, i]] as const) {
      if (bits > best[x]!) {
        best[x] = bits;
        bestPartner[x] = y;
        ruleHit[x] = rule;
      }
    }
  }
  progress?.({ phase: "compare", done: pairs.length, total: pairs.length });
  const clusters = buildClusters(n, union, records, freq, fields, best, bestPartner, ruleHit, rules, prior);
  return { clusters, records, columns, stats: { ...stats, compared: pairs.length, matched } };
}

/** The first user rule both rows satisfy with the same values, or -1. */
function matchingRule(rules: readonly UserRule[], a: CustomerRecord, b: CustomerRecord): number {
  for (let r = 0; r < rules.length; r++) {
    const value = ruleValue(rules[r]!, a);
    if (value !== null && value === ruleValue(rules[r]!, b)) return r;
  }
  return -1;
}

function buildClusters(
  n: number,
  union: UnionFind,
  records: readonly CustomerRecord[],
  freq: ValueFrequencies,
  fields: ReadonlySet<MatchField>,
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
    const survivor = chooseSurvivor(members, records);
    const links: DuplicateLink[] = [];
    const matchedOn = new Set<MatchField>();
    let score = 1;
    for (const m of members) {
      if (m === survivor) continue;
      // Explain the match against the survivor when it holds on its own, else against the best partner.
      const direct: FieldEvidence[] = [];
      const directBits = compareCustomers(records[m]!, records[survivor]!, freq, fields, direct);
      const useDirect = directBits >= best[m]! - 1e-9 || bestPartner[m] === survivor;
      const partner = useDirect ? survivor : bestPartner[m]!;
      const evidence = useDirect ? direct : [];
      if (!useDirect) compareCustomers(records[m]!, records[partner]!, freq, fields, evidence);
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
