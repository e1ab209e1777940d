import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from "libphonenumber-js/min";
import type { FieldIssue } from "../fieldIssue";
import { cleanText } from "../text/cleanText";
import { FRENCH_PLAN_REGIONS, OVERSEAS_CALLING_CODES, OVERSEAS_PREFIXES, metropolitanType, type PhoneType } from "./frenchNumberingPlan";
import { phoneIssues } from "./phoneMessages";
import { splitPhoneCell } from "./splitPhoneCell";

export interface PhoneResult {
  /** "+33612345678"; null when no valid number could be read. */
  readonly e164: string | null;
  /** As dialled in its own country: "06 12 34 56 78", "0692 12 34 56", "0470 12 34 56". */
  readonly national: string | null;
  /** "+33 6 12 34 56 78". */
  readonly international: string | null;
  /** Known for the French numbering plan (metropolitan and overseas); null abroad. */
  readonly type: PhoneType | null;
  /** Region code: "FR", "RE", "BE"…; null when unknown. */
  readonly country: string | null;
  /** "poste 24" → "24". */
  readonly extension: string | null;
  /** Further numbers found in the same cell, in E.164 when valid, else as typed. */
  readonly others: readonly string[];
  readonly issues: readonly FieldIssue[];
}

/** One number read well; built with the empty extras so the common case allocates once. */
interface OneNumber extends PhoneResult {
  readonly e164: string;
  readonly national: string;
  readonly international: string;
}

const NONE: readonly never[] = Object.freeze([]);

const SIMPLE = /^\+?[\d .()-]{6,22}$/;

const EMPTY: PhoneResult = { e164: null, national: null, international: null, type: null, country: null, extension: null, others: [], issues: [] };

/**
 * A phone number as people type it in a customer file, normalised. French numbers (and the
 * overseas departments, with their own calling codes) are read by our own code from ARCEP's
 * plan, because they are most of the rows and this runs on a million of them; everything else
 * goes through libphonenumber-js with its small "min" metadata. Two numbers in one cell are
 * split: the first is the result, the others come back in `others` with a "phone.several" note.
 */
export function normalizePhone(value: string | number, defaultCountry: string = "FR"): PhoneResult {
  const text = typeof value === "number" ? numberCellText(value) : cleanText(value);
  if (text === "") return EMPTY;
  // Most cells are one number in digits, spaces, dots or dashes: skip the label/letter search.
  if (SIMPLE.test(text)) {
    const read = readOne(text, defaultCountry.toUpperCase());
    if (!("issue" in read)) return read;
  }
  const parts = splitPhoneCell(text);
  const issues: FieldIssue[] = [];
  if (parts.numbers.length === 0) {
    return { ...EMPTY, issues: [parts.letters ? phoneIssues.letters(parts.letters) : phoneIssues.noDigits] };
  }
  const [first = "", ...rest] = parts.numbers;
  const read = readOne(first, defaultCountry.toUpperCase());
  if ("issue" in read) issues.push(read.issue);
  else if (parts.letterForDigit) issues.push(phoneIssues.letterO(read.national));
  if (parts.letters) issues.push(phoneIssues.letters(parts.letters));
  const others = rest.map((piece) => {
    const other = readOne(piece, defaultCountry.toUpperCase());
    return "issue" in other ? piece : other.e164;
  });
  if (others.length > 0) issues.push(phoneIssues.several("issue" in read ? first : read.national, others));
  if ("issue" in read) return { ...EMPTY, extension: parts.extension, others, issues };
  return { ...read, extension: parts.extension, others, issues };
}

/** Excel keeps 0612345678 typed in a number cell as 612345678; it is read back as digits. */
function numberCellText(value: number): string {
  return Number.isFinite(value) ? String(value) : "";
}

function readOne(typed: string, defaultCountry: string): OneNumber | { issue: FieldIssue } {
  // "+33 (0)6…": the (0) is the trunk prefix shown for national callers, dropped abroad.
  const withoutTrunk = typed.replace(/\(\s*0\s*\)/g, "");
  const digits = withoutTrunk.replace(/\D/g, "");
  if (digits === "") return { issue: phoneIssues.noDigits };
  const plus = /^\s*\+/.test(withoutTrunk);
  const international = plus ? digits : digits.startsWith("00") ? digits.slice(2) : null;
  if (international !== null) return readInternational(international);
  if (FRENCH_PLAN_REGIONS.has(defaultCountry)) return readFrenchDigits(digits);
  return readWithLibrary(digits, defaultCountry as CountryCode);
}

/** Digits after + or 00. */
function readInternational(digits: string): OneNumber | { issue: FieldIssue } {
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
function readFrenchDigits(digits: string): OneNumber | { issue: FieldIssue } {
  if (digits.length === 10 && digits.startsWith("0")) return readFrenchNational(digits);
  // 33612345678 / 330612345678: the country code without its +.
  if ((digits.length === 11 || digits.length === 12) && digits.startsWith("33")) {
    return readFrenchNational(frenchTrunk(digits.slice(2)));
  }
  // 262692123456: an overseas calling code without its +.
  if (digits.length === 12 && OVERSEAS_CALLING_CODES.has(digits.slice(0, 3))) return readInternational(digits);
  // 612345678: a number cell in Excel dropped the leading 0.
  if (digits.length === 9 && !digits.startsWith("0")) return readFrenchNational("0" + digits);
  if (digits.length < 10) return { issue: phoneIssues.tooShort(digits.length) };
  if (digits.startsWith("0")) return { issue: phoneIssues.tooLong(digits.length) };
  return readWithLibrary("+" + digits, undefined);
}

/** "612345678" or "0612345678" after +33 → "0612345678". */
function frenchTrunk(rest: string): string {
  return rest.startsWith("0") ? rest : "0" + rest;
}

/** A 10-digit French national number "0X XX XX XX XX". */
function readFrenchNational(national: string): OneNumber | { issue: FieldIssue } {
  if (national.length < 10) return { issue: phoneIssues.tooShort(national.length) };
  if (national.length > 10) return { issue: phoneIssues.tooLong(national.length) };
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
      extension: null,
      others: NONE,
      issues: NONE,
    };
  }
  const type = metropolitanType(national);
  if (type === null) return { issue: phoneIssues.impossible(`${national.slice(0, 2)} ${national.charAt(2)}`) };
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
    extension: null,
    others: NONE,
    issues: NONE,
  };
}

function readWithLibrary(text: string, defaultCountry: CountryCode | undefined): OneNumber | { issue: FieldIssue } {
  const digitCount = text.replace(/\D/g, "").length;
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed || !parsed.isValid()) {
    const length = validatePhoneNumberLength(text, defaultCountry);
    if (length === "TOO_SHORT") return { issue: phoneIssues.tooShortForeign(digitCount) };
    return { issue: phoneIssues.invalidForeign };
  }
  // A number that reads as French through the library goes through our table (type, overseas).
  if (parsed.countryCallingCode === "33") return readFrenchNational("0" + parsed.nationalNumber);
  return {
    e164: parsed.number,
    national: parsed.formatNational(),
    international: parsed.formatInternational(),
    type: null,
    country: parsed.country ?? null,
    extension: null,
    others: NONE,
    issues: NONE,
  };
}
