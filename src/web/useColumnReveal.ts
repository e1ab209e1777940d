import { useReveal } from "../ui/useReveal";

/** A page of up to this many cells is drawn in one go (the demo's 25 × 25: about 40 ms of layout here). */
const AT_ONCE_CELLS = 800;
/** Cells drawn per frame past that: 25 rows × 8 columns, each batch laid out and painted in ~30 ms here. */
const CELLS_PER_FRAME = 200;

/**
 * How many of a page's columns to draw now: the 50,000-row Structure's 25 × 46 page laid out in
 * one frame was a task of 110-280 ms on this 2-core machine (133 ms of CPU), most of it cells
 * off screen to the right. Its first columns come first, the others a batch a frame.
 */
export function useColumnReveal(columns: number, rows: number, reset: unknown): number {
  const step = Math.max(4, Math.floor(CELLS_PER_FRAME / Math.max(1, rows)));
  return useReveal(columns, columns * rows <= AT_ONCE_CELLS ? columns : step, step, reset);
}
