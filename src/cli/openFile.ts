import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { TriaError } from "../engine/errors";
import { WorkbookHost } from "../hosts/workbook/workbookHost";

/** Open a customer file from disk as a host; a missing path or a folder is a clear error. */
export async function openFile(path: string): Promise<WorkbookHost> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new TriaError("fileNotFound", { file: path });
    throw new TriaError("unreadable", { file: path, reason: code === "EISDIR" ? "it is a folder" : String(code ?? error) });
  }
  return WorkbookHost.fromBytes(bytes, basename(path));
}
