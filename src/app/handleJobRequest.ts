import type { ProgressListener } from "../hosts/host";
import type { Plan } from "../engine/plan";
import { runInspect } from "./runInspect";
import { runStructure } from "./runStructure";
import { runScore } from "./runScore";
import { runDedupe } from "./runDedupe";
import { runPredict } from "./runPredict";
import type { JobMessage, JobRequest, JobResult } from "./jobProtocol";
import { sheetHost } from "./sheetHost";
import { serializeError } from "./workerError";

/**
 * The worker's whole job: run one app job on the sheet it was sent and post back progress, then
 * the Plan and Report (or the error). It is a plain function so tests call it in node, and the
 * main-thread fallback calls it when the page has no Worker.
 */
export async function handleJobRequest(request: JobRequest, post: (message: JobMessage) => void): Promise<void> {
  const onProgress: ProgressListener = ({ phase, done, total }) => post({ id: request.id, type: "progress", phase, done, total });
  try {
    post({ id: request.id, type: "done", result: await runJobOnSheet(request, onProgress) });
  } catch (error) {
    post({ id: request.id, type: "error", error: serializeError(error) });
  }
}

export async function runJobOnSheet(request: JobRequest, onProgress: ProgressListener): Promise<JobResult> {
  const host = sheetHost(request.sheet);
  const { options } = request;
  const common = { lang: options.lang, onProgress, ...(options.headerRow ? { headerRow: options.headerRow } : {}) };
  const overrides = options.roleOverrides ? { roleOverrides: options.roleOverrides } : {};
  switch (request.job) {
    case "inspect": {
      const report = await runInspect(host, { ...common, ...overrides });
      return { report, plan: inspectPlan(report.sheet, report.headerRow) };
    }
    case "structure": {
      // apply: false — the real host applies the Plan on the UI thread.
      return runStructure(host, {
        ...common,
        ...overrides,
        apply: false,
        ...(options.operations ? { operations: options.operations } : {}),
        ...(options.volatileRoles ? { volatileRoles: options.volatileRoles } : {}),
        ...(options.requiredFields ? { requiredFields: options.requiredFields } : {}),
        ...(options.defaultCountry ? { defaultCountry: options.defaultCountry } : {}),
      });
    }
    case "score": {
      // runScore always applies: the sheet host keeps the Plan instead of writing it.
      const report = await runScore(host, {
        ...common,
        ...overrides,
        ...(options.classes ? { classes: options.classes } : {}),
        ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
      });
      return { report, plan: host.appliedPlan() ?? inspectPlan(report.sheet, report.headerRow, "score") };
    }
    case "predict": {
      const { calibrationEnd, horizon, unit, discount, margin, costPerContact } = options;
      const report = await runPredict(host, {
        ...common,
        ...overrides,
        ...(calibrationEnd ? { calibrationEnd } : {}),
        ...(horizon ? { horizon } : {}),
        ...(unit ? { unit } : {}),
        ...(discount !== undefined ? { discount } : {}),
        ...(margin !== undefined ? { margin } : {}),
        ...(costPerContact !== undefined ? { costPerContact } : {}),
      });
      return { report, plan: host.appliedPlan() ?? inspectPlan(report.sheet, report.headerRow, "predict") };
    }
    case "dedupe": {
      const { plan, report } = await runDedupe(host, { ...common, ...overrides, apply: false });
      return { plan, report };
    }
  }
}

/** Inspect writes nothing: its Plan is empty. */
function inspectPlan(sheet: string, headerRow: number, job: Plan["job"] = "inspect"): Plan {
  return { job, sheet, headerRow, rows: [], addedColumns: [], flags: [], addedSheets: [], extras: {} };
}
