import { isCellError, type CellValue } from "../../../engine/table/cellValue";
import { escapeXml } from "./xmlText";

/** Excel keeps at most 32,767 characters in a cell and refuses a file with more. */
const MAX_CELL_TEXT = 32_767;
/** Serial of 1 January 1970 in the 1900 date system (what ExcelJS writes for a Date). */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/** One <c> element: text inline (nothing kept for a shared-strings table), numbers, booleans, errors. */
export function cellXml(ref: string, value: CellValue, style: number): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (value === null || value === "") return `<c r="${ref}"${s}/>`;
  if (typeof value === "string") return `<c r="${ref}"${s} t="inlineStr"><is>${textXml(value)}</is></c>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? `<c r="${ref}"${s}/>` : `<c r="${ref}"${s}><v>${UNIX_EPOCH_SERIAL + time / DAY_MS}</v></c>`;
  }
  if (isCellError(value)) return `<c r="${ref}"${s} t="e"><v>${escapeXml(value.error)}</v></c>`;
  return `<c r="${ref}"${s}/>`;
}

/** A <t> run; spaces at either end or line breaks are kept (xml:space), over-long text is cut to Excel's limit. */
export function textXml(text: string): string {
  const kept = text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
  const code0 = kept.charCodeAt(0);
  const codeN = kept.charCodeAt(kept.length - 1);
  const preserve = code0 <= 32 || codeN <= 32 || kept.includes("\n");
  return preserve ? `<t xml:space="preserve">${escapeXml(kept)}</t>` : `<t>${escapeXml(kept)}</t>`;
}

/** A..Z, AA.., as far as needed. */
export function columnLetters(count: number): string[] {
  const letters: string[] = [];
  for (let n = 1; n <= count; n++) {
    let name = "";
    for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
    letters.push(name);
  }
  return letters;
}
