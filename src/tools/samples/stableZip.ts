/**
 * An xlsx is a zip, and zip writers stamp every entry with the current time, so the same
 * workbook written twice differs by a few bytes. Setting every entry's DOS time and date to
 * one fixed value makes the committed sample byte-stable (PKWARE APPNOTE 4.3.7 and 4.3.12:
 * local header time/date at offsets 10/12, central directory header at 12/14).
 */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** 2026-11-15 09:00:00 in MS-DOS format. */
const DOS_TIME = (9 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2026 - 1980) << 9) | (11 << 5) | 15;

export function withFixedZipTimestamps(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let end = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("stableZip: no end of central directory");
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error("stableZip: bad central directory");
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error("stableZip: bad local header");
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
