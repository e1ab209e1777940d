import type ExcelJS from "exceljs";
import { loadExcelJs } from "./loadExcelJs";
import type { ApplyOptions, Host, ProgressListener } from "../host";
import type { Plan } from "../../engine/plan";
import type { RawSheet } from "../../engine/table/table";
import { TriaError } from "../../engine/errors";
import { detectFileKind, type FileKind } from "./detectFileKind";
import { readCsv } from "./readCsv";
import { loadWorkbook, worksheetToRawSheet } from "./readXlsx";
import { applyPlanToWorkbook } from "./applyPlan";
import { pickSheet } from "./pickSheet";
import type { OtherDelimiterRow } from "./csvDamage";
import { translate } from "../../engine/i18n/messages";
import type { Lang } from "../../engine/i18n/lang";
import { METADATA_SHEET, metadataColumn, metadataFromCells, readMetadata, type TriaMetadata } from "./triaMetadata";
import { GridBook } from "./stream/gridBook";
import { GridSheet } from "./stream/gridSheet";
import { writeGridBook } from "./stream/writeGridBook";
import { collectParts } from "./stream/collectParts";
import type { PartSink } from "./stream/partSink";
import type { SheetLooks } from "./stream/gridSheet";
import type { UserStyles } from "./stream/userStyles";
import type { PrintName } from "./stream/printNames";
import { thenShift, type CellShift } from "./cellShift";
import { carryDrawings, sheetDrawings } from "./carryDrawings";
import { refuseFeaturesNotKept } from "./featuresNotKept";
import { refuseTooBigToRewrite } from "./rewriteBudget";
import { withHeaderRowAdded } from "./headerRowAdded";
import { gridBookPreview } from "./stream/gridPreview";
import type { ResultGrid } from "../resultGrid";

export interface HostOptions {
  /**
   * Write a CSV's output with the streaming writer (stream/writeGridBook) instead of ExcelJS:
   * a CSV has nothing ExcelJS must keep (no merges, tables, charts, formats), and ExcelJS
   * holds ~7 KB per row. The CLI sets it; the web page keeps ExcelJS for now.
   */
  readonly streamedOutput?: boolean;
  /**
   * Hand a CSV's sheet over as a view of its columns (readCsv's `columnar`: no array per row,
   * no string per cell). The CLI sets it; the web page posts sheets between threads, which a
   * view cannot cross, and keeps arrays.
   */
  readonly columnarCells?: boolean;
  /** Loads the file's bytes again when needed (the CLI reads it from disk): a 160 MB CSV is not held during the job. */
  readonly loadBytes?: () => Promise<Uint8Array>;
}

/** What a plain .xlsx brings for the streaming writer: its styles, and each sheet's looks by name. */
export interface PlainLooks {
  readonly styles: UserStyles;
  readonly looks: ReadonlyMap<string, SheetLooks>;
  readonly printNames: readonly PrintName[];
}

/**
 * A customer file (.xlsx, .csv, .txt) held in memory, for the CLI and the stand-alone web page.
 * Reading never changes the bytes it was given; apply() works on a fresh copy and keeps it
 * only when the whole Plan went through, and outputBytes() gives that copy as .xlsx.
 */
export class WorkbookHost implements Host {
  private output: ExcelJS.Workbook | null = null;
  /** A CSV's output for the streaming writer (HostOptions.streamedOutput), once a Plan was applied. */
  private grid: GridBook | null = null;
  /** The grid changed since `sheets` was made from it: made again when a job reads. */
  private gridStale = false;
  /** A plain .xlsx's styles and each sheet's looks, for the streaming writer. */
  private plain: PlainLooks | null = null;
  /** Bytes the process may hold (the CLI's heap limit): a workbook ExcelJS could not hold within it is refused before loading. */
  private memoryLimit: number | null = null;
  /** Sheets Tria wrote (legend, summaries): never the sheet a job reads by default. */
  private triaSheets = new Set<string>();
  /** Where each changed sheet's original cells went (lower-case name), across every applied Plan. */
  private readonly cellShifts = new Map<string, CellShift>();
  readonly warnings: string[] = [];

