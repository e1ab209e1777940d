import type { Lang } from "./lang";
import { excelSerialToDate } from "../table/excelSerial";
import { localeOf } from "./localeFormat";

const pad = (n: number) => String(n).padStart(2, "0");

/** A day as Excel shows it in fr-FR and en-GB alike: 26/07/2025, with its time when it has one. */
export function excelDayText(date: Date): string {
  const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  return minutes === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** A format code without its quoted text, escaped characters and [bracket] parts (colour, locale). */
function formatTokens(numFmt: string): string {
  return numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

/** A date format names days or years ("dd/mm/yyyy", "m/d/yyyy", "d mmmm yyyy"); "hh:mm" alone is a time. */
export function isDateFormat(numFmt: string): boolean {
  return /[dy]/i.test(formatTokens(numFmt.split(";")[0] ?? ""));
}

/**
 * A number as the user's Excel shows it under its number format: a date serial (Office.js gives
 * dates as serials) as 26/07/2025, an amount in a € format as 191,69 € (fr) or €191.69 (en), a
 * percentage, other numbers with the locale's decimal mark and the format's decimals. Null when
 * the number is no day (a date format on 0 or a negative number).
 */
export function numberAsFormatted(value: number, numFmt: string | undefined, lang: Lang): string | null {
  const format = numFmt ?? "";
  if (format && isDateFormat(format)) {
    const day = excelSerialToDate(value);
    if (!day) return null;
    // excelSerialToDate keeps the day; the time of day shows only when the format has hours.
    const minutes = /h/i.test(formatTokens(format)) ? Math.round((value - Math.floor(value)) * 24 * 60) : 0;
    return excelDayText(new Date(day.getTime() + minutes * 60_000));
  }
  const decimals = /0[.,](0+)/.exec(format)?.[1]?.length;
  if (format.includes("€")) {
    return new Intl.NumberFormat(localeOf(lang), {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: decimals ?? 2,
      maximumFractionDigits: decimals ?? 2,
    }).format(value);
  }
  if (format.includes("%")) return new Intl.NumberFormat(localeOf(lang), { style: "percent", maximumFractionDigits: decimals ?? 0 }).format(value);
  // No thousands separator unless the format asks for one: Excel's General shows 37500.
  const grouping = /#[ ,.\u00a0]##/.test(format);
  return new Intl.NumberFormat(localeOf(lang), {
    useGrouping: grouping,
    ...(decimals === undefined ? { maximumFractionDigits: 10 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
  }).format(value);
}
