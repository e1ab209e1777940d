import type { CustomerMeasure } from "./customerMeasure";
import type { SegmentKey } from "./data/segmentGrid";
import { quantileScores, thresholdScore, type Direction } from "./quantileScores";
import { classCount, DEFAULT_GROUP_LIMITS, DEFAULT_WEIGHTS, type ScoreOptions } from "./scoreOptions";
import { segmentOf, toFivePoint } from "./segments";
import { valueGroups, type ValueGroup } from "./valueGroups";
import { potentialClass, type PotentialClass } from "./potentialClass";

export interface CustomerScore {
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly code: string;
  readonly score: number;
  readonly segment: SegmentKey;
  readonly group: ValueGroup;
  readonly potential: PotentialClass;
}

/**
 * R, F, M, code, score, segment, group for each customer; null for a customer missing any of
 * recency, frequency or monetary (classes are computed among complete customers only).
 */
export function rfmScores(customers: readonly CustomerMeasure[], options: ScoreOptions): (CustomerScore | null)[] {
  const n = customers.length;
  // The four dimensions of the complete customers, gathered in one pass (no array per pick).
  const recency = new Array<number | null>(n);
  const frequency = new Array<number | null>(n);
  const monetary = new Array<number | null>(n);
  const revenue = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    const complete = c.recency !== null && c.frequency !== null && c.monetary !== null;
    recency[i] = complete ? c.recency : null;
    frequency[i] = complete ? c.frequency : null;
    monetary[i] = complete ? c.monetary : null;
    revenue[i] = complete ? c.revenue : null;
  }
  const classes = classCount(options);
  const dimension = (values: (number | null)[], direction: Direction, thresholds?: readonly number[]) =>
    thresholds ? values.map((v) => (v === null ? null : thresholdScore(v, thresholds, direction))) : quantileScores(values, classes, direction);
  const t = options.thresholds;
  const rs = dimension(recency, "lowerIsBetter", t?.r);
  const fs = dimension(frequency, "higherIsBetter", t?.f);
  const ms = dimension(monetary, "higherIsBetter", t?.m);
  const groups = valueGroups(revenue, options.groupLimits ?? DEFAULT_GROUP_LIMITS);
  const w = options.weights ?? DEFAULT_WEIGHTS;
  // A score is all R, F, M and the group decide (at most classes³ × 4 of them): each made once
  // and shared by the customers who have it. One object per customer was 300,000 objects of
  // eight fields to make and collect on a million orders. Scores run 1..classes: base classes + 1.
  const base = classes + 1;
  const made = new Map<number, CustomerScore>();
  const scores = new Array<CustomerScore | null>(n);
  for (let i = 0; i < n; i++) {
    const r = rs[i];
    const f = fs[i];
    const m = ms[i];
    const group = groups[i];
    if (r == null || f == null || m == null || group == null) {
      scores[i] = null;
      continue;
    }
    const key = ((r * base + f) * base + m) * 4 + GROUP_INDEX[group];
    let score = made.get(key);
    if (score === undefined) {
      score = {
        r,
        f,
        m,
        code: rfmCode(r, f, m, classes),
        score: Math.round((w.r * r + w.f * f + w.m * m) * 100) / 100,
        segment: segmentOf(r, f, classes),
        group,
        potential: potentialClass(toFivePoint(r, classes), toFivePoint(f, classes), group),
      };
      made.set(key, score);
    }
    scores[i] = score;
  }
  return scores;
}

const GROUP_INDEX: Readonly<Record<ValueGroup, number>> = { A: 0, B: 1, C: 2, D: 3 };

/** "545"; with 10 classes a score may take two digits, so the parts are joined by "-" ("10-7-3"). */
export function rfmCode(r: number, f: number, m: number, classes: number): string {
  return classes >= 10 ? `${r}-${f}-${m}` : `${r}${f}${m}`;
}
