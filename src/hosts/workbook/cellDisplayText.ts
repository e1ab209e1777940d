import type { Lang } from "../../engine/i18n/lang";
import { excelDayText, numberAsFormatted } from "../../engine/i18n/numberFormatText";

/**
 * A cell's value as the user's Excel shows it, for the preview: dates 26/07/2025 (not
 * "Sat Jul 26 2025 00:00:00 GMT…"), amounts with a € format 191,69 € (fr) or €191.69 (en),
 * other numbers with the locale's decimal mark. Text stays as typed.
 */
export function cellDisplayText(value: unknown, numFmt: string | undefined, lang: Lang, fallback: string): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? fallback : excelDayText(value);
  if (typeof value === "number" && Number.isFinite(value)) return numberAsFormatted(value, numFmt, lang) ?? fallback;
  return fallback;
}