  private constructor(
    readonly fileName: string,
    readonly kind: FileKind,
    /** The original file, loaded again only when a Plan is applied (a big file may be streamed). */
    private readonly loadBytes: () => Promise<Uint8Array>,
    private sheets: readonly RawSheet[],
    /** For a CSV: the delimiter and encoding it was read with, for messages. */
    readonly csvInfo: { delimiter: string; encoding: string; otherDelimiterRows: readonly OtherDelimiterRow[] } | null,
    private readonly streamed = false,
  ) {}

  static async fromBytes(bytes: Uint8Array, fileName: string, onProgress?: ProgressListener, options: HostOptions = {}): Promise<WorkbookHost> {
    const kind = detectFileKind(bytes, fileName);
    if (kind === "csv") {
      const { sheet, delimiter, encoding, otherDelimiterRows } = readCsv(bytes, baseName(fileName), onProgress, fileName, options.columnarCells === true);
      const read = withHeaderRowAdded(sheet);
      return new WorkbookHost(
        fileName,
        kind,
        options.loadBytes ?? (async () => bytes),
        [read],
        { delimiter, encoding, otherDelimiterRows },
        options.streamedOutput === true,
      );
    }
    const workbook = await loadWorkbook(bytes, fileName);
    const sheets = workbook.worksheets.map(worksheetToRawSheet);
    return WorkbookHost.fromReadSheets(fileName, sheets, async () => bytes);
  }

  /**
   * An .xlsx whose sheets were already read (streamed from disk by the CLI). With `plain` (a
   * workbook of values and looks only, node/plainWorkbook.ts), its output is streamed too.
   */
  static fromReadSheets(
    fileName: string,
    sheets: readonly RawSheet[],
    loadBytes: () => Promise<Uint8Array>,
    plain?: PlainLooks,
    memoryLimit?: number,
  ): WorkbookHost {
    const host = new WorkbookHost(fileName, "xlsx", loadBytes, fromMetadata(sheets).map(withHeaderRowAdded), null, plain !== undefined);
    host.plain = plain ?? null;
    host.memoryLimit = memoryLimit ?? null;
    // A workbook Tria wrote: its legend and summaries are never the sheet a job reads by default.
    host.triaSheets = new Set(metadataOf(sheets).sheets);
    return host;
  }

  /** True when outputs go through writeOutput (the streaming writer), false for ExcelJS. */
  get streamsOutput(): boolean {
    return this.streamed;
  }

  /** The output's first rows as readResultGrid would read them back, from the streamed grid (null: read the bytes). */
  previewGrid(sheet: string, headerRow: number, limit: number, lang: Lang): ResultGrid | null {
    return this.streamed && this.grid ? gridBookPreview(this.grid, sheet, headerRow, limit, lang) : null;
  }

  async listSheets(): Promise<string[]> {
    return this.currentSheets().map((sheet) => sheet.name);
  }

  /** The user's own sheets, in workbook order: never one Tria wrote (legend, summaries) nor its metadata. */
  async userSheets(): Promise<string[]> {
    return this.currentSheets()
      .map((sheet) => sheet.name)
      .filter((name) => !this.triaSheets.has(name));
  }

  /** The named sheet, or the customer sheet: the first visible one that reads as a table (pickSheet). */
  async readSheet(name?: string, onProgress?: ProgressListener): Promise<RawSheet> {
    const sheets = this.currentSheets();
    const userSheets = sheets.filter((s) => !this.triaSheets.has(s.name));
    const sheet = name === undefined ? pickSheet(userSheets) : sheets.find((s) => s.name === name);
    if (!sheet) {
      if (name !== undefined) throw new TriaError("sheetNotFound", { sheet: name, sheets: sheets.map((s) => s.name).join(", ") });
      throw new TriaError("emptyWorkbook", { file: this.fileName });
    }
    onProgress?.({ phase: "read", done: sheet.rows.length, total: sheet.rows.length });
    // Chosen among others: the report says so, and which (--sheet reads another).
    const others =
      name === undefined ? userSheets.filter((s) => s !== sheet && s.rows.some((row) => row.some((cell) => cell !== null))).map((s) => s.name) : [];
    return others.length > 0 ? { ...sheet, otherSheets: others } : sheet;
  }

