import { isCellError, type CellValue } from "./cellValue";

/**
 * A number from a raw cell, or null. Reads what French and English files hold: "1 234,50 €",
 * "1 234,50" with Excel's no-break spaces, "1,234.50", "1.234.567,8", "1'234.50" (Swiss),
 * "12 %" (→ 0.12), "(123)" (accounting negative → -123), "-45", "+3", "EUR 12", "1.5E3".
 * Hand-written: Intl has no parser, and number libraries expect one known locale.
 */
export function parseNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || isCellError(value)) return null;
  return parseNumberText(value);
}

const ENGLISH_CURRENCY = /\$|£|usd|gbp/i;
const CURRENCY = /(?:€|\$|£|eur(?:os?)?|usd|chf|gbp)/gi;
// U+00A0 no-break space and U+202F narrow no-break space: what Excel and Intl write as French thousands separators.
const SPACES = /[\s\u00a0\u202f]+/g;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function parseNumberText(raw: string): number | null {
  let text = raw.trim();
  const plain = plainNumber(text);
  if (plain !== null) return plain;
  if (text === "" || text.length > 64) return null;
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  let scale = 1;
  if (/%\s*$/.test(text)) {
    scale = 0.01;
    text = text.replace(/%\s*$/, "");
  }
  // "$1,000" and "£12,500" are English: there a lone comma groups thousands.
  const englishCurrency = ENGLISH_CURRENCY.test(text);
  text = text.replace(CURRENCY, "").replace(SPACES, "").replace(/'/g, "");
  if (text.startsWith("-") && sign === -1) return null;
  const canonical = withDotDecimal(text, englishCurrency);
  if (canonical === null || !PLAIN.test(canonical)) return null;
  const number = Number(canonical) * sign * scale;
  return Number.isFinite(number) ? round15(number) : null;
}

/** Powers of ten a plain number divides by: exact doubles up to 10²². */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Digits with at most one "," or "." and 15 digits in all ("257,92", "1234.5", "-12"; the
 * pattern -?\d+([.,]\d+)?): read at once, as the general path reads them (one separator is the
 * decimal one); null for any other text. Most amounts of an export look so: a million of them
 * in tens of milliseconds instead of a second. One pass over the characters, no regular
 * expression and no text made (a million amounts made a million replaced copies): 15 digits
 * are a whole number below 2⁵³, and one division of two exact doubles is rounded once, so
 * the result is Number("257.92") to the last bit (round15 would give the same number too).
 */
function plainNumber(text: string): number | null {
  const length = text.length;
  if (length === 0 || length > 17) return null;
  const negative = text.charCodeAt(0) === 45; /* - */
  let whole = 0;
  let digits = 0;
  // Digits after the separator; -1 before it.
  let decimals = -1;
  for (let at = negative ? 1 : 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      whole = whole * 10 + (code - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if ((code === 44 || code === 46) && decimals < 0 && digits > 0) decimals = 0;
    else return null;
  }
  if (digits === 0 || digits > 15 || decimals === 0) return null;
  // + 0: "-0" reads as 0, as round15 makes it on the general path.
  return (negative ? -whole : whole) / POWERS_OF_TEN[decimals < 0 ? 0 : decimals]! + 0;
}

/**
 * Decide which of "," and "." is the decimal separator. Both present: the last one is.
 * Only one kind: repeated ("1.234.567", "1,234,567") means thousands; once means decimal,
 * because French files write "45,90" and English ones "45.90".
 */
function withDotDecimal(text: string, commaGroupsThousands: boolean): string | null {
  const commas = count(text, ",");
  const dots = count(text, ".");
  if (commas > 0 && dots > 0) {
    const decimal = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    if (count(text, decimal) > 1) return null;
    if (!groupsOfThree(text.slice(0, text.lastIndexOf(decimal)), thousands)) return null;
    return text.split(thousands).join("").replace(",", ".");
  }
  const separator = commas > 0 ? "," : dots > 0 ? "." : null;
  if (separator === null) return text;
  const thousandsComma = separator === "," && commaGroupsThousands && groupsOfThree(text, ",");
  if (count(text, separator) === 1 && !thousandsComma) return text.replace(",", ".");
  return groupsOfThree(text, separator) ? text.split(separator).join("") : null;
}

/** "1.234.567" or "-12,345": every group after the first has exactly three digits. */
function groupsOfThree(text: string, separator: string): boolean {
  const groups = text.replace(/^[+-]/, "").split(separator);
  return groups.every((group, index) => (index === 0 ? /^\d{1,3}$/.test(group) : /^\d{3}$/.test(group)));
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** 0.1 * 3 style noise from the % scale would show in cells as 0.30000000000000004. */
function round15(n: number): number {
  return Number.parseFloat(n.toPrecision(15));
}
