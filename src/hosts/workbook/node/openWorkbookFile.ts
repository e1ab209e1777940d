import { Readable } from "node:stream";
import { open, readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { ProgressListener } from "../../host";
import type { RawSheet } from "../../../engine/table/table";
import type { CellValue } from "../../../engine/table/cellValue";
import { TriaError } from "../../../engine/errors";
import { WorkbookHost } from "../workbookHost";
import { loadWorkbook, numberFormatsOf, rowNumberFormats, toCellValue, worksheetToRawSheet } from "../readXlsx";
import { canonicalXlsx, type WorkbookInfo } from "../canonicalXlsx";
import { from1904 } from "../dateSystem";
import { withMergedRows } from "../mergedRows";

/**
 * Open a customer file from disk (CLI, bench). An .xlsx is streamed row by row: ExcelJS's
 * in-memory reader needs ~7 KB per row, a million rows would not fit; the streaming reader
 * keeps only our raw cells. Other files go through WorkbookHost.fromBytes.
 */
export async function openWorkbookFile(path: string, onProgress?: ProgressListener): Promise<WorkbookHost> {
  const size = await fileSize(path);
  const fileName = basename(path);
  // A CSV's output is streamed (writeHostWorkbook): it has nothing ExcelJS must keep.
  if (!(await startsWithZip(path)))
    return WorkbookHost.fromBytes(new Uint8Array(await readFile(path)), fileName, onProgress, {
      streamedOutput: true,
      loadBytes: async () => new Uint8Array(await readFile(path)),
    });
  // The packed file is held in memory (a million rows pack to ~100 MB); its unpacked sheets are streamed.
  const bytes = new Uint8Array(await readFile(path));
  const { bytes: canonical, info } = await canonicalXlsx(bytes, fileName);
  const streamed = await streamSheets(canonical, size, fileName, info, onProgress);
  // ExcelJS's streaming reader now and then drops a small sheet at the end of the zip: when it
  // gave fewer sheets than workbook.xml lists, the in-memory reader reads them all.
  const sheets =
    streamed.length >= info.sheets.length
      ? await withMergedRows(streamed, canonical)
      : (await loadWorkbook(bytes, fileName)).worksheets.map(worksheetToRawSheet);
  return WorkbookHost.fromReadSheets(fileName, sheets, async () => new Uint8Array(await readFile(path)));
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new TriaError("isFolder", { file: path });
    return info.size;
  } catch (error) {
    if (error instanceof TriaError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new TriaError("fileNotFound", { file: path });
    throw new TriaError("unreadable", { file: path, reason: String(code ?? error) });
  }
}

async function startsWithZip(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32BE(0) === 0x504b0304;
  } finally {
    await handle.close();
  }
}

async function streamSheets(bytes: Uint8Array, size: number, fileName: string, info: WorkbookInfo, onProgress?: ProgressListener): Promise<RawSheet[]> {
  const stream = Readable.from(chunksOf(bytes), { objectMode: false });
  let read = 0;
  stream.on("data", (chunk: Buffer) => {
    read += chunk.length;
    onProgress?.({ phase: "read", done: Math.min(size, read), total: size });
  });
  const options = { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "emit" } as const;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, options);
  const sheets: RawSheet[] = [];
  try {
    for await (const worksheet of reader) {
      const rows: CellValue[][] = [];
      const formats: string[][] = [];
      // The reader's typings miss its async iteration over rows and its `name`.
      const sheetReader = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      for await (const row of sheetReader) {
        rows[row.number - 1] = rowCells(row, info.date1904);
        const rowFormats = rowNumberFormats(row);
        if (rowFormats) formats[row.number - 1] = rowFormats;
      }
      const hidden = info.sheets.find((s) => s.name === sheetReader.name)?.hidden === true;
      sheets.push({ name: sheetReader.name, rows: Array.from(rows, (row) => row ?? []), ...numberFormatsOf(formats), ...(hidden ? { hidden } : {}) });
    }
  } catch (error) {
    throw new TriaError("unreadable", { file: fileName, reason: error instanceof Error ? error.message : String(error) });
  }
  return sheets;
}

function rowCells(row: ExcelJS.Row, date1904: boolean): CellValue[] {
  const values = row.values as ExcelJS.CellValue[];
  const cells: CellValue[] = new Array<CellValue>(Math.max(0, values.length - 1)).fill(null);
  for (let i = 1; i < values.length; i++) {
    const cell = toCellValue(values[i]);
    cells[i - 1] = date1904 && cell instanceof Date ? from1904(cell) : cell;
  }
  return cells;
}

/** 1 MB slices, so that progress moves while the reader inflates. */
function* chunksOf(bytes: Uint8Array): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 1 << 20) yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(1 << 20, bytes.length - at));
}
