import ExcelJS from "exceljs";
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

/**
 * A customer file (.xlsx, .csv, .txt) held in memory, for the CLI and the stand-alone web page.
 * Reading never changes the bytes it was given; apply() works on a fresh copy and keeps it
 * only when the whole Plan went through, and outputBytes() gives that copy as .xlsx.
 */
export class WorkbookHost implements Host {
  private output: ExcelJS.Workbook | null = null;
  /** Sheets Tria wrote (legend, summaries): never the sheet a job reads by default. */
  private triaSheets = new Set<string>();
  readonly warnings: string[] = [];

  private constructor(
    readonly fileName: string,
    readonly kind: FileKind,
    /** The original file, loaded again only when a Plan is applied (a big file may be streamed). */
    private readonly loadBytes: () => Promise<Uint8Array>,
    private sheets: readonly RawSheet[],
    /** For a CSV: the delimiter and encoding it was read with, for messages. */
    readonly csvInfo: { delimiter: string; encoding: string; otherDelimiterRows: readonly OtherDelimiterRow[] } | null,
  ) {}

  static async fromBytes(bytes: Uint8Array, fileName: string, onProgress?: ProgressListener): Promise<WorkbookHost> {
    const kind = detectFileKind(bytes, fileName);
    if (kind === "csv") {
      const { sheet, delimiter, encoding, otherDelimiterRows } = readCsv(bytes, baseName(fileName), onProgress, fileName);
      return new WorkbookHost(fileName, kind, async () => bytes, [sheet], { delimiter, encoding, otherDelimiterRows });
    }
    const workbook = await loadWorkbook(bytes, fileName);
    const sheets = workbook.worksheets.map(worksheetToRawSheet);
    return WorkbookHost.fromReadSheets(fileName, sheets, async () => bytes);
  }

  /** An .xlsx whose sheets were already read (streamed from disk by the CLI). */
  static fromReadSheets(fileName: string, sheets: readonly RawSheet[], loadBytes: () => Promise<Uint8Array>): WorkbookHost {
    return new WorkbookHost(fileName, "xlsx", loadBytes, fromMetadata(sheets), null);
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** The named sheet, or the customer sheet: the first visible one that reads as a table (pickSheet). */
  async readSheet(name?: string, onProgress?: ProgressListener): Promise<RawSheet> {
    const sheet = name === undefined ? pickSheet(this.sheets.filter((s) => !this.triaSheets.has(s.name))) : this.sheets.find((s) => s.name === name);
    if (!sheet) {
      if (name !== undefined) throw new TriaError("sheetNotFound", { sheet: name, sheets: this.sheets.map((s) => s.name).join(", ") });
      throw new TriaError("emptyWorkbook", { file: this.fileName });
    }
    onProgress?.({ phase: "read", done: sheet.rows.length, total: sheet.rows.length });
    return sheet;
  }

  async apply(plan: Plan, options: ApplyOptions): Promise<void> {
    const continuing = this.output !== null;
    const copy = await this.freshCopy();
    options.signal?.throwIfAborted();
    const { warnings } = applyPlanToWorkbook(copy, plan, options.lang, { continuing });
    options.onProgress?.({ phase: "apply", done: plan.rows.length, total: plan.rows.length });
    // Applied plans accumulate: a later job (score after structure) reads the sheet as it is now,
    // with Tria's columns known as its own.
    this.output = copy;
    this.sheets = fromMetadata(copy.worksheets.map(worksheetToRawSheet));
    this.triaSheets = new Set(readMetadata(copy).sheets);
    this.warnings.push(...warnings, ...csvWarnings(this.csvInfo, options.lang));
  }

  /** The file as .xlsx with every applied Plan; the untouched original when none was. */
  async outputBytes(): Promise<Uint8Array> {
    const workbook = this.output ?? (await this.freshCopy());
    const buffer = await workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }

  private async freshCopy(): Promise<ExcelJS.Workbook> {
    if (this.output) return loadWorkbook(new Uint8Array((await this.output.xlsx.writeBuffer()) as ArrayBuffer), this.fileName);
    if (this.kind === "xlsx") return loadWorkbook(await this.loadBytes(), this.fileName);
    const workbook = new ExcelJS.Workbook();
    for (const sheet of this.sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows.map((row) => [...row]));
    return workbook;
  }
}

/** The user's sheets, each told which of its columns Tria wrote (from the hidden metadata sheet). */
function fromMetadata(sheets: readonly RawSheet[]): RawSheet[] {
  const metadata = metadataFromCells(metadataColumn(sheets.find((sheet) => sheet.name === METADATA_SHEET)?.rows ?? []));
  return sheets.filter((sheet) => sheet.name !== METADATA_SHEET).map((sheet) => withOwnColumns(sheet, metadata));
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
  const listed = rows.slice(0, 10).map((r) => r.row).join(", ") + (rows.length > 10 ? "…" : "");
  return [translate(lang, "warning.csvOtherDelimiter", { rows: listed, delimiter: rows[0]!.delimiter, main: info.delimiter })];
}

/** "clients-demo.csv" → "clients-demo": a CSV's one sheet is named after its file, as Excel does. */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return (name.replace(/\.[^.]+$/, "") || "Feuil1").slice(0, 31);
}
