/**
 * Ribbon buttons "Structurer" and "Scorer" (manifest.xml, Action ExecuteFunction): each runs its
 * job on the active sheet with the settings saved in the workbook, without opening the pane.
 * The result is a notice in the pane (commandNotices.ts); a failure also opens the pane.
 */
import { langFromLocale } from "../engine/i18n/lang";
import { excelSession } from "../hosts/excel/excelSession";
import { commandHandler } from "./commandHandler";
import { commandNotices, type CommandNotice } from "../app/commandNotices";
import { ribbonJob } from "./ribbonJob";

async function notify(notice: CommandNotice): Promise<void> {
  commandNotices.publish(notice);
  // Shared runtime (SharedRuntime 1.1): the pane is already loaded, showing it is instant.
  if (!notice.ok) await Office.addin.showAsTaskpane();
}

function ribbon(job: "structure" | "score") {
  return commandHandler(async () => {
    const { host, runner, settings } = excelSession();
    await ribbonJob(job, { host, runner, settings, displayLang: langFromLocale(Office.context.displayLanguage), notify });
  });
}

export const structure = ribbon("structure");
export const score = ribbon("score");

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("structure", structure);
    Office.actions.associate("score", score);
  });
}
