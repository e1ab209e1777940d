import type { ApplyOptions, Host, ProgressListener } from "../hosts/host";
import type { AddedSheet, Plan } from "../engine/plan";
import type { SessionSnapshot } from "../hosts/sessionSnapshot";
import { WorkbookHost } from "../hosts/workbook/workbookHost";
import type { CellEdit } from "../hosts/cellEdit";
import { editCells } from "../hosts/workbook/editCells";
import { addNativeCharts } from "../hosts/workbook/nativeCharts";
import { collectParts } from "../hosts/workbook/stream/collectParts";
import { campaignHost } from "../app/resultsSheet";
import type { JobResult } from "../app/jobProtocol";
import type { Lang } from "../engine/i18n/lang";
import type { Localized } from "../engine/localizedError";
import type { ReportFlag } from "../engine/report";
import { applySuggestions } from "../ui/applySuggestions";
import { t } from "../ui/i18n/strings";
import { readResultGrid, type ResultGrid } from "../hosts/workbook/resultGrid";

/** The last Structure's Plan and columns, kept here for its suggestions: the page has the report only. */
type HeldStructure = Pick<JobResult["report"], "sheet" | "columns"> & { readonly plan: Plan };

export type { SessionSnapshot };

/**
 * The web page's file, in the engine worker: a WorkbookHost whose applied jobs build up
 * (structure, then score), the output written after each run (streamed for a CSV, as the CLI
 * writes it), and the file before the last run for "Undo last run". Everything stays in memory.
 */
export class WebSession {
  /** Sheets of the applied runs that carry charts (score's summary, the campaign follow-up): drawn in the download. */
  private charted: readonly AddedSheet[];
  private chartedBefore: readonly AddedSheet[];
  private output: Uint8Array | null;
  private before: Uint8Array | "original" | null;
  /** Not in the snapshot (it is the Plan's cells): a worker started again after a cancel has none. */
  private structure: HeldStructure | null = null;
  private structureBefore: HeldStructure | null = null;

  private constructor(
    readonly fileName: string,
    private current: WorkbookHost,
    private readonly original: Uint8Array,
    /** The sheets the user's file came with (never one Tria added). */
    private readonly ownSheets: readonly string[],
    from: Pick<SessionSnapshot, "output" | "before" | "charted" | "chartedBefore">,
  ) {
    this.output = from.output;
    this.before = from.before;
    this.charted = from.charted;
    this.chartedBefore = from.chartedBefore;
  }

  static async open(file: Blob | Uint8Array, fileName: string, onProgress?: ProgressListener): Promise<WebSession> {
    return WebSession.restore({ fileName, file, output: null, before: null, charted: [], chartedBefore: [], ownSheets: null }, onProgress);
  }

  /** The session a snapshot describes (a worker started again after a cancel reads it back). */
  static async restore(snapshot: SessionSnapshot, onProgress?: ProgressListener): Promise<WebSession> {
    const { fileName, output } = snapshot;
    const original = await bytesOf(snapshot.file);
    const host = output ? await WorkbookHost.fromBytes(output, outputNameOf(fileName)) : await openOriginal(original, fileName, onProgress);
    const ownSheets = snapshot.ownSheets ?? (output ? await (await WorkbookHost.fromBytes(original, fileName)).listSheets() : await host.listSheets());
    return new WebSession(fileName, host, original, ownSheets, snapshot);
  }

  /** This session as plain data, but the user's file (the page has it); bytes are copied, so the copy can be transferred. */
  snapshot(): Omit<SessionSnapshot, "file"> {
    return {
      fileName: this.fileName,
      output: this.output?.slice() ?? null,
      before: this.before instanceof Uint8Array ? this.before.slice() : this.before,
      charted: this.charted,
      chartedBefore: this.chartedBefore,
      ownSheets: this.ownSheets,
    };
  }

  /** The host the jobs use: apply() keeps the output as it was, for Undo, then writes the new one. */
  get host(): Host {
    return {
      listSheets: () => this.current.listSheets(),
      readSheet: (name, onProgress) => this.current.readSheet(name, onProgress),
      apply: async (plan: Plan, options: ApplyOptions) => {
        options.onProgress?.({ phase: "apply", done: 0, total: plan.rows.length });
        const before = this.output ?? "original";
        await this.current.apply(plan, options);
        this.output = await this.write(options.onProgress);
        this.before = before;
        this.chartedBefore = this.charted;
        this.structureBefore = this.structure;
        const added = new Set(plan.addedSheets.map((sheet) => sheet.name));
        this.charted = [...this.charted.filter((sheet) => !added.has(sheet.name)), ...plan.addedSheets.filter((sheet) => (sheet.charts ?? []).length > 0)];
      },
    };
  }

  /** The host the campaign follow-up uses: it reads the file's sheet of campaign results (resultsSheet.ts). */
  async campaignHost(): Promise<Host> {
    return campaignHost(this.host, this.ownSheets);
  }

