import type { ProgressListener } from "../../host";
import type { CellValue } from "../../../engine/table/cellValue";
import { anchorXml, chartXml, relsXml } from "../nativeCharts";
import { METADATA_SHEET, type TriaMetadata } from "../triaMetadata";
import { cellXml, columnLetters } from "./cellXml";
import type { GridBook, StaticSheet } from "./gridBook";
import type { GridSheet } from "./gridSheet";
import type { Look } from "../../planCells";
import { commentsXml, vmlXml, type SheetNote } from "./notesXml";
import { BufferedPart, writePart, type PartSink } from "./partSink";
import { DATE_FORMAT, StyleTable } from "./styleTable";
import { escapeXml } from "./xmlText";
import { sheetViewsXml } from "./sheetViews";
import { printNamesXml } from "./printNames";

/**
 * Stream a GridBook as .xlsx (ECMA-376 SpreadsheetML), part after part, row after row: the
 * customer sheet is never held as cells or as one string, so a million rows write in a few
 * seconds and flat memory. Parts come in the order readers want them (workbook and styles
 * before the sheets, [Content_Types].xml last, as canonicalXlsx puts them for ExcelJS).
 */
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = "application/vnd.openxmlformats-officedocument";
const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** Excel keeps at most 32,767 characters in a cell: the metadata JSON runs down column A in pieces. */
const METADATA_CHUNK = 30_000;

interface SheetParts {
  readonly path: string;
  readonly extra: string[];
}

export async function writeGridBook(book: GridBook, sink: PartSink, onProgress?: ProgressListener): Promise<void> {
  const styles = new StyleTable(book.userStyles);
  // The user's sheets in their order (the customer sheet among them), then Tria's.
  const userSheets = [...book.others.slice(0, book.mainAt), book.main, ...book.others.slice(book.mainAt)];
  const sheetStyles = userSheets.map((sheet) => columnStyles(sheet, sheet === book.main ? book.headerRow : 0, styles));
  // A date in a cell without a look of its own (a source column holding dates) still shows as a date.
  const dateStyle = styles.idOf({ numFmt: DATE_FORMAT });
  const statics = [...book.sheets, metadataSheet(book)];
  const staticStyles = statics.map((sheet) => new Map([...sheet.styles].map(([key, spec]) => [key, styles.idOf(spec)])));
  const names = [...userSheets.map((s) => s.name), ...statics.map((s) => s.name)];
  const states = [...userSheets.map((s) => s.looks?.state ?? "visible"), ...statics.map((s) => s.state)];

  await writePart(
    sink,
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const shifts = new Map(userSheets.map((sheet) => [sheet.name, sheet.cellShift()]));
  const printNames = printNamesXml(book.printNames, names, (name) => shifts.get(name));
  await writePart(sink, "xl/workbook.xml", workbookXml(names, states, book.mainAt, printNames));
  const sheetRels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  const theme = book.userStyles?.theme ?? null;
  const otherRels = [
    `<Relationship Id="rId${names.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${names.length + 2}" Type="${NS_R}/sharedStrings" Target="sharedStrings.xml"/>`,
    // The user's theme: the colours and fonts their formats name by theme (the streamed writer never names one itself).
    ...(theme ? [`<Relationship Id="rId${names.length + 3}" Type="${NS_R}/theme" Target="theme/theme1.xml"/>`] : []),
  ];
  await writePart(sink, "xl/_rels/workbook.xml.rels", relsXml([...sheetRels, ...otherRels]));
  await writePart(sink, "xl/sharedStrings.xml", `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="0" uniqueCount="0"/>`);
  await writePart(sink, "xl/styles.xml", styles.toXml());
  if (theme) await writePart(sink, "xl/theme/theme1.xml", theme);

  const contentTypes: string[] = theme ? [`<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>`] : [];
  const counters = { chart: 0, drawing: 0 };
  for (const [index, sheet] of userSheets.entries()) {
    const main = sheet === book.main;
    const written = await writeGridSheet(sheet, index + 1, main ? book.headerRow : 0, sheetStyles[index]!, dateStyle, sink, main ? onProgress : undefined);
    contentTypes.push(...written.extra);
  }
  for (const [index, sheet] of statics.entries()) {
    const parts = await writeStaticSheet(sheet, userSheets.length + index + 1, staticStyles[index]!, dateStyle, sink, counters);
    contentTypes.push(...parts.extra);
  }
  const sheetTypes = names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`);
  await writePart(
    sink,
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>${sheetTypes.join("")}${contentTypes.join("")}</Types>`,
  );
}

