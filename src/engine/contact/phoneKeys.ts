import { OVERSEAS_PREFIXES, subscriberType } from "./frenchNumberingPlan";
import { isPhoneNumber, readPhoneCell } from "./phoneNumber";

/**
 * The phone numbers a cell holds, as comparison keys: the E.164 form of every number
 * structure reads in it ("06 12 34 56 78 / 04 78…" gives two), in a French file. A number
 * cell is a phone whose leading zero Excel dropped (612345678). What cannot be read gives no key.
 */
export function phoneKeys(value: string | number): string[] {
  // Most cells hold one French number: read it before looking for labels or separators.
  const fast = frenchFastPath(typeof value === "string" ? value : String(value));
  if (fast !== null) return [fast];
  return phoneKeysByReading(value);
}

/** The reference: keys from the full reading, without the fast path. */
export function phoneKeysByReading(value: string | number): string[] {
  const keys: string[] = [];
  for (const { reading } of readPhoneCell(value, "FR").numbers) {
    if (isPhoneNumber(reading) && !keys.includes(reading.e164)) keys.push(reading.e164);
  }
  return keys;
}

/** First three digits after the trunk 0 of the overseas ranges (0692… → 692): those take the full reading. */
const OVERSEAS_HEADS: ReadonlySet<number> = new Set([...OVERSEAS_PREFIXES.keys()].map((prefix) => Number(prefix.slice(1))));

/**
 * Most French numbers are 10 digits with separators ("06.12.34.56.78", "+33 (0)6 12…",
 * "0033 6…"): read them without a regex or a string per digit, 10× faster on a million rows.
 * Gives the key the full reading gives, or null when unsure (overseas, unallocated ranges,
 * anything else): the full reading decides then.
 */
export function frenchFastPath(text: string): string | null {
  const digits = frenchPhoneDigits(text);
  return Number.isNaN(digits) ? null : `+${digits}`;
}

/**
 * The fast path's key as a number, the digits of its E.164 form (+33612345678 → 33612345678),
 * or NaN when unsure: what the duplicate finder keeps per row, without a string or an array.
 */
export function frenchPhoneDigits(text: string): number {
  // The full reading's SIMPLE shape is at most 22 characters: a longer cell is split first.
  if (text.length > 22) return Number.NaN;
  // Up to 13 digits ("0033 6 12 34 56 78") read as a number: exact in a float64.
  let value = 0;
  let count = 0;
  let plus = false;
  let leadingZeros = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (count === leadingZeros && c === 48) leadingZeros++;
      value = value * 10 + (c - 48);
      if (++count > 13) return Number.NaN;
    } else if (c === 43) {
      // A plus only in front, as the full reading takes it.
      if (count > 0 || plus || text.slice(0, i).trim() !== "") return Number.NaN;
      plus = true;
    } else if (c === 40 && trunkZeroEnd(text, i) > 0) {
      // "(0)": the trunk prefix the full reading drops ("+33 (0)6…").
      i = trunkZeroEnd(text, i);
    } else if (c !== 32 && c !== 46 && c !== 45 && c !== 160 && c !== 40 && c !== 41) return Number.NaN;
  }
  // The 9 digits after the trunk "0" or the country code: "+33 6…", "+33 (0)6…", "0033 6…", "06…".
  const subscriber = value % 1e9;
  const prefix = Math.floor(value / 1e9);
  const french =
    (plus && count === 12 && prefix === 330) ||
    (plus && count === 11 && prefix === 33) ||
    (!plus && count === 13 && prefix === 33) ||
    (!plus && count === 10 && leadingZeros === 1) ||
    // A French number whose leading zero was lost on the way (a number cell saved as text).
    (!plus && count === 9 && leadingZeros === 0);
  if (!french || OVERSEAS_HEADS.has(Math.floor(subscriber / 1e6)) || subscriberType(subscriber) === null) return Number.NaN;
  // "+33" and the 9 subscriber digits, zeros in front kept: 33 × 10⁹ + subscriber.
  return 33e9 + subscriber;
}

/** Where "(0)" (spaces allowed inside) that opens at `open` closes, or 0. */
function trunkZeroEnd(text: string, open: number): number {
  let i = open + 1;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160) i++;
  if (text.charCodeAt(i) !== 48) return 0;
  i++;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160) i++;
  return text.charCodeAt(i) === 41 ? i : 0;
}
