/** Rows of the preview drawn at once: a screenful and some, never the whole preview in one task. */
export const GRID_PAGE_ROWS = 25;

export interface GridWindow<T> {
  readonly rows: readonly T[];
  /** The page shown, within 0..pages-1 (a filter that left fewer rows moves it back). */
  readonly page: number;
  readonly pages: number;
  /** 1-based positions of the first and last row shown among `total`. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

/** One page of rows. */
export function gridWindow<T>(rows: readonly T[], page: number, size = GRID_PAGE_ROWS): GridWindow<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const start = shown * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, page: shown, pages, from: slice.length > 0 ? start + 1 : 0, to: start + slice.length, total: rows.length };
}

/** A column's width in px from its header (fixed table layout): between a date's and the cells' 220 px ellipsis. */
export function columnWidth(header: string): number {
  return Math.min(220, Math.max(72, 16 + 7 * header.length));
}
