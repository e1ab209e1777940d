import { useCallback, useReducer, type Dispatch } from "react";
import type { JobKind, JobOptions, JobResult } from "../app/jobProtocol";
import type { RunControl } from "../app/jobRunner";
import { acceptedGroups, EMPTY_REVIEW, reviewReducer, type ReviewEvent, type ReviewState } from "./duplicateReview";
import { useJob, type JobHandle } from "./useJob";

export interface DuplicateReviewHandle {
  /** "Chercher les doublons": the dedupe job, which lists the groups and writes nothing. */
  readonly find: JobHandle;
  /** "Fusionner": the merge job, which writes the accepted groups (and is what Undo takes back). */
  readonly merge: JobHandle;
  readonly review: ReviewState;
  readonly dispatch: Dispatch<ReviewEvent>;
  runFind(): Promise<void>;
  runMerge(): Promise<JobResult | null>;
}

/**
 * The Doublons tab's state, kept by the App so that it outlives a change of tab: the two jobs
 * through the one job runner (operations.run) and the user's decisions.
 */
export function useDuplicateReview(
  operations: { run(job: JobKind, options: JobOptions, control: RunControl): Promise<JobResult> },
  options: () => JobOptions,
): DuplicateReviewHandle {
  const find = useJob();
  const merge = useJob();
  const [review, dispatch] = useReducer(reviewReducer, EMPTY_REVIEW);

  const runFind = useCallback(async () => {
    const result = await find.start((control) => operations.run("dedupe", options(), control));
    if (!result?.review) return;
    dispatch({ type: "load", review: result.review });
    merge.dispatch({ type: "undone" });
  }, [find.start, merge.dispatch, operations, options]);

  const runMerge = useCallback(
    () => merge.start((control) => operations.run("merge", { ...options(), acceptedGroups: acceptedGroups(review) }, control)),
    [merge.start, operations, options, review],
  );

  return { find, merge, review, dispatch, runFind, runMerge };
}
