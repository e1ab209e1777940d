import { langFromLocale, type Lang } from "../../engine/i18n/lang";

/**
 * The Office.js calls of the add-in's entry points (taskpane page, ribbon commands), kept here
 * so that Office.js lives in hosts/excel only.
 */
export function whenOfficeReady(ready: () => void): void {
  if (typeof Office === "undefined") return; // not inside Office: nothing to wire
  void Office.onReady(ready);
}

/** Office's display language (call after Office is ready). */
export function officeDisplayLang(): Lang {
  return langFromLocale(Office.context.displayLanguage);
}

/** Shows the taskpane (shared runtime: it is already loaded, so this is instant). */
export async function showTaskpane(): Promise<void> {
  await Office.addin.showAsTaskpane();
}

/** Binds a ribbon button's ExecuteFunction action (manifest.xml FunctionName) to its handler. */
export function associateAction(name: string, handler: (event: Office.AddinCommands.Event) => void | Promise<void>): void {
  Office.actions.associate(name, handler);
}
