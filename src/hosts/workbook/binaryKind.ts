/**
 * What a binary file is, from its first bytes (each format's published signature), so that a
 * PDF or a photo renamed .csv or .xlsx is named for what it is instead of read as text or
 * called a damaged workbook. Only formats people actually mistake for a customer file.
 */
/** `short`: two letters a text could start with ("MZ…"), trusted only when binary bytes follow. */
const SIGNATURES: readonly { readonly kind: string; readonly magic: readonly number[]; readonly short?: boolean }[] = [
  { kind: "PDF", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: "PNG", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: "JPEG", magic: [0xff, 0xd8, 0xff] },
  { kind: "GIF", magic: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { kind: "EXE", magic: [0x4d, 0x5a], short: true }, // MZ: Windows programs
  { kind: "ELF", magic: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: "GZIP", magic: [0x1f, 0x8b] },
  { kind: "7z", magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: "RAR", magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
];

export function binaryKind(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find(({ magic }) => magic.every((byte, index) => bytes[index] === byte));
  return found === undefined || (found.short === true && !looksBinary(bytes)) ? null : found.kind;
}

/** Bytes no text file holds: C0 controls other than tab, line feed, form feed, carriage return and escape. */
function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/**
 * Binary rather than text (UTF-16 without a BOM is checked before: its NULs are text): a NUL in
 * the first 8 KB, or more than 1 control byte in 20 there. Text written by Excel, LibreOffice or
 * a CRM has none; a cell holding a stray escape code stays far below that.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (isControl(byte)) controls++;
  }
  return controls * 20 > sample.length;
}
