import type { AddedSheet } from "../engine/plan";

/**
 * Everything a fresh worker needs to take the session up where it was: the user's file, the
 * output of the applied runs and the one before (for Undo). The page keeps the last one it was
 * sent, so that a run cancelled by stopping the worker leaves the file as it was before that run.
 */
export interface SessionSnapshot {
  readonly fileName: string;
  /** The user's file as dropped (a File is a Blob: the page never reads it, the worker does). */
  readonly file: Blob | Uint8Array;
  /** The file with every applied run, as .xlsx; null while none was applied. */
  readonly output: Uint8Array | null;
  /** What Undo goes back to: an earlier output, the user's file ("original"), or nothing. */
  readonly before: Uint8Array | "original" | null;
  readonly charted: readonly AddedSheet[];
  readonly chartedBefore: readonly AddedSheet[];
  /** The sheets the user's file came with (never one Tria added); null until the file was read. */
  readonly ownSheets: readonly string[] | null;
}
