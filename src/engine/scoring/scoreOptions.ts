import type { ColumnRole } from "../table/columnRole";
import type { PointsGrid } from "./behaviourPoints";

/** User thresholds per dimension: k − 1 ascending limits give k classes (quantileScores.ts). */
export interface ScoreThresholds {
  /** Days since the last purchase, ascending: d ≤ t1 scores best. */
  readonly r: readonly number[];
  readonly f: readonly number[];
  readonly m: readonly number[];
}

export interface RfmWeights {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

export interface ScoreOptions {
  /** 3, 4, 5 (quintiles, default) or 10 classes; ignored when thresholds are given. */
  readonly classes?: number;
  readonly thresholds?: ScoreThresholds;
  /** RFM score = wr·R + wf·F + wm·M; default 1, 1, 1 (the plain sum). */
  readonly weights?: RfmWeights;
  /** Recency is counted from this day; default: the day after the last purchase in the file. */
  readonly referenceDate?: Date;
  /** Revenue shares closing groups A, B, C (Pareto); default 50 %, 80 %, 95 %. */
  readonly groupLimits?: readonly [number, number, number];
  /** Behavioural points grid; no grid, no behavioural columns. */
  readonly points?: PointsGrid;
  /**
   * An orders list gets one row per customer in the « Clients notés » sheet; true also copies
   * each customer's scores onto every one of its order rows (columns after the last one).
   */
  readonly onOrders?: boolean;
  /** Roles the user chose, by column index; they win over detection. */
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
}

export const DEFAULT_CLASSES = 5;
export const ALLOWED_CLASSES: readonly number[] = [3, 4, 5, 10];
export const DEFAULT_WEIGHTS: RfmWeights = { r: 1, f: 1, m: 1 };
export const DEFAULT_GROUP_LIMITS: readonly [number, number, number] = [0.5, 0.8, 0.95];

/** The number of classes the options ask for (thresholds win over `classes`). */
export function classCount(options: ScoreOptions): number {
  if (options.thresholds) return options.thresholds.r.length + 1;
  return options.classes ?? DEFAULT_CLASSES;
}

/** Why the options cannot be used, or null. Keys of scoringMessages.ts. */
export function optionsProblem(options: ScoreOptions): "badClasses" | "badThresholds" | "badWeights" | null {
  if (options.thresholds) {
    const { r, f, m } = options.thresholds;
    const ascending = (list: readonly number[]) => list.every((v, i) => Number.isFinite(v) && (i === 0 || v > list[i - 1]!));
    if (r.length < 1 || r.length !== f.length || r.length !== m.length || ![r, f, m].every(ascending)) return "badThresholds";
  } else if (options.classes !== undefined && !ALLOWED_CLASSES.includes(options.classes)) return "badClasses";
  const w = options.weights;
  if (w && ![w.r, w.f, w.m].every((v) => Number.isFinite(v) && v >= 0)) return "badWeights";
  return null;
}
