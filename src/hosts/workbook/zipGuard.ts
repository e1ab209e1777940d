import { TriaError } from "../../engine/errors";

/**
 * Refuse a zip bomb before inflating a single byte. The central directory at the end of the
 * zip declares each part's packed and unpacked sizes; an .xlsx whose parts would unpack to
 * gigabytes, or one part packed over 100 times (a 1.9 MB file hiding 780 MB of repeated
 * strings), is refused with a sentence, instead of taking 20 s and 2.5 GB before dying.
 * Real customer sheets pack 5 to 30 times; a million varied rows unpack to well under 1 GB.
 */
export const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
/** A part may pack this many times only while it is small. */
export const MAX_RATIO = 100;
const RATIO_FREE_BYTES = 64 * 1024 ** 2;

export interface ZipEntrySize {
  readonly name: string;
  readonly packed: number;
  readonly unpacked: number;
}

export function checkZipSize(bytes: Uint8Array, fileName: string): void {
  const entries = zipEntrySizes(bytes);
  if (entries === null) return; // Not a readable zip: the zip reader says so in its own words.
  let total = 0;
  for (const entry of entries) {
    total += entry.unpacked;
    const ratio = entry.unpacked / Math.max(1, entry.packed);
    if (total > MAX_UNPACKED_BYTES || (entry.unpacked > RATIO_FREE_BYTES && ratio > MAX_RATIO)) {
      throw new TriaError("unpacksTooBig", {
        file: fileName,
        packed: megabytes(bytes.length),
        unpacked: megabytes(entries.reduce((sum, e) => sum + e.unpacked, 0)),
      });
    }
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1024 ** 2).toFixed(1);
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;

/** Sizes from the central directory (ZIP64 included), or null when there is none to read. */
export function zipEntrySizes(bytes: Uint8Array): ZipEntrySize[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return null;
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if ((offset === 0xffffffff || count === 0xffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_EOCD_LOCATOR) {
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.length) return null;
    count = Number(view.getBigUint64(zip64End + 32, true));
    offset = Number(view.getBigUint64(zip64End + 48, true));
  }
  const entries: ZipEntrySize[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    let packed = view.getUint32(offset + 20, true);
    let unpacked = view.getUint32(offset + 24, true);
    if (packed === 0xffffffff || unpacked === 0xffffffff) {
      // ZIP64 extra field (id 1): the 8-byte sizes, unpacked first, each present only when its 4-byte field is full.
      const zip64 = zip64Sizes(view, offset + 46 + nameLength, extraLength, unpacked === 0xffffffff, packed === 0xffffffff);
      unpacked = zip64.unpacked ?? unpacked;
      packed = zip64.packed ?? packed;
    }
    entries.push({ name, packed, unpacked });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

function zip64Sizes(view: DataView, start: number, length: number, hasUnpacked: boolean, hasPacked: boolean): { unpacked?: number; packed?: number } {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const sizes: { unpacked?: number; packed?: number } = {};
      if (hasUnpacked) {
        sizes.unpacked = Number(view.getBigUint64(field, true));
        field += 8;
      }
      if (hasPacked) sizes.packed = Number(view.getBigUint64(field, true));
      return sizes;
    }
    at += 4 + size;
  }
  return {};
}
