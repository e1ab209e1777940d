/**
 * Ribbon buttons "Structurer" and "Scorer" (manifest.xml, Action ExecuteFunction). The Structure
 * and Score jobs come later; for now each opens the pane and inspects the active sheet, so the user
 * sees what Tria detected. Swap showAndInspect for runStructure / runScore when they land.
 */
import { taskpaneInspectRequests } from "../taskpane/inspectRequests";
import { commandHandler } from "./commandHandler";

export async function showAndInspect(): Promise<void> {
  // Shared runtime: the taskpane page is already loaded; showing it needs SharedRuntime 1.1.
  await Office.addin.showAsTaskpane();
  await taskpaneInspectRequests.request();
}

export const structure = commandHandler(showAndInspect);
export const score = commandHandler(showAndInspect);

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("structure", structure);
    Office.actions.associate("score", score);
  });
}
