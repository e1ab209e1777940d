/**
 * Every phase a job reports, in the order a run meets them: one list, so the progress bar has
 * a label for each and a new phase cannot be posted without one.
 */
export const PHASES = [
  "read",
  "detect",
  "structure",
  "normalise",
  "block",
  "learn",
  "compare",
  "score",
  "comply",
  "segment",
  "campaign",
  "calls",
  "apply",
  "write",
  "notes",
  "preview",
] as const;

export type Phase = (typeof PHASES)[number];

/** done and total count rows (or blocks, or bytes while reading); phase names what is happening. */
export interface Progress {
  readonly phase: Phase;
  readonly done: number;
  readonly total: number;
}

export type ProgressListener = (progress: Progress) => void;
