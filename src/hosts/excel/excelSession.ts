import { createExcelHost, type ExcelHost, type ExcelRun } from "./excelHost";
import { createBrowserWorker } from "../../worker/browserWorker";
import { createJobRunner, type JobRunner } from "../../app/jobRunner";
import { officeSettingsStore, type SettingsStore } from "../../ui/settings/settingsStore";

/**
 * One Excel host for the whole shared runtime: the taskpane and the ribbon buttons use the same
 * instance, so "Undo last run" in the pane also undoes a run started from the ribbon.
 */
export interface ExcelSession {
  readonly host: ExcelHost;
  readonly runner: JobRunner;
  readonly settings: SettingsStore;
  readonly run: ExcelRun;
}

let session: ExcelSession | null = null;

/** Call only after Office.onReady. */
export function excelSession(): ExcelSession {
  if (!session) {
    const run: ExcelRun = (batch, runOptions) => (runOptions ? Excel.run(runOptions, batch) : Excel.run(batch));
    session = {
      host: createExcelHost({ run }),
      runner: createJobRunner(createBrowserWorker),
      settings: officeSettingsStore(Office.context.document.settings as unknown as Parameters<typeof officeSettingsStore>[0]),
      run,
    };
  }
  return session;
}