function workbookXml(names: readonly string[], states: readonly StaticSheet["state"][], active: number, definedNames: string): string {
  const sheets = names.map((name, i) => {
    const state = states[i] !== "visible" ? ` state="${states[i]}"` : "";
    return `<sheet name="${escapeXml(name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
  });
  return `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${sheets.join("")}</sheets>${definedNames}</workbook>`;
}

/**
 * Every styled cell's format number, worked out before the styles part is written: per column,
 * by row. Consecutive rows mostly share their look (a column flag paints every row alike), so
 * the format is looked up again only when the row's layers or formats differ from the last row's.
 */
function columnStyles(sheet: GridSheet, headerRow: number, styles: StyleTable): (Uint16Array | null)[] {
  const last = sheet.lastRow;
  return sheet.columns.map((column) => {
    const source = column.source;
    const userLooks = source !== null && sheet.looks !== null;
    if (column.layers.length === 0 && column.numFmt === null && column.header === null && !userLooks) return null;
    const ids = new Uint16Array(last + 1);
    const layers = column.layers;
    const seen: (Look | undefined)[] = new Array<Look | undefined>(layers.length);
    let seenFormat: string | null = null;
    let seenBold = false;
    let seenXf = 0;
    let seenId = -1;
    for (let row = 1; row <= last; row++) {
      let same = seenId >= 0;
      let any = false;
      for (let i = 0; i < layers.length; i++) {
        const layer = layers[i]!;
        const look = "rows" in layer ? (layer.rows[row] === 1 ? layer.look : undefined) : layer.cells.get(row);
        if (look !== undefined) any = true;
        if (look !== seen[i]) {
          seen[i] = look;
          same = false;
        }
      }
      const bold = column.header !== null && row === headerRow;
      const userXf = userLooks ? sheet.xfAt(row, source) : 0;
      let numFmt = column.numFmtRows?.[row] === 1 ? column.numFmt : null;
      // A date with a look of its own still shows as a date (without one, the writer gives it the date style).
      if (numFmt === null && (any || bold || userXf !== 0) && !styles.formatsNumbers(userXf) && column.value(sheet.cells, row) instanceof Date)
        numFmt = DATE_FORMAT;
      if (!any && numFmt === null && !bold && userXf === 0) continue;
      if (!same || numFmt !== seenFormat || bold !== seenBold || userXf !== seenXf) {
        const look = any ? column.lookAt(row) : null;
        seenId = styles.idOf({ fill: look?.fill ?? null, border: look?.border ?? null, dashed: look?.borderStyle === "dashed", numFmt, bold, userXf });
        seenFormat = numFmt;
        seenBold = bold;
        seenXf = userXf;
      }
      ids[row] = seenId;
    }
    return ids;
  });
}

/** A user's sheet, row after row: the customer sheet with Tria's columns, looks and notes (headerRow > 0), or another one as it was. */
async function writeGridSheet(
  sheet: GridSheet,
  number: number,
  headerRow: number,
  styleIds: readonly (Uint16Array | null)[],
  dateStyle: number,
  sink: PartSink,
  onProgress?: ProgressListener,
): Promise<SheetParts> {
  const path = `xl/worksheets/sheet${number}.xml`;
  const columns = sheet.columns;
  const letters = columnLetters(columns.length);
  const last = sheet.lastRow;
  const notes: SheetNote[] = [];
  columns.forEach((column, index) => {
    for (const [row, text] of column.notes) notes.push({ row, column: index + 1, ref: `${letters[index]}${row}`, text });
  });
  notes.sort((a, b) => a.row - b.row || a.column - b.column);
  const looks = sheet.looks;
  const part = new BufferedPart(sink.part(path));
  part.add(
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${looks?.properties ?? ""}<dimension ref="A1:${letters[Math.max(0, columns.length - 1)] ?? "A"}${Math.max(1, last)}"/>`,
  );
  const views = { selected: headerRow > 0, freezeRow: headerRow > 0 && last > headerRow ? headerRow : 0 };
  part.add(`${sheetViewsXml(looks?.views ?? "", sheet.cellShift(), views)}${looks?.format || '<sheetFormatPr defaultRowHeight="15"/>'}`);
  part.add(colsXml(columns.map((column) => column.width ?? sourceWidth(sheet, column.source, Math.max(1, headerRow)))));
  part.add("<sheetData>");
  const source = sheet.cells;
  const heights = looks?.heights;
  for (let row = 1; row <= last; row++) {
    let cells = "";
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const value = column.value(source, row);
      const style = styleIds[c]?.[row] ?? 0;
      if ((value === null || value === "") && style === 0) continue;
      cells += cellXml(letters[c]! + row, value, style === 0 && value instanceof Date ? dateStyle : style);
    }
    const height = heights?.get(row);
    if ((cells !== "" || height !== undefined) && part.add(`<row r="${row}"${height ?? ""}>${cells}</row>`)) {
      await part.flush();
      onProgress?.({ phase: "write", done: row, total: last });
    }
  }
  part.add(`</sheetData>${sheet.looks?.tail || PAGE_MARGINS}`);
  part.add(notes.length > 0 ? '<legacyDrawing r:id="rIdNotes"/></worksheet>' : "</worksheet>");
  await part.end();
  onProgress?.({ phase: "write", done: last, total: last });
  if (notes.length === 0) return { path, extra: [] };
  await streamPart(sink, `xl/comments${number}.xml`, commentsXml(notes));
  await streamPart(sink, `xl/drawings/vmlDrawing${number}.vml`, vmlXml(notes, 1));
  await writePart(
    sink,
    `xl/worksheets/_rels/sheet${number}.xml.rels`,
    relsXml([
      `<Relationship Id="rIdComments" Type="${NS_R}/comments" Target="../comments${number}.xml"/>`,
      `<Relationship Id="rIdNotes" Type="${NS_R}/vmlDrawing" Target="../drawings/vmlDrawing${number}.vml"/>`,
    ]),
  );
  return { path, extra: [`<Override PartName="/xl/comments${number}.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>`] };
}

