import type { ExcelHost, ExcelRun } from "../hosts/excel/excelHost";
import type { JobRunner } from "../app/jobRunner";
import { READ_ONLY_JOBS } from "../app/jobProtocol";
import { runJob } from "../app/runJob";
import type { TriaOperations } from "../ui/App";
import { undoCellEdits, writeCellEdits, type CellEditsSnapshot } from "../hosts/excel/excelCellEdits";
import { selectCell } from "../hosts/excel/selectCell";

/**
 * The taskpane's operations in Excel: read and apply through the Excel host (main thread, as
 * Office.js requires), compute in the runner (a Web Worker). Only public ExcelHost methods.
 * "Undo last run" undoes the last thing Tria did: suggestions written into cells, or a run.
 */
export function excelOperations(host: ExcelHost, runner: JobRunner, run: ExcelRun): TriaOperations {
  // Suggestions written since the last run, newest last: each Undo takes one back, then the run.
  const edits: CellEditsSnapshot[] = [];
  return {
    run: async (job, options, control) => {
      const result = await runJob(host, runner, job, options, control);
      if (!READ_ONLY_JOBS.has(job)) edits.length = 0;
      return result;
    },
    applyPlan: async (plan, lang) => {
      await host.apply(plan, { lang });
      edits.length = 0;
    },
    writeCells: async (sheet, cells) => {
      edits.push(await writeCellEdits(run, sheet, cells));
    },
    undo: async () => {
      const last = edits.pop();
      return last ? undoCellEdits(run, last) : host.undoLastRun();
    },
    selectCell: (row, column) => selectCell(run, row, column),
    listSheets: () => host.listSheets(),
  };
}
