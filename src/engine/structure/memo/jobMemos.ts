import { BoundedMemo, DEFAULT_MEMO_LIMIT } from "./boundedMemo";

/**
 * The memos of one Structure job, by name: processors that call the same parser share its
 * results (the name column's split serves the address processor's RNVP line 1 too). Created
 * by structureTable for each run and dropped with it, so nothing outlives the job.
 */
export class JobMemos {
  private readonly memos = new Map<string, BoundedMemo<unknown>>();

  constructor(private readonly limit: number = DEFAULT_MEMO_LIMIT) {}

  /** The memo called `name` ("splitPersonName"); the caller fixes the result type. */
  memo<V>(name: string): BoundedMemo<V> {
    let memo = this.memos.get(name);
    if (!memo) {
      memo = new BoundedMemo<unknown>(this.limit);
      this.memos.set(name, memo);
    }
    return memo as BoundedMemo<V>;
  }
}

/** The job's memo called `name`, or a fresh one when the processor runs outside a job. */
export function memoFor<V>(memos: JobMemos | undefined, name: string): BoundedMemo<V> {
  return memos ? memos.memo<V>(name) : new BoundedMemo<V>();
}
