import type { Lang } from "./lang";

/**
 * How Tria writes numbers, percentages, dates and its two-language labels: the one place that
 * looks at which language it is (eslint forbids `lang === "fr" ?` elsewhere). Messages go
 * through defineMessages; what is not a sentence (a number, a date, a pair of labels) comes here.
 */

/** French as in France, English as in the UK (day before month, like the French). */
const LOCALES: Readonly<Record<Lang, string>> = { fr: "fr-FR", en: "en-GB" };

/** The BCP 47 locale for Intl and toLocaleString: "fr-FR" or "en-GB". */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** The French or the English of a pair of labels: `inLang(lang, "Autre", "Other")`. */
export function inLang<T>(lang: Lang, fr: T, en: T): T {
  return lang === "fr" ? fr : en;
}

/** A label table's pair, French first: `[fr: "Réaction", en: "Reaction"]`. */
export function ofPair<T>(lang: Lang, pair: readonly [fr: T, en: T]): T {
  return inLang(lang, pair[0], pair[1]);
}

export interface NumberStyle {
  /** Exactly this many decimals ("15,00"); otherwise up to maxDecimals. */
  readonly decimals?: number;
  /** At most this many decimals, trailing zeros dropped (default 3, as toLocaleString). */
  readonly maxDecimals?: number;
  /** Group thousands (default true): "37 500" in French, "37,500" in English. */
  readonly grouping?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number as the user writes it: French groups thousands with a narrow no-break space and
 * writes a decimal comma ("1 234,5"), English "1,234.5".
 */
export function formatNumber(lang: Lang, value: number, style: NumberStyle = {}): string {
  const min = style.decimals ?? 0;
  const max = style.decimals ?? style.maxDecimals ?? 3;
  const grouping = style.grouping ?? true;
  const key = `${lang}|${min}|${max}|${grouping}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * A percentage given in points (12.34 → "12,3 %" / "12.3%"): French puts a space before %,
 * English none. A plain space, so the text reads the same in a terminal, a CSV and a note.
 */
export function formatPercent(lang: Lang, points: number, decimals = 1): string {
  const number = formatNumber(lang, points, { decimals, grouping: false });
  return inLang(lang, `${number} %`, `${number}%`);
}

/**
 * A day given as ISO "2025-07-26": 26/07/2025 in French; English keeps ISO 8601, which no
 * reader on either side of the Atlantic takes for another day.
 */
export function formatIsoDay(lang: Lang, iso: string): string {
  return inLang(lang, `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, iso);
}

/** A day as a Date (its UTC day, as cells hold them): see formatIsoDay. */
export function formatDay(lang: Lang, date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : formatIsoDay(lang, date.toISOString().slice(0, 10));
}

/** A spreadsheet's TRUE and FALSE in the user's Excel: VRAI / FAUX in French. */
export function formatBoolean(lang: Lang, value: boolean): string {
  return value ? inLang(lang, "VRAI", "TRUE") : inLang(lang, "FAUX", "FALSE");
}

/** "a ou b", "a or b": alternatives, as a note lists the fields that could fill a gap. */
export function joinAlternatives(lang: Lang, items: readonly string[]): string {
  return items.join(inLang(lang, " ou ", " or "));
}

/** The colon after a label: French puts a space before it ("Erreur :"), English none. */
export function colon(lang: Lang): string {
  return inLang(lang, " :", ":");
}

/** Quotes around a name: « Clients » in French, "Clients" in English. */
export function quote(lang: Lang, text: string): string {
  return inLang(lang, `« ${text} »`, `"${text}"`);
}