async function writeStaticSheet(
  sheet: StaticSheet,
  number: number,
  styleIds: ReadonlyMap<string, number>,
  dateStyle: number,
  sink: PartSink,
  counters: { chart: number; drawing: number },
): Promise<SheetParts> {
  const path = `xl/worksheets/sheet${number}.xml`;
  const width = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  const letters = columnLetters(Math.max(width, 1));
  const part = new BufferedPart(sink.part(path));
  part.add(
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>`,
  );
  part.add(colsXml(sheet.widths));
  part.add("<sheetData>");
  // By row, then column: one "row:column" key built per cell was most of the time of a
  // 22,000-row sheet of scored customers.
  const rowStyles = new Map<number, Map<number, number>>();
  for (const [key, id] of styleIds) {
    const [row = 0, column = 0] = key.split(":").map(Number);
    let columns = rowStyles.get(row);
    if (!columns) rowStyles.set(row, (columns = new Map()));
    columns.set(column, id);
  }
  for (const [index, row] of sheet.rows.entries()) {
    let cells = "";
    const styled = rowStyles.get(index + 1);
    for (let c = 0; c < width; c++) {
      const value: CellValue = row[c] ?? null;
      const style = styled?.get(c + 1) ?? 0;
      if ((value !== null && value !== "") || style !== 0)
        cells += cellXml(`${letters[c]}${index + 1}`, value, style === 0 && value instanceof Date ? dateStyle : style);
    }
    if (cells !== "" && part.add(`<row r="${index + 1}">${cells}</row>`)) await part.flush();
  }
  const charts = (sheet.source?.charts ?? []).filter((chart) => chart.kind !== "pie");
  part.add(`</sheetData>${PAGE_MARGINS}${charts.length > 0 ? '<drawing r:id="rIdCharts"/>' : ""}</worksheet>`);
  await part.end();
  if (charts.length === 0 || !sheet.source) return { path, extra: [] };
  const drawing = ++counters.drawing;
  const extra = [`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${CT}.drawing+xml"/>`];
  const anchors: string[] = [];
  const rels: string[] = [];
  for (const chart of charts) {
    const number = ++counters.chart;
    await writePart(sink, `xl/charts/chart${number}.xml`, chartXml(chart, sheet.source));
    extra.push(`<Override PartName="/xl/charts/chart${number}.xml" ContentType="${CT}.drawingml.chart+xml"/>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${NS_R}/chart" Target="../charts/chart${number}.xml"/>`);
    anchors.push(anchorXml(chart, `rId${rels.length}`, anchors.length + 2));
  }
  await writePart(
    sink,
    `xl/drawings/drawing${drawing}.xml`,
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join("")}</xdr:wsDr>`,
  );
  await writePart(sink, `xl/drawings/_rels/drawing${drawing}.xml.rels`, relsXml(rels));
  await writePart(
    sink,
    `xl/worksheets/_rels/sheet${number}.xml.rels`,
    relsXml([`<Relationship Id="rIdCharts" Type="${NS_R}/drawing" Target="../drawings/drawing${drawing}.xml"/>`]),
  );
  return { path, extra };
}

async function streamPart(sink: PartSink, path: string, pieces: Iterable<string>): Promise<void> {
  const part = new BufferedPart(sink.part(path));
  for (const piece of pieces) if (part.add(piece)) await part.flush();
  await part.end();
}

function colsXml(widths: readonly (number | null | undefined)[]): string {
  const cols = widths.flatMap((width, i) => (width ? [`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`] : []));
  return cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "";
}

/** A CSV column's width from its header and first rows, so the file opens readable. */
function sourceWidth(sheet: GridSheet, source: number | null, headerRow: number): number | null {
  if (source === null) return null;
  let longest = 0;
  const end = Math.min(sheet.rows.length, headerRow + 200);
  for (let row = headerRow; row <= end; row++) {
    const value = sheet.cells.cell(row - 1, source);
    if (value !== null) longest = Math.max(longest, String(value).length);
  }
  return Math.max(8, Math.min(40, longest + 2));
}

/** The very hidden sheet that tells the next run which columns and sheets are Tria's and what it painted. */
function metadataSheet(book: GridBook): StaticSheet {
  const letters = columnLetters(book.main.columns.length);
  const columns = book.main.columns.flatMap((column, index) => (column.key === null ? [] : [{ sheet: book.main.name, key: column.key, column: index + 1 }]));
  const ranges = book.main.columns.flatMap((column, index) => column.paintedRanges(letters[index]!));
  const metadata: TriaMetadata = { version: 1, columns, sheets: book.sheets.map((s) => s.name), painted: [{ sheet: book.main.name, ranges, before: {} }] };
  const text = JSON.stringify(metadata);
  const rows = Array.from({ length: Math.max(1, Math.ceil(text.length / METADATA_CHUNK)) }, (_, i) => [
    text.slice(i * METADATA_CHUNK, (i + 1) * METADATA_CHUNK),
  ]);
  return { name: METADATA_SHEET, state: "veryHidden", rows, styles: new Map(), widths: [], source: null };
}
