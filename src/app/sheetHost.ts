import type { ApplyOptions, Host } from "../hosts/host";
import type { Plan } from "../engine/plan";
import type { RawSheet } from "../engine/table/table";

/**
 * A Host over one sheet already read by the real host on the UI thread. The app's jobs run
 * against it unchanged inside the worker; apply() only keeps the Plan, which goes back to the
 * UI thread where the real host applies it (Office.js lives on the page, not in a worker).
 */
export interface SheetHost extends Host {
  readonly appliedPlan: () => Plan | null;
}

export function sheetHost(sheet: RawSheet): SheetHost {
  let applied: Plan | null = null;
  return {
    listSheets: async () => [sheet.name],
    readSheet: async (_name, onProgress) => {
      onProgress?.({ phase: "read", done: sheet.rows.length, total: sheet.rows.length });
      return sheet;
    },
    apply: async (plan: Plan, _options: ApplyOptions) => {
      applied = plan;
    },
    appliedPlan: () => applied,
  };
}
