import { SEGMENT_GRID, type SegmentKey } from "./data/segmentGrid";

/**
 * A score on a 1..k scale read on the 1..5 scale of the segment grid, by the middle of its
 * class: ceil((10·s − 5) / 2k). 1–3 → 1, 3, 5; 1–4 → 1, 2, 4, 5; 1–10 → 1, 1, 2, 2, …, 5, 5.
 */
export function toFivePoint(score: number, classes: number): number {
  if (classes === 5) return score;
  const numerator = 10 * score - 5;
  const denominator = 2 * classes;
  return Math.min(5, Math.max(1, Math.floor((numerator + denominator - 1) / denominator)));
}

/** The named segment of an R and an F score (each 1..classes). */
export function segmentOf(r: number, f: number, classes = 5): SegmentKey {
  const r5 = toFivePoint(r, classes);
  const f5 = toFivePoint(f, classes);
  return SEGMENT_GRID[r5 - 1]![f5 - 1]!;
}
