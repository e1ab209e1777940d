import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from "libphonenumber-js/min";
import { cleanText } from "../text/cleanText";
import { FRENCH_PLAN_REGIONS, OVERSEAS_CALLING_CODES, OVERSEAS_PREFIXES, metropolitanType, type PhoneType } from "./frenchNumberingPlan";
import { splitPhoneCell, type PhoneCellParts } from "./splitPhoneCell";
import { keepPhoneReading, sharedPhoneReading } from "./sharedPhoneReadings";

/**
 * The one reading of phone numbers: structure writes what it gives (with notes on what is
 * wrong), duplicates compares its E.164 forms. French numbers (and the overseas departments,
 * with their own calling codes) are read by our own code from ARCEP's plan, because they are
 * most of the rows and this runs on a million of them; everything else goes through
 * libphonenumber-js with its small "min" metadata. A number typed without its country code is
 * read in the file's country only: "02 123 45 67" in a French file is a French number missing
 * a digit, not a guess at a Belgian one.
 */
export interface PhoneNumber {
  /** "+33612345678". */
  readonly e164: string;
  /** As dialled in its own country: "06 12 34 56 78", "0692 12 34 56", "0470 12 34 56". */
  readonly national: string;
  /** "+33 6 12 34 56 78". */
  readonly international: string;
  /** Known for the French numbering plan (metropolitan and overseas); null abroad. */
  readonly type: PhoneType | null;
  /** Region code: "FR", "RE", "BE"…; null when unknown. */
  readonly country: string | null;
}

/** Why a number could not be read (structure says it to the user). */
export type PhoneProblem =
  | { readonly problem: "noDigits" }
  | { readonly problem: "tooShort" | "tooLong" | "tooShortForeign"; readonly digits: number }
  | { readonly problem: "impossible"; readonly prefix: string }
  | { readonly problem: "invalidForeign" };

export type PhoneReading = PhoneNumber | PhoneProblem;

/** A phone cell read: each number typed in it, and what splitting found around them. */
export interface PhoneCell {
  readonly numbers: readonly { readonly typed: string; readonly reading: PhoneReading }[];
  /** Extension, letters, a letter typed for a digit; null when the cell was one plain number read well (or empty). */
  readonly parts: PhoneCellParts | null;
}

export function isPhoneNumber(reading: PhoneReading): reading is PhoneNumber {
  return !("problem" in reading);
}

const SIMPLE = /^\+?[\d .()-]{6,22}$/;
const EMPTY_CELL: PhoneCell = { numbers: [], parts: null };

/**
 * Every number of a cell, read in `defaultCountry` when typed without a country code. Labels
 * ("Tél :"), an extension ("poste 24"), the letter O for a zero and several numbers in one
 * cell ("06… / 01…") are taken apart by splitPhoneCell.
 */
export function readPhoneCell(value: string | number, defaultCountry: string): PhoneCell {
  const text = typeof value === "number" ? numberCellText(value) : cleanText(value);
  if (text === "") return EMPTY_CELL;
  const country = defaultCountry.toUpperCase();
  // Most cells are one number in digits, spaces, dots or dashes: skip the label/letter search.
  const simple = SIMPLE.test(text);
  const foreign = simple && typedAbroad(text);
  if (simple && !foreign) {
    const reading = readPhoneNumber(text, country);
    if (isPhoneNumber(reading)) return { numbers: [{ typed: text, reading }], parts: null };
  }
  // What is left is slower to read (libphonenumber, labels, several numbers), and the
  // duplicate finder reads these cells again: once per job (sharedPhoneReadings.ts).
  const kept = sharedPhoneReading<PhoneCell>(country, text);
  if (kept !== undefined) return kept;
  const cell = readSlowly(text, country, foreign);
  keepPhoneReading(country, text, cell);
  return cell;
}

/** The reading of a cell past the quick one: a foreign number in one piece first, else the cell split. */
function readSlowly(text: string, country: string, foreign: boolean): PhoneCell {
  if (foreign) {
    const reading = readPhoneNumber(text, country);
    if (isPhoneNumber(reading)) return { numbers: [{ typed: text, reading }], parts: null };
  }
  const parts = splitPhoneCell(text);
  return { numbers: parts.numbers.map((typed) => ({ typed, reading: readPhoneNumber(typed, country) })), parts };
}

/**
 * True when the number is typed with a + or 00 and another country code than 33 ("+44 20…",
 * "0049…"): libphonenumber reads it, slower than a lookup of the job's kept readings. French
 * numbers are read by our own code, faster than any lookup.
 */
function typedAbroad(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) === 43) i++;
  else if (text.charCodeAt(i) === 48 && text.charCodeAt(i + 1) === 48) i += 2;
  else return false;
  while (i < text.length && (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57)) i++;
  return !(text.charCodeAt(i) === 51 && text.charCodeAt(i + 1) === 51);
}
/** Excel keeps 0612345678 typed in a number cell as 612345678; it is read back as digits. */
function numberCellText(value: number): string {
  return Number.isFinite(value) ? String(value) : "";
}

