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

export interface DecodeOptions {
  /**
   * Windows-1252 read as a one-byte (Latin-1) string: bytes 0x80–0x9F stay C1 characters,
   * which the caller turns into € ’ œ … field by field (Windows1252Fields). A "€" in every
   * row otherwise makes the whole text two bytes a character, and every cell sliced from it:
   * on a million-row file, 160 MB more text and two-byte cells.
   */
  readonly windows1252AsLatin1?: boolean;
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
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
    return { text: options.windows1252AsLatin1 === true ? decodeLatin1(bytes) : decodeWindows1252(bytes), encoding: "windows-1252" };
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

/** Node's Buffer, when this runs in Node (the CLI): it makes a Latin-1 string in C++. */
interface Latin1Buffer {
  from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: "latin1"): string };
}

/**
 * Bytes → a one-byte string, one character per byte. Node's Buffer does it in one call (25 MB:
 * ~110 ms against ~340 ms for the pieces below, and no string of 3,000 pieces to flatten);
 * elsewhere (a browser, whose Buffer, when a library brings one, is JavaScript), fromCharCode
 * with codes < 256 over pieces of the bytes. Both give every byte its own code point.
 */
export function decodeLatin1(bytes: Uint8Array, nodeBuffer = runningNodeBuffer()): string {
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += LATIN1_CHUNK)
    pieces.push(String.fromCharCode.apply(null, bytes.subarray(start, Math.min(bytes.length, start + LATIN1_CHUNK)) as unknown as number[]));
  return pieces.join("");
}
const LATIN1_CHUNK = 8192;

function runningNodeBuffer(): Latin1Buffer | null {
  const scope = globalThis as { Buffer?: Latin1Buffer; process?: { versions?: { node?: string } } };
  return typeof scope.process?.versions?.node === "string" && scope.Buffer !== undefined ? scope.Buffer : null;
}

const C1 = /[\u0080-\u009f]/;

/**
 * A text decoded with windows1252AsLatin1, its C1 characters as Windows-1252 means them (€ ’ œ …).
 * A loop, not a regular expression and a replace callback: it runs on every field of a row
 * holding a "€" (an amounts column: every row), and the fields are short.
 */
export function fromLatin1(text: string): string {
  let fixed = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || code > 0x9f) continue;
    fixed += text.slice(from, i) + CP1252_HIGH[code - 0x80]!;
    from = i + 1;
  }
  return from === 0 ? text : fixed + text.slice(from);
}

/**
 * The fields of a text read with windows1252AsLatin1, put right row by row: only rows whose
 * stretch of text holds a C1 character are looked at (found once per row with one search).
 */
export class Windows1252Fields {
  private readonly search = new RegExp(C1.source, "g");
  private next: number;

  /** `latin1`: the text was decoded with windows1252AsLatin1 (else rows are left as they are). */
  constructor(
    private readonly text: string,
    latin1: boolean,
  ) {
    this.next = latin1 ? this.after(0) : Infinity;
  }

  /** The fields of the row that ends at `end` (rows in order), each C1 character turned into its Windows-1252 meaning. */
  fixRow(fields: string[], end: number): void {
    if (this.next >= end) return;
    for (let i = 0; i < fields.length; i++) fields[i] = fromLatin1(fields[i]!);
    this.next = this.after(end);
  }

  private after(at: number): number {
    this.search.lastIndex = at;
    return this.search.exec(this.text)?.index ?? Infinity;
  }
}
