import { isPhoneNumber, readPhoneCell, type PhoneNumber, type PhoneReading } from "../../contact/phoneNumber";
import type { FieldIssue } from "../fieldIssue";
import { phoneIssues } from "./phoneMessages";

export interface PhoneResult {
  /** "+33612345678"; null when no valid number could be read. */
  readonly e164: string | null;
  /** As dialled in its own country: "06 12 34 56 78", "0692 12 34 56", "0470 12 34 56". */
  readonly national: string | null;
  /** "+33 6 12 34 56 78". */
  readonly international: string | null;
  /** Known for the French numbering plan (metropolitan and overseas); null abroad. */
  readonly type: PhoneNumber["type"];
  /** Region code: "FR", "RE", "BE"…; null when unknown. */
  readonly country: string | null;
  /** "poste 24" → "24". */
  readonly extension: string | null;
  /** Further numbers found in the same cell, in E.164 when valid, else as typed. */
  readonly others: readonly string[];
  readonly issues: readonly FieldIssue[];
}

const NONE: readonly never[] = Object.freeze([]);

const EMPTY: PhoneResult = { e164: null, national: null, international: null, type: null, country: null, extension: null, others: [], issues: [] };

/**
 * A phone number as people type it in a customer file, normalised, with notes on what is
 * wrong. The reading itself is contact/phoneNumber's (the one duplicates compares too). Two
 * numbers in one cell are split: the first is the result, the others come back in `others`
 * with a "phone.several" note.
 */
export function normalizePhone(value: string | number, defaultCountry: string = "FR"): PhoneResult {
  const { numbers, parts } = readPhoneCell(value, defaultCountry);
  const [first, ...rest] = numbers;
  if (parts === null) return first && isPhoneNumber(first.reading) ? withExtras(first.reading, null, NONE, NONE) : EMPTY;
  if (first === undefined) return { ...EMPTY, issues: [parts.letters ? phoneIssues.letters(parts.letters) : phoneIssues.noDigits] };
  const issues: FieldIssue[] = [];
  const read = first.reading;
  if (!isPhoneNumber(read)) issues.push(issueOf(read));
  else if (parts.letterForDigit) issues.push(phoneIssues.letterO(read.national));
  if (parts.letters) issues.push(phoneIssues.letters(parts.letters));
  const others = rest.map(({ typed, reading }) => (isPhoneNumber(reading) ? reading.e164 : typed));
  if (others.length > 0) issues.push(phoneIssues.several(isPhoneNumber(read) ? read.national : first.typed, others));
  if (!isPhoneNumber(read)) return { ...EMPTY, extension: parts.extension, others, issues };
  return withExtras(read, parts.extension, others, issues);
}

/**
 * The number's fields then the cell's, written out: a spread of the reading cost ~10 µs a
 * phone (issue 11: 1.5 s of a 100k-row structure profile); same keys, same order.
 */
function withExtras(read: PhoneNumber, extension: string | null, others: readonly string[], issues: readonly FieldIssue[]): PhoneResult {
  return {
    e164: read.e164,
    national: read.national,
    international: read.international,
    type: read.type,
    country: read.country,
    extension,
    others,
    issues,
  };
}

function issueOf(problem: Exclude<PhoneReading, PhoneNumber>): FieldIssue {
  switch (problem.problem) {
    case "noDigits":
      return phoneIssues.noDigits;
    case "tooShort":
      return phoneIssues.tooShort(problem.digits);
    case "tooShortForeign":
      return phoneIssues.tooShortForeign(problem.digits);
    case "tooLong":
      return phoneIssues.tooLong(problem.digits);
    case "impossible":
      return phoneIssues.impossible(problem.prefix);
    case "invalidForeign":
      return phoneIssues.invalidForeign;
  }
}