/** One number as typed (no label, no second number), read. `defaultCountry` is upper case. */
export function readPhoneNumber(typed: string, defaultCountry: string): PhoneReading {
  // "+33 (0)6…": the (0) is the trunk prefix shown for national callers, dropped abroad.
  const withoutTrunk = typed.replace(/\(\s*0\s*\)/g, "");
  const digits = withoutTrunk.replace(/\D/g, "");
  if (digits === "") return { problem: "noDigits" };
  const plus = /^\s*\+/.test(withoutTrunk);
  const international = plus ? digits : digits.startsWith("00") ? digits.slice(2) : null;
  if (international !== null) return readInternational(international);
  if (FRENCH_PLAN_REGIONS.has(defaultCountry)) return readFrenchDigits(digits);
  return readWithLibrary(digits, defaultCountry as CountryCode);
}

/** Digits after + or 00. */
function readInternational(digits: string): PhoneReading {
  if (digits.startsWith("33")) return readFrenchNational(frenchTrunk(digits.slice(2)));
  const code = digits.slice(0, 3);
  if (OVERSEAS_CALLING_CODES.has(code)) {
    const national = "0" + digits.slice(3);
    const range = OVERSEAS_PREFIXES.get(national.slice(0, 4));
    if (range?.callingCode === code && national.length === 10) return readFrenchNational(national);
  }
  return readWithLibrary("+" + digits, undefined);
}

/** Digits typed without + in a file whose numbers are French by default. */
function readFrenchDigits(digits: string): PhoneReading {
  if (digits.length === 10 && digits.startsWith("0")) return readFrenchNational(digits);
  // 33612345678 / 330612345678: the country code without its +.
  if ((digits.length === 11 || digits.length === 12) && digits.startsWith("33")) {
    return readFrenchNational(frenchTrunk(digits.slice(2)));
  }
  // 262692123456: an overseas calling code without its +.
  if (digits.length === 12 && OVERSEAS_CALLING_CODES.has(digits.slice(0, 3))) return readInternational(digits);
  // 612345678: a number cell in Excel dropped the leading 0.
  if (digits.length === 9 && !digits.startsWith("0")) return readFrenchNational("0" + digits);
  if (digits.length < 10) return { problem: "tooShort", digits: digits.length };
  if (digits.startsWith("0")) return { problem: "tooLong", digits: digits.length };
  return readWithLibrary("+" + digits, undefined);
}

/** "612345678" or "0612345678" after +33 → "0612345678". */
function frenchTrunk(rest: string): string {
  return rest.startsWith("0") ? rest : "0" + rest;
}

/** A 10-digit French national number "0X XX XX XX XX". */
function readFrenchNational(national: string): PhoneReading {
  if (national.length < 10) return { problem: "tooShort", digits: national.length };
  if (national.length > 10) return { problem: "tooLong", digits: national.length };
  const overseas = OVERSEAS_PREFIXES.get(national.slice(0, 4));
  const subscriber = national.slice(1);
  if (overseas) {
    // Overseas numbers are written 0692 12 34 56 / +262 692 12 34 56 (libphonenumber's format).
    const groups = `${subscriber.slice(3, 5)} ${subscriber.slice(5, 7)} ${subscriber.slice(7, 9)}`;
    return {
      e164: `+${overseas.callingCode}${subscriber}`,
      national: `0${subscriber.slice(0, 3)} ${groups}`,
      international: `+${overseas.callingCode} ${subscriber.slice(0, 3)} ${groups}`,
      type: overseas.type,
      country: overseas.region,
    };
  }
  const type = metropolitanType(national);
  if (type === null) return { problem: "impossible", prefix: `${national.slice(0, 2)} ${national.charAt(2)}` };
  const pairs = subscriber.slice(1).match(/\d\d/g)?.join(" ") ?? "";
  // Special-rate 08 numbers are written 0 800 12 34 56 (ARCEP's recommendation).
  const special = type === "other";
  const rest8 = `${subscriber.slice(3, 5)} ${subscriber.slice(5, 7)} ${subscriber.slice(7, 9)}`;
  return {
    e164: `+33${subscriber}`,
    national: special ? `0 ${subscriber.slice(0, 3)} ${rest8}` : `0${subscriber.charAt(0)} ${pairs}`,
    international: special ? `+33 ${subscriber.slice(0, 3)} ${rest8}` : `+33 ${subscriber.charAt(0)} ${pairs}`,
    type,
    country: "FR",
  };
}

function readWithLibrary(text: string, defaultCountry: CountryCode | undefined): PhoneReading {
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed || !parsed.isValid()) {
    const length = validatePhoneNumberLength(text, defaultCountry);
    if (length === "TOO_SHORT") return { problem: "tooShortForeign", digits: text.replace(/\D/g, "").length };
    return { problem: "invalidForeign" };
  }
  // A number that reads as French through the library goes through our table (type, overseas).
  if (parsed.countryCallingCode === "33") return readFrenchNational("0" + parsed.nationalNumber);
  return {
    e164: parsed.number,
    national: parsed.formatNational(),
    international: parsed.formatInternational(),
    type: null,
    country: parsed.country ?? null,
  };
}
