import { Readable } from "node:stream";
import { open, readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { getHeapStatistics } from "node:v8";
import type ExcelJS from "exceljs";
import { loadExcelJs } from "../loadExcelJs";
import type { ProgressListener } from "../../host";
import type { RawSheet } from "../../../engine/table/table";
import type { CellValue } from "../../../engine/table/cellValue";
import { TriaError } from "../../../engine/errors";
import { WorkbookHost } from "../workbookHost";
import { loadWorkbook, numberFormatsOf, rowNumberFormats, toCellValue, worksheetToRawSheet } from "../readXlsx";
import { canonicalXlsx, type WorkbookInfo } from "../canonicalXlsx";
import { from1904 } from "../dateSystem";
import { withMergedRows } from "../mergedRows";
import { plainWorkbook } from "./plainWorkbook";
import { METADATA_SHEET } from "../triaMetadata";
import { CellFormats } from "./cellFormats";
import { SheetColumnsBuilder } from "../../../engine/table/sheetColumns";
import { sheetRowsView } from "../../../engine/table/sheetRowsView";

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
      columnarCells: true,
      loadBytes: async () => new Uint8Array(await readFile(path)),
    });
  // The packed file is held in memory (a million rows pack to ~100 MB); its unpacked sheets are
  // streamed. V8's heap growth for a big workbook is set by the launcher (src/cli/nodeFlags.mjs).
  // Only the canonical bytes are kept past this line (the same bytes when nothing was renamed):
  // holding both would add ~135 MB at a million rows while the sheets stream.
  const { bytes: canonical, info } = await canonicalXlsx(new Uint8Array(await readFile(path)), fileName);
  // A workbook with nothing but values and looks is written back by the streaming writer too
  // (plainWorkbook.ts); one Tria wrote goes through ExcelJS, which clears the last run's looks.
  const plain = info.sheets.some((sheet) => sheet.name === METADATA_SHEET) ? null : await plainWorkbook(canonical);
  let streamed = await streamSheets(canonical, size, fileName, info, plain !== null, onProgress);
  const loadBytes = async () => new Uint8Array(await readFile(path));
  // ExcelJS's streaming reader now and then drops a small sheet at the end of the zip, on a
  // loaded machine (a race: the same file reads whole the next time; CI saw it miss twice in a
  // row). Read up to three more times; when it still gave fewer sheets than workbook.xml lists,
  // the in-memory reader reads them all (the output then goes through ExcelJS: a plain
  // workbook's frozen panes and theme would be its).
  for (let attempt = 1; attempt < 4 && streamed.length < info.sheets.length; attempt++)
    streamed = await streamSheets(canonical, size, fileName, info, plain !== null, onProgress);
  if (streamed.length < info.sheets.length)
    return WorkbookHost.fromReadSheets(fileName, (await loadWorkbook(canonical, fileName)).worksheets.map(worksheetToRawSheet), loadBytes);
  const sheets = await withMergedRows(
    streamed.map((s) => s.sheet),
    canonical,
  );
  // Not plain: written back through ExcelJS, whole in memory, so refused past what the heap holds.
  if (!plain) return WorkbookHost.fromReadSheets(fileName, sheets, loadBytes, undefined, getHeapStatistics().heap_size_limit);
  const looks = new Map(
    streamed.map(({ sheet, xfs }) => {
      const own = plain.sheets.get(sheet.name);
      const { widths = [], state = "visible", properties = "", tail = "", views = "", format = "", heights = new Map<number, string>() } = own ?? {};
      return [sheet.name, { xfs, widths, state, properties, tail, views, format, heights, rowsAbove: 0 }] as const;
    }),
  );
  return WorkbookHost.fromReadSheets(fileName, sheets, loadBytes, { styles: plain.styles, looks, printNames: plain.printNames });
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

/** A sheet as streamed: its cells, and each cell's format in the user's styles when the workbook is written back streamed. */
interface StreamedSheet {
  readonly sheet: RawSheet;
  readonly xfs: (Uint16Array | undefined)[];
}

async function streamSheets(
  bytes: Uint8Array,
  size: number,
  fileName: string,
  info: WorkbookInfo,
  withFormats: boolean,
  onProgress?: ProgressListener,
): Promise<StreamedSheet[]> {
  // Loaded before the stream exists: the "data" listener below starts it flowing, and a reader
  // made after an await would miss its first chunks (FILE_ENDED).
  const ExcelJs = await loadExcelJs();
  const stream = Readable.from(chunksOf(bytes), { objectMode: false });
  let read = 0;
  stream.on("data", (chunk: Buffer) => {
    read += chunk.length;
    onProgress?.({ phase: "read", done: Math.min(size, read), total: size });
  });
  const options = { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "emit" } as const;
  const reader = new ExcelJs.stream.xlsx.WorkbookReader(stream, options);
  const formats = new CellFormats(reader);
  const sheets: StreamedSheet[] = [];
  try {
    for await (const worksheet of reader) {
      // Held column-wise (SheetColumns): no array per row, no string per cell.
      const rows = new SheetColumnsBuilder();
      const numberFormats: string[][] = [];
      const xfs: (Uint16Array | undefined)[] = [];
      // The reader's typings miss its async iteration over rows and its `name`.
      const sheetReader = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      for await (const row of sheetReader) {
        rows.pushAt(row.number - 1, rowCells(row, info.date1904));
        if (withFormats) xfs[row.number - 1] = formats.ofRow(row);
        const rowFormats = rowNumberFormats(row);
        if (rowFormats) numberFormats[row.number - 1] = rowFormats;
      }
      const hidden = info.sheets.find((s) => s.name === sheetReader.name)?.hidden === true;
      const sheet = { name: sheetReader.name, rows: sheetRowsView(rows.finish()), ...numberFormatsOf(numberFormats), ...(hidden ? { hidden } : {}) };
      sheets.push({ sheet, xfs });
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
    // Texts are cut from pieces of the sheet's XML: the columns keep copies of them (detachedString).
    const cell = toCellValue(values[i]);
    cells[i - 1] = date1904 && cell instanceof Date ? from1904(cell) : cell;
  }
  return cells;
}

/** 1 MB slices, so that progress moves while the reader inflates. */
function* chunksOf(bytes: Uint8Array): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 1 << 20) yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(1 << 20, bytes.length - at));
}