  async apply(plan: Plan, options: ApplyOptions): Promise<void> {
    if (this.streamed) return this.applyToGrid(plan, options);
    const continuing = this.output !== null;
    // Before any work: what the written workbook would lose is refused, not dropped silently.
    if (!continuing && this.kind === "xlsx") {
      // The sheets were streamed (never whole in memory); ExcelJS would hold them whole.
      if (this.memoryLimit !== null) refuseTooBigToRewrite(this.sheets, this.fileName, this.memoryLimit);
      await refuseFeaturesNotKept(await this.loadBytes(), this.fileName, options.lang);
    }
    const copy = await this.freshCopy();
    options.signal?.throwIfAborted();
    const insertHeaderRow = this.kind === "xlsx" && !continuing;
    const { warnings, shift } = applyPlanToWorkbook(copy, plan, options.lang, { continuing, insertHeaderRow });
    if (shift) {
      const key = plan.sheet.toLowerCase();
      const before = this.cellShifts.get(key);
      this.cellShifts.set(key, before ? thenShift(before, shift) : shift);
    }
    options.onProgress?.({ phase: "apply", done: plan.rows.length, total: plan.rows.length });
    // Applied plans accumulate: a later job (score after structure) reads the sheet as it is now,
    // with Tria's columns known as its own.
    this.output = copy;
    this.sheets = fromMetadata(copy.worksheets.map(worksheetToRawSheet));
    this.triaSheets = new Set(readMetadata(copy).sheets);
    this.warnings.push(...warnings, ...csvWarnings(this.csvInfo, options.lang));
  }

  /** The streamed output (HostOptions.streamedOutput) into a sink: the CLI's zip file. */
  async writeOutput(sink: PartSink, onProgress?: ProgressListener): Promise<void> {
    if (!this.streamed) throw new Error("writeOutput: this host writes through ExcelJS (outputBytes)");
    await writeGridBook(this.grid ?? this.newGrid(this.sheets[0]!.name), sink, onProgress);
  }

  /** The file as .xlsx with every applied Plan; the untouched original when none was. */
  async outputBytes(): Promise<Uint8Array> {
    if (this.streamed) return collectParts((sink) => this.writeOutput(sink));
    const workbook = this.output ?? (await this.freshCopy());
    if (this.kind !== "xlsx") return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    // ExcelJS drops charts and leaves pictures where they were: the original drawings are put back, moved.
    const original = await this.loadBytes();
    const drawn = new Set((await sheetDrawings(original)).map((d) => d.sheet.toLowerCase()));
    for (const sheet of workbook.worksheets) if (drawn.has(sheet.name.toLowerCase())) dropPictures(sheet);
    const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    return carryDrawings(written, original, (name) => this.cellShifts.get(name.toLowerCase()));
  }

  private async applyToGrid(plan: Plan, options: ApplyOptions): Promise<void> {
    options.signal?.throwIfAborted();
    const grid = this.grid ?? this.newGrid(plan.sheet);
    grid.apply(plan, options.lang);
    options.onProgress?.({ phase: "apply", done: plan.rows.length, total: plan.rows.length });
    if (this.grid === null) this.warnings.push(...csvWarnings(this.csvInfo, options.lang));
    this.grid = grid;
    this.gridStale = true;
    this.triaSheets = new Set(grid.sheets.map((sheet) => sheet.name));
  }

  /**
   * The streamed output before any Plan: the customer sheet (`main`, else the first) as a
   * GridSheet, and a plain workbook's other sheets beside it, in their order, with their looks.
   */
  private newGrid(main: string): GridBook {
    const sheets = this.sheets.map((sheet) => {
      const looks = this.plain?.looks.get(sheet.name);
      // A header row added above the sheet: its cells' formats and rows' heights move down with them.
      const shifted = looks && sheet.headerAdded === true ? headerRowAbove(looks) : looks;
      return new GridSheet(sheet.name, sheet.rows, shifted ?? null);
    });
    const at = Math.max(
      0,
      sheets.findIndex((sheet) => sheet.name === main),
    );
    const book = new GridBook(sheets[at]!, [...sheets.slice(0, at), ...sheets.slice(at + 1)], at, this.plain?.styles ?? null);
    book.printNames = this.plain?.printNames ?? [];
    return book;
  }

