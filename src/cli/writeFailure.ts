import { TriaError } from "../engine/errors";

/** Node's file-system failure: a code ("EACCES") and the path it was about. */
interface SystemError {
  readonly code: string;
  readonly path?: string;
  readonly syscall?: string;
}

const WRITING = new Set(["open", "mkdir", "write", "rename", "copyfile"]);

/**
 * A failure to write the output or the report (permission, a folder in the way, a full disk),
 * as the user's error it is rather than a bug: null for anything else.
 */
export function writeFailure(error: unknown): TriaError | null {
  if (!isSystemError(error) || error.path === undefined || !WRITING.has(error.syscall ?? "")) return null;
  const file = error.path;
  switch (error.code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new TriaError("writeDenied", { file });
    case "EISDIR":
      return new TriaError("outputIsFolder", { file });
    default:
      return new TriaError("cannotWrite", { file, reason: error.code });
  }
}

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string";
}
