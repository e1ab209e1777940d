/**
 * The slow readings of phone cells (a foreign number through libphonenumber, a cell split
 * into labels and several numbers) kept for the length of one Structure job: its phone
 * processor reads every cell, then the duplicate finder reads the cells its French fast path
 * cannot answer again, the same ones (issue 11: ~9 % of the bench's phones, each parsed twice).
 * Cheap readings are never kept: a French number costs less to read than to look up.
 *
 * The job is synchronous (structurePlan), so "the job running now" is well defined; outside
 * a job nothing is kept, and nothing outlives it. The readings are phoneNumber's PhoneCell,
 * not named here: this module is imported by phoneNumber.ts (no import cycle).
 */
let current: Map<string, object> | null = null;

/** At most this many cells kept (about 30 MB): past it, later cells are read twice as before. */
const LIMIT = 200_000;

/** Runs `job` with readings shared between its readers of the same cells; dropped after it. */
export function sharingPhoneReadings<T>(job: () => T): T {
  const outer = current;
  current = new Map();
  try {
    return job();
  } finally {
    current = outer;
  }
}

/** The kept reading of `text` in `country`, or undefined (no job, or not kept). */
export function sharedPhoneReading<Cell extends object>(country: string, text: string): Cell | undefined {
  return current === null ? undefined : (current.get(`${country}\u0000${text}`) as Cell | undefined);
}

/** Keeps a slow reading for the job's other readers. */
export function keepPhoneReading(country: string, text: string, cell: object): void {
  if (current !== null && current.size < LIMIT) current.set(`${country}\u0000${text}`, cell);
}
