import { TriaError } from "../../engine/errors";
import { utf16WithoutBom } from "./decodeText";

export type FileKind = "xlsx" | "csv";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: Excel 97-2003 .xls, and also any password-encrypted .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Tell what a file is from its first bytes rather than its name: people rename .xls to
 * .xlsx, and an encrypted .xlsx is not a zip at all but an OLE file holding an
 * "EncryptionInfo" stream (MS-OFFCRYPTO), which ExcelJS would report as a corrupt zip.
 */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  if (startsWith(bytes, ZIP)) return "xlsx";
  if (startsWith(bytes, OLE)) {
    throw new TriaError(containsUtf16(bytes, "EncryptionInfo") ? "passwordProtected" : "legacyXls", { file: fileName });
  }
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  if (["csv", "txt", "tsv", "tab"].includes(extension)) return "csv";
  if (["xlsx", "xlsm", "xltx"].includes(extension)) {
    throw new TriaError("unreadable", { file: fileName, reason: "not a valid .xlsx (zip) file" });
  }
  if (looksLikeText(bytes)) return "csv";
  throw new TriaError("unsupportedFormat", { file: fileName });
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** No NUL byte in the first 8 KB, or UTF-16 without its byte-order mark: a text file, whatever its name. */
function looksLikeText(bytes: Uint8Array): boolean {
  return bytes.length > 0 && (!bytes.subarray(0, 8192).includes(0) || utf16WithoutBom(bytes) !== null);
}
