import { TriaError } from "../../engine/errors";
import { utf16WithoutBom } from "./decodeText";
import { binaryKind, looksBinary } from "./binaryKind";

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
  // A PDF or a photo renamed .csv or .xlsx: say what it is, whatever its name.
  const kind = binaryKind(bytes);
  if (kind !== null) throw new TriaError("notSpreadsheet", { file: fileName, kind });
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  if (["csv", "txt", "tsv", "tab"].includes(extension)) {
    // A .csv of binary bytes was read as two rows of garbage and exited 0: refuse it.
    if (!looksLikeText(bytes)) throw new TriaError("binaryFile", { file: fileName });
    return "csv";
  }
  if (["xlsx", "xlsm", "xltx"].includes(extension)) throw new TriaError("unreadable", { file: fileName });
  if (bytes.length > 0 && looksLikeText(bytes)) return "csv";
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

/** UTF-16 without its byte-order mark, or no binary bytes in the first 8 KB: a text file, whatever its name. */
function looksLikeText(bytes: Uint8Array): boolean {
  return utf16WithoutBom(bytes) !== null || !looksBinary(bytes);
}
