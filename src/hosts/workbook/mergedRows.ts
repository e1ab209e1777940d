import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { RawSheet } from "../../engine/table/table";
import { sheetParts } from "./carryDrawings";

/**
 * Rows where a range merged across two columns or more starts: a note typed under the table
 * and merged over its width ("Note : chiffres au 30/06" over A9:F9) is told from a customer by
 * it (engine/table/noteRows.ts). The in-memory reader knows the sheet's merges; the streaming
 * reader does not, so the sheet's XML is scanned for its <mergeCell> elements, and only when
 * its last row could be such a note (one filled cell): a million-row sheet is not read twice.
 */
export function mergedRowsOfWorksheet(worksheet: ExcelJS.Worksheet): ReadonlySet<number> {
  type Merge = { model: { top: number; left: number; right: number } };
  const merges = (worksheet as unknown as { _merges?: Record<string, Merge> })._merges ?? {};
  return new Set(
    Object.values(merges)
      .filter((merge) => merge.model.right > merge.model.left)
      .map((merge) => merge.model.top),
  );
}

/** The streamed sheets, each whose last row holds one cell told which of its rows start a merge across columns. */
export async function withMergedRows(sheets: readonly RawSheet[], bytes: Uint8Array): Promise<RawSheet[]> {
  if (!sheets.some(endsWithLoneCell)) return [...sheets];
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  return Promise.all(
    sheets.map(async (sheet) => {
      const part = parts.find((p) => p.name === sheet.name)?.part;
      if (!endsWithLoneCell(sheet) || !part || !zip.file(part)) return sheet;
      const rows = await mergedRowsInXml(zip.file(part)!);
      return rows.size === 0 ? sheet : { ...sheet, mergedRows: rows };
    }),
  );
}

function endsWithLoneCell(sheet: RawSheet): boolean {
  for (let i = sheet.rows.length - 1; i >= 0; i--) {
    const filled = (sheet.rows[i] ?? []).filter((cell) => cell !== null).length;
    if (filled > 0) return filled === 1;
  }
  return false;
}

const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?\d+"/g;
/** Enough of a chunk's end to hold a <mergeCell> cut in two. */
const CARRY = 256;

/** The sheet's XML read as a stream (a big sheet is never one string), its merges' first rows collected. Node only (CLI). */
function mergedRowsInXml(file: JSZip.JSZipObject): Promise<Set<number>> {
  const rows = new Set<number>();
  let carry = "";
  return new Promise((resolve, reject) => {
    file
      .nodeStream("nodebuffer")
      .on("data", (chunk: Buffer) => {
        // latin1: the tags and references are ASCII, and a character cut between chunks cannot throw.
        const text = carry + chunk.toString("latin1");
        for (const match of text.matchAll(MERGE)) if (match[1] !== match[3]) rows.add(Number(match[2]));
        carry = text.slice(-CARRY);
      })
      .on("error", reject)
      .on("end", () => resolve(rows))
      .resume();
  });
}
