import type { Host } from "../hosts/host";
import type { RawSheet } from "../engine/table/table";

/**
 * A Host over one sheet already read by the real host on the UI thread. The app's jobs run
 * against it unchanged inside the worker, with `apply: false`: the Plan goes back to the UI
 * thread, where the real host applies it (Office.js lives on the page, not in a worker).
 */
export function sheetHost(sheet: RawSheet): Host {
  return {
    listSheets: async () => [sheet.name],
    // Read already (the UI thread did): readTable says how many data rows it found.
    readSheet: async () => sheet,
    apply: async () => {
      throw new Error("A worker job never applies its Plan: the host on the UI thread does.");
    },
  };
}