  /** Keeps a Structure's whole result: applying its suggestions needs its Plan. */
  keepStructure(result: JobResult): void {
    this.structure = { plan: result.plan, sheet: result.report.sheet, columns: result.report.columns };
  }

  /**
   * The last Structure's suggestions put in (applySuggestions.ts): Tria's columns re-applied,
   * the rest written into the user's cells, and both taken back by one Undo.
   */
  async applySuggestions(flags: readonly ReportFlag[], lang: Lang, onProgress?: ProgressListener): Promise<void> {
    const held = this.structure;
    if (!held) throw new StructureNotHeld();
    const { plan, edits } = applySuggestions(held.plan, held.columns, flags);
    const before = this.output ?? "original";
    const chartedBefore = this.charted;
    if (plan) await this.host.apply(plan, { lang, ...(onProgress ? { onProgress } : {}) });
    if (edits.length > 0) await this.writeCells(held.sheet, edits);
    this.before = before;
    this.chartedBefore = chartedBefore;
    this.structureBefore = held;
    this.structure = plan ? { ...held, plan } : held;
  }

  /** Suggestions written into the user's cells; the file before them is kept for Undo. */
  async writeCells(sheet: string, edits: readonly CellEdit[]): Promise<void> {
    const before = await this.outputBytes();
    const after = await editCells(before, sheet, edits);
    this.current = await WorkbookHost.fromBytes(after, this.outputName());
    this.before = this.output ?? "original";
    this.output = after;
    this.chartedBefore = this.charted;
    this.structureBefore = this.structure;
  }

  get canUndo(): boolean {
    return this.before !== null;
  }

  /** Back to the file before the last run (one step, like the Excel host's undo). */
  async undo(): Promise<void> {
    if (!this.before) return;
    const isOriginal = this.before === "original";
    this.current = isOriginal ? await openOriginal(this.original, this.fileName) : await WorkbookHost.fromBytes(this.before as Uint8Array, this.outputName());
    this.output = isOriginal ? null : (this.before as Uint8Array);
    this.before = null;
    this.charted = this.chartedBefore;
    this.structure = this.structureBefore;
  }

  /** The file with every applied run, as .xlsx (a CSV comes back as a workbook); the user's file while none was. */
  async outputBytes(): Promise<Uint8Array> {
    return this.output ?? this.original;
  }

  /**
   * The output's first rows for the page's preview: from the streamed grid when there is one
   * (a CSV's; what readResultGrid would read back, without reading 50,000 rows to show 200),
   * read back from the bytes otherwise.
   */
  async previewGrid(sheet: string, headerRow: number, rows: number, lang: Lang): Promise<ResultGrid> {
    return this.current.previewGrid(sheet, headerRow, rows, lang) ?? readResultGrid(await this.outputBytes(), sheet, headerRow, rows, lang);
  }

  /** What the user downloads: the output with its charts drawn, as the CLI writes it (the streaming writer draws its own). */
  async downloadBytes(): Promise<Uint8Array> {
    const bytes = await this.outputBytes();
    return this.output && this.current.streamsOutput ? bytes : addNativeCharts(bytes, this.charted);
  }

  get hasOutput(): boolean {
    return this.output !== null;
  }

  /** "clients.csv" → "clients.tria.xlsx", as the CLI names it: never the user's own file. */
  outputName(): string {
    return outputNameOf(this.fileName);
  }

  /** The workbook as it is now: a CSV's streamed part by part (progress by row), a workbook's by ExcelJS. */
  private async write(onProgress?: ProgressListener): Promise<Uint8Array> {
    if (this.current.streamsOutput) return collectParts((sink) => this.current.writeOutput(sink, onProgress));
    onProgress?.({ phase: "write", done: 0, total: 1 });
    const bytes = await this.current.outputBytes();
    onProgress?.({ phase: "write", done: 1, total: 1 });
    return bytes;
  }
}

/** The user's file: a CSV's output is streamed (nothing ExcelJS must keep), a workbook's goes through ExcelJS. */
function openOriginal(bytes: Uint8Array, fileName: string, onProgress?: ProgressListener): Promise<WorkbookHost> {
  return WorkbookHost.fromBytes(bytes, fileName, onProgress, { streamedOutput: true });
}

async function bytesOf(file: Blob | Uint8Array): Promise<Uint8Array> {
  return file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
}

function outputNameOf(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, "") || "tria";
  return `${base}.tria.xlsx`;
}

/** Suggestions asked of a worker that never ran Structure (started again after a cancel). */
class StructureNotHeld extends Error implements Localized {
  readonly code = "suggestionsNeedRun";

  constructor() {
    super(t("en", "suggestionsNeedRun"));
  }

  messageIn(lang: Lang): string {
    return t(lang, "suggestionsNeedRun");
  }
}
