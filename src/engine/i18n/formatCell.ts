import { cellText, type CellValue } from "../table/cellValue";
import type { Lang } from "./lang";
import { formatBoolean, formatDay, inLang } from "./localeFormat";

/**
 * A cell as a French or English user expects to read it in examples and notes: dates as
 * 26/07/2025 or 2025-07-26, decimals with a comma in French. Text is shown as typed.
 */
export function formatCell(value: CellValue, lang: Lang): string {
  if (value instanceof Date) return formatDay(lang, value);
  // Full precision, no grouping: the value as typed, with the user's decimal mark.
  if (typeof value === "number") return inLang(lang, String(value).replace(".", ","), cellText(value));
  if (typeof value === "boolean") return formatBoolean(lang, value);
  return cellText(value);
}
