/**
 * Excel on the web rejects a request over 5 MB ("Resource limits and performance optimization
 * for Office Add-ins"). We aim at 4 MB to leave room for the request envelope (object paths,
 * method names) that our estimate does not count exactly.
 */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** Bytes a value costs in the JSON of a request: its text plus a separator and quotes. */
export function estimateBytes(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === "string") return value.length * 2 + 3; // UTF-8 of accented text, escapes
  if (typeof value === "number") return 20;
  if (typeof value === "boolean") return 6;
  return JSON.stringify(value).length + 1;
}

/**
 * Cut rows [0, rowCount) into consecutive blocks whose estimated bytes stay under maxBytes.
 * A single row heavier than maxBytes still gets a block of its own (Excel then tells us, and
 * the caller halves nothing further: one row cannot be split).
 */
export function blocksByBytes(rowCount: number, bytesOfRow: (row: number) => number, maxBytes: number): { start: number; count: number }[] {
  const blocks: { start: number; count: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let row = 0; row < rowCount; row++) {
    const cost = bytesOfRow(row);
    if (row > start && bytes + cost > maxBytes) {
      blocks.push({ start, count: row - start });
      start = row;
      bytes = 0;
    }
    bytes += cost;
  }
  if (rowCount > start) blocks.push({ start, count: rowCount - start });
  return blocks;
}

/** RichApi.Error codes Excel uses when a request or its answer is too big. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "PayloadTooLarge";
}

/** How many rows from start fit under maxBytes (at least one). */
export function nextBlockSize(start: number, total: number, bytesOfRow: (row: number) => number, maxBytes: number): number {
  let bytes = 0;
  let row = start;
  while (row < total) {
    const cost = bytesOfRow(row);
    if (row > start && bytes + cost > maxBytes) break;
    bytes += cost;
    row++;
  }
  return row - start;
}

/**
 * Queue and sync rows [0, total) block by block, each block under maxBytes. When Excel still
 * answers "payload too large" (our estimate was low: long texts, a busy server), the rejected
 * request changed nothing, so the block is halved and tried again. Syncs grow with
 * rows ÷ block size, never with rows.
 */
export async function syncInBlocks(
  sync: () => Promise<void>,
  total: number,
  bytesOfRow: (row: number) => number,
  maxBytes: number,
  queue: (start: number, count: number) => void,
  onBlock?: (done: number) => void,
): Promise<void> {
  let limit = maxBytes;
  for (let start = 0; start < total;) {
    const count = nextBlockSize(start, total, bytesOfRow, limit);
    queue(start, count);
    try {
      // One sync per block is the point: syncs grow with rows ÷ block.
      await sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      limit = Math.max(1, Math.floor(bytesSum(start, count, bytesOfRow) / 2));
      continue;
    }
    start += count;
    onBlock?.(start);
  }
}

function bytesSum(start: number, count: number, bytesOfRow: (row: number) => number): number {
  let sum = 0;
  for (let row = start; row < start + count; row++) sum += bytesOfRow(row);
  return sum;
}
