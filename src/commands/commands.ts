/**
 * Ribbon buttons "Structurer", "Scorer" and "Prévoir" (manifest.xml, Action ExecuteFunction): each runs its
 * job on the active sheet with the settings saved in the workbook, without opening the pane.
 * The result is a notice in the pane (commandNotices.ts); a failure also opens the pane.
 */
import { associateAction, officeDisplayLang, showTaskpane, whenOfficeReady } from "../hosts/excel/officeRuntime";
import { excelSession } from "../hosts/excel/excelSession";
import { commandHandler } from "./commandHandler";
import { commandNotices, type CommandNotice } from "../app/commandNotices";
import { ribbonJob } from "./ribbonJob";
import { createBrowserWorker } from "../app/browserWorker";
import { createJobRunner } from "../app/jobRunner";
import { officeSettingsStore } from "../app/settings/settingsStore";

const runner = createJobRunner(createBrowserWorker);

async function notify(notice: CommandNotice): Promise<void> {
  commandNotices.publish(notice);
  // Shared runtime (SharedRuntime 1.1): the pane is already loaded, showing it is instant.
  if (!notice.ok) await showTaskpane();
}

function ribbon(job: "structure" | "score" | "predict") {
  return commandHandler(async () => {
    const { host, documentSettings } = excelSession();
    await ribbonJob(job, { host, runner, settings: officeSettingsStore(documentSettings), displayLang: officeDisplayLang(), notify });
  });
}

export const structure = ribbon("structure");
export const score = ribbon("score");
export const predict = ribbon("predict");

whenOfficeReady(() => {
  associateAction("structure", structure);
  associateAction("score", score);
  associateAction("predict", predict);
});
