import type { ApplyOptions, Host } from "../hosts/host";
import type { AddedSheet, Plan } from "../engine/plan";
import { WorkbookHost } from "../hosts/workbook/workbookHost";
import type { CellEdit } from "../hosts/cellEdit";
import { editCells } from "../hosts/workbook/editCells";
import { addNativeCharts } from "../hosts/workbook/nativeCharts";
import { campaignHost } from "../app/resultsSheet";

/**
 * The web page's file: a WorkbookHost whose applied jobs build up (structure, then score), and
 * the file as it was before the last run, for "Undo last run". Everything stays in memory.
 */
export class WebSession {
  private before: Uint8Array | null = null;
  /** Sheets of the applied runs that carry charts (score's summary, the campaign follow-up): drawn in the download. */
  private charted: readonly AddedSheet[] = [];
  private chartedBefore: readonly AddedSheet[] = [];

  private constructor(
    readonly fileName: string,
    private current: WorkbookHost,
    private readonly original: Uint8Array,
    private applied: boolean,
    /** The sheets the user's file came with (never one Tria added). */
    private readonly ownSheets: readonly string[],
  ) {}

  static async open(bytes: Uint8Array, fileName: string): Promise<WebSession> {
    const host = await WorkbookHost.fromBytes(bytes, fileName);
    return new WebSession(fileName, host, bytes, false, await host.listSheets());
  }

  /** The host the jobs use: apply() first keeps the file as it is, so the run can be undone. */
  get host(): Host {
    return {
      listSheets: () => this.current.listSheets(),
      readSheet: (name, onProgress) => this.current.readSheet(name, onProgress),
      apply: async (plan: Plan, options: ApplyOptions) => {
        // ExcelJS writes on the page, which is busy until it is done: the bar says "écriture" first.
        options.onProgress?.({ phase: "apply", done: 0, total: plan.rows.length });
        await new Promise((resolve) => setTimeout(resolve, 50));
        options.signal?.throwIfAborted();
        const before = this.applied ? await this.current.outputBytes() : this.original;
        await this.current.apply(plan, options);
        this.before = before;
        this.applied = true;
        this.chartedBefore = this.charted;
        const added = new Set(plan.addedSheets.map((sheet) => sheet.name));
        this.charted = [...this.charted.filter((sheet) => !added.has(sheet.name)), ...plan.addedSheets.filter((sheet) => (sheet.charts ?? []).length > 0)];
      },
    };
  }

  /** The host the campaign follow-up uses: it reads the file's sheet of campaign results (resultsSheet.ts). */
  async campaignHost(): Promise<Host> {
    return campaignHost(this.host, this.ownSheets);
  }

  /** Suggestions written into the user's cells; the file before them is kept for Undo. */
  async writeCells(sheet: string, edits: readonly CellEdit[]): Promise<void> {
    const before = await this.outputBytes();
    const after = await editCells(before, sheet, edits);
    this.current = await WorkbookHost.fromBytes(after, this.outputName());
    this.applied = true;
    this.before = before;
    this.chartedBefore = this.charted;
  }

  get canUndo(): boolean {
    return this.before !== null;
  }

  /** Back to the file before the last run (one step, like the Excel host's undo). */
  async undo(): Promise<void> {
    if (!this.before) return;
    const bytes = this.before;
    const isOriginal = bytes === this.original;
    this.current = await WorkbookHost.fromBytes(isOriginal ? this.original : bytes, isOriginal ? this.fileName : this.outputName());
    this.applied = !isOriginal;
    this.before = null;
    this.charted = this.chartedBefore;
  }

  /** The file with every applied run, as .xlsx (a CSV comes back as a workbook). */
  outputBytes(): Promise<Uint8Array> {
    return this.applied ? this.current.outputBytes() : Promise.resolve(this.original);
  }

  /** What the user downloads: the output with its charts drawn (ExcelJS writes none), as the CLI writes it. */
  async downloadBytes(): Promise<Uint8Array> {
    return addNativeCharts(await this.outputBytes(), this.charted);
  }

  get hasOutput(): boolean {
    return this.applied;
  }

  /** "clients.csv" → "clients.tria.xlsx", as the CLI names it: never the user's own file. */
  outputName(): string {
    const base = this.fileName.replace(/\.[^.]+$/, "") || "tria";
    return `${base}.tria.xlsx`;
  }
}
