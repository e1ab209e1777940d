import { createExcelHost, type ExcelHost, type ExcelRun } from "./excelHost";

/** The part of Office.context.document.settings Tria uses (app/settings wraps it in a store). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/**
 * One Excel host for the whole shared runtime: the taskpane and the ribbon buttons use the same
 * instance, so "Undo last run" in the pane also undoes a run started from the ribbon.
 */
export interface ExcelSession {
  readonly host: ExcelHost;
  readonly run: ExcelRun;
  /** Settings saved with the workbook. */
  readonly documentSettings: DocumentSettings;
}

let session: ExcelSession | null = null;

/** Call only after Office.onReady. */
export function excelSession(): ExcelSession {
  if (!session) {
    const run: ExcelRun = (batch, runOptions) => (runOptions ? Excel.run(runOptions, batch) : Excel.run(batch));
    session = {
      host: createExcelHost({ run }),
      run,
      documentSettings: Office.context.document.settings as unknown as DocumentSettings,
    };
  }
  return session;
}
