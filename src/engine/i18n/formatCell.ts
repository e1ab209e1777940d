import { cellText, type CellValue } from "../table/cellValue";
import type { Lang } from "./lang";

/**
 * A cell as a French or English user expects to read it in examples and notes: dates as
 * 26/07/2025 or 2025-07-26, decimals with a comma in French. Text is shown as typed.
 */
export function formatCell(value: CellValue, lang: Lang): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const iso = value.toISOString().slice(0, 10);
    return lang === "fr" ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
  }
  if (typeof value === "number" && lang === "fr") return String(value).replace(".", ",");
  if (typeof value === "boolean") return lang === "fr" ? (value ? "VRAI" : "FAUX") : value ? "TRUE" : "FALSE";
  return cellText(value);
}
