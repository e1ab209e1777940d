/**
 * Bytes of a text file to a string. French Excel saves "CSV (séparateur: point-virgule)" in
 * Windows-1252, and "CSV UTF-8" with a byte-order mark; other tools write UTF-8 without one.
 * A BOM decides; otherwise strict UTF-8 is tried and any invalid sequence means Windows-1252
 * (a real cp1252 file with accents is almost never valid UTF-8).
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/**
 * UTF-16 without a byte-order mark (some CRM and Windows exports): text in Latin letters has
 * a NUL in every other byte, on the odd side for little-endian, the even side for big-endian.
 * No UTF-8 or Windows-1252 text has NULs at all.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1, turning € œ ’ … (bytes
 * 0x80–0x9F) into C1 control characters; browsers follow the WHATWG table. Each byte is
 * mapped through the table into UTF-16 code units, a megabyte at a time: twice as fast as
 * decoding then replacing every "€" through a callback (a price column has one per row).
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const CP1252_UNITS = Uint16Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte));
const DECODE_CHUNK = 1 << 20;

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(Math.min(DECODE_CHUNK, bytes.length));
  const utf16 = new TextDecoder("utf-16le");
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += DECODE_CHUNK) {
    const end = Math.min(bytes.length, start + DECODE_CHUNK);
    for (let i = start; i < end; i++) units[i - start] = CP1252_UNITS[bytes[i]!]!;
    pieces.push(utf16.decode(units.subarray(0, end - start)));
  }
  return pieces.join("");
}