  /** The sheets as a job reads them now (for a streamed output: made from the grid only when read). */
  private currentSheets(): readonly RawSheet[] {
    if (this.grid && this.gridStale) {
      const others = this.grid.others.map((sheet) => this.sheets.find((s) => s.name === sheet.name) ?? { name: sheet.name, rows: sheet.rows });
      const user = [...others.slice(0, this.grid.mainAt), this.grid.main.toRawSheet(), ...others.slice(this.grid.mainAt)];
      this.sheets = [...user, ...this.grid.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows }))];
      this.gridStale = false;
    }
    return this.sheets;
  }

  private async freshCopy(): Promise<ExcelJS.Workbook> {
    if (this.output) return loadWorkbook(new Uint8Array((await this.output.xlsx.writeBuffer()) as ArrayBuffer), this.fileName);
    if (this.kind === "xlsx") return loadWorkbook(await this.loadBytes(), this.fileName);
    const workbook = new (await loadExcelJs()).Workbook();
    for (const sheet of this.sheets) {
      // A CSV can be wider than a workbook: said plainly, before ExcelJS throws on column 16,385.
      const columns = sheet.rows.reduce((most, row) => Math.max(most, row.length), 0);
      if (columns > MAX_WORKBOOK_COLUMNS) throw new TriaError("tooWide", { sheet: sheet.name, columns });
      workbook.addWorksheet(sheet.name).addRows(sheet.rows.map((row) => [...row]));
    }
    return workbook;
  }
}

/** A sheet's looks once a row is inserted above it, as Excel's "Insert rows" moves them. */
function headerRowAbove(looks: SheetLooks): SheetLooks {
  const heights = new Map([...looks.heights].map(([row, height]) => [row + 1, height]));
  return { ...looks, xfs: [undefined, ...looks.xfs], heights, rowsAbove: looks.rowsAbove + 1 };
}

/** ExcelJS's own copy of a sheet's pictures, unmoved: the original drawing replaces it (carryDrawings). */
function dropPictures(sheet: ExcelJS.Worksheet): void {
  const internals = sheet as unknown as { _media?: { type: string }[] };
  if (internals._media) internals._media = internals._media.filter((media) => media.type !== "image");
}

/** Excel's last column, XFD. */
const MAX_WORKBOOK_COLUMNS = 16_384;

/** The user's sheets, each told which of its columns Tria wrote (from the hidden metadata sheet). */
function fromMetadata(sheets: readonly RawSheet[]): RawSheet[] {
  const metadata = metadataOf(sheets);
  return sheets.filter((sheet) => sheet.name !== METADATA_SHEET).map((sheet) => withOwnColumns(sheet, metadata));
}

function metadataOf(sheets: readonly RawSheet[]): TriaMetadata {
  return metadataFromCells(metadataColumn(sheets.find((sheet) => sheet.name === METADATA_SHEET)?.rows ?? []));
}

/** Tell the engine which columns Tria wrote, so a second run updates them rather than reading them. */
function withOwnColumns(sheet: RawSheet, metadata: TriaMetadata): RawSheet {
  const own = metadata.columns.filter((entry) => entry.sheet === sheet.name);
  if (own.length === 0) return sheet;
  return { ...sheet, ownColumns: new Map(own.map((entry) => [entry.column - 1, entry.key])) };
}

/** Rows of a CSV written with another delimiter: said once, with their rows, in the user's language. */
function csvWarnings(info: WorkbookHost["csvInfo"], lang: Lang): string[] {
  const rows = info?.otherDelimiterRows ?? [];
  if (!info || rows.length === 0) return [];
  const listed =
    rows
      .slice(0, 10)
      .map((r) => r.row)
      .join(", ") + (rows.length > 10 ? "…" : "");
  return [translate(lang, "warning.csvOtherDelimiter", { rows: listed, delimiter: rows[0]!.delimiter, main: info.delimiter })];
}

/** "clients-demo.csv" → "clients-demo": a CSV's one sheet is named after its file, as Excel does. */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return (name.replace(/\.[^.]+$/, "") || "Feuil1").slice(0, 31);
}
