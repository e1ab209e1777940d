import type { Lang } from "../../engine/i18n/lang";

/** The Excel locale a French or English user has: fr-FR or en-GB (both write days as 26/07/2025). */
const LOCALE: Readonly<Record<Lang, string>> = { fr: "fr-FR", en: "en-GB" };

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A cell's value as the user's Excel shows it, for the preview: dates 26/07/2025 (not
 * "Sat Jul 26 2025 00:00:00 GMT…"), amounts with a € format 191,69 € (fr) or €191.69 (en),
 * other numbers with the locale's decimal mark. Text stays as typed.
 */
export function cellDisplayText(value: unknown, numFmt: string | undefined, lang: Lang, fallback: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fallback;
    const day = `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
    const time = value.getUTCHours() * 60 + value.getUTCMinutes();
    return time === 0 ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    const format = numFmt ?? "";
    const decimals = /0[.,](0+)/.exec(format)?.[1]?.length;
    if (format.includes("€")) {
      return new Intl.NumberFormat(LOCALE[lang], {
        style: "currency",
        currency: "EUR",
        minimumFractionDigits: decimals ?? 2,
        maximumFractionDigits: decimals ?? 2,
      }).format(value);
    }
    if (format.includes("%")) return new Intl.NumberFormat(LOCALE[lang], { style: "percent", maximumFractionDigits: decimals ?? 0 }).format(value);
    // No thousands separator unless the format asks for one: Excel's General shows 37500.
    const grouping = /#[ ,.\u00a0]##/.test(format);
    return new Intl.NumberFormat(LOCALE[lang], {
      useGrouping: grouping,
      ...(decimals === undefined ? { maximumFractionDigits: 10 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    }).format(value);
  }
  return fallback;
}
