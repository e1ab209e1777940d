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
  const complete = customers.map((c) => c.recency !== null && c.frequency !== null && c.monetary !== null);
  const classes = classCount(options);
  const only = (pick: (c: CustomerMeasure) => number | null) => customers.map((c, i) => (complete[i] ? pick(c) : null));
  const dimension = (pick: (c: CustomerMeasure) => number | null, direction: Direction, thresholds?: readonly number[]) => {
    const values = only(pick);
    return thresholds ? values.map((v) => (v === null ? null : thresholdScore(v, thresholds, direction))) : quantileScores(values, classes, direction);
  };
  const t = options.thresholds;
  const rs = dimension((c) => c.recency, "lowerIsBetter", t?.r);
  const fs = dimension((c) => c.frequency, "higherIsBetter", t?.f);
  const ms = dimension((c) => c.monetary, "higherIsBetter", t?.m);
  const groups = valueGroups(
    only((c) => c.revenue),
    options.groupLimits ?? DEFAULT_GROUP_LIMITS,
  );
  const w = options.weights ?? DEFAULT_WEIGHTS;
  // At most 10³ codes: each text made once, not once per customer.
  const codes = new Map<number, string>();
  const scores = new Array<CustomerScore | null>(customers.length);
  for (let i = 0; i < customers.length; i++) {
    const r = rs[i];
    const f = fs[i];
    const m = ms[i];
    const group = groups[i];
    if (r == null || f == null || m == null || group == null) {
      scores[i] = null;
      continue;
    }
    const codeKey = (r * 100 + f) * 100 + m;
    let code = codes.get(codeKey);
    if (code === undefined) codes.set(codeKey, (code = rfmCode(r, f, m, classes)));
    scores[i] = {
      r,
      f,
      m,
      code,
      score: Math.round((w.r * r + w.f * f + w.m * m) * 100) / 100,
      segment: segmentOf(r, f, classes),
      group,
      potential: potentialClass(toFivePoint(r, classes), toFivePoint(f, classes), group),
    };
  }
  return scores;
}

/** "545"; with 10 classes a score may take two digits, so the parts are joined by "-" ("10-7-3"). */
export function rfmCode(r: number, f: number, m: number, classes: number): string {
  return classes >= 10 ? `${r}-${f}-${m}` : `${r}${f}${m}`;
}
