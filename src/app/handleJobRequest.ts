import type { Host, ProgressListener } from "../hosts/host";
import { runInspect } from "./runInspect";
import { runStructure } from "./runStructure";
import { runScore } from "./runScore";
import { runDedupe } from "./runDedupe";
import { runMerge } from "./runMerge";
import { runPredict } from "./runPredict";
import { runComply } from "./runComply";
import { runSegment } from "./runSegment";
import { runCampaign } from "./runCampaign";
import { runCalls } from "./runCalls";
import type { JobOutcome } from "./jobOutcome";
import type { JobKind, JobMessage, JobOptions, JobPiece, JobRequest, TrapChoice } from "./jobProtocol";
import type { TrapRequest } from "../engine/method/trapRecords";
import { seededRandom } from "../engine/method/seededRandom";
import { readOwnedContacts } from "./runExport";
import { sheetHost } from "./sheetHost";
import { serializeError } from "./workerError";
import { PieceCollector, splitIntoPieces } from "./messagePieces";
import { dataKindsInSheet, roleOverridesFromHeaders } from "./rolesByHeader";

/**
 * The worker's whole job: run one app job on the sheet it was sent and post back progress, then
 * the Plan and Report (or the error). It is a plain function so tests call it in node, and the
 * main-thread fallback calls it when the page has no Worker.
 */
export async function handleJobRequest(request: JobRequest, post: (message: JobMessage) => void, { inPieces = true } = {}): Promise<void> {
  const onProgress: ProgressListener = ({ phase, done, total }) => post({ id: request.id, type: "progress", phase, done, total });
  try {
    const result = await runJobOnSheet(request, onProgress);
    // Its long arrays (a Plan's cells on 50,000 rows) go first, in pieces; `result` is then their skeleton.
    const skeleton = inPieces ? (splitIntoPieces(result, (slot, items) => post({ id: request.id, type: "piece", slot, items })) as JobOutcome) : result;
    post({ id: request.id, type: "done", result: skeleton });
  } catch (error) {
    post({ id: request.id, type: "error", error: serializeError(error) });
  }
}

/** The worker's inbox: a request's pieces gathered, then the request made whole and run. */
export function jobInbox(post: (message: JobMessage) => void): (message: JobRequest | JobPiece) => Promise<void> {
  const pieces = new Map<number, PieceCollector>();
  return async (message) => {
    if ("type" in message) {
      if (!pieces.has(message.id)) pieces.set(message.id, new PieceCollector());
      return pieces.get(message.id)!.add(message.slot, message.items);
    }
    const collector = pieces.get(message.id);
    pieces.delete(message.id);
    await handleJobRequest(collector ? (collector.fill(message) as JobRequest) : message, post);
  };
}

/** The app's options for one job, from the plain data the UI thread sent. */
interface Shared {
  readonly lang: JobOptions["lang"];
  readonly onProgress: ProgressListener;
  readonly headerRow?: number;
  readonly roleOverrides?: JobOptions["roleOverrides"];
  readonly dataKinds?: JobOptions["dataKinds"];
  /** The real host applies the Plan on the UI thread (Office.js lives on the page, not in a worker). */
  readonly apply: false;
}

type JobStarter = (host: Host, shared: Shared, options: JobOptions) => Promise<JobOutcome>;

/** One entry per job: the job's own options, the ones that are set. */
const JOBS: Readonly<Record<JobKind, JobStarter>> = {
  // The panes check for a customer file on the inspect report before any job: a header alone is read here, refused by the job.
  inspect: (host, shared) => runInspect(host, { ...shared, headerOnly: "read" }),
  structure: (host, shared, o) =>
    runStructure(host, {
      ...shared,
      ...defined({ operations: o.operations, volatileRoles: o.volatileRoles, requiredFields: o.requiredFields, defaultCountry: o.defaultCountry }),
    }),
  dedupe: (host, shared) => runDedupe(host, { ...shared, review: true }),
  merge: (host, shared, o) => runMerge(host, { ...shared, acceptedGroups: o.acceptedGroups ?? [] }),
  score: (host, shared, o) =>
    runScore(host, { ...shared, ...defined({ classes: o.classes, referenceDate: o.referenceDate, points: o.points, onOrders: o.onOrders }) }),
  predict: (host, shared, o) =>
    runPredict(host, {
      ...shared,
      ...defined({
        calibrationEnd: o.calibrationEnd,
        horizon: o.horizon,
        unit: o.unit,
        discount: o.discount,
        margin: o.margin,
        costPerContact: o.costPerContact,
        points: o.points,
      }),
    }),
  comply: (host, shared, o) => runComply(host, { ...shared, today: o.today ?? new Date(), purgeSheet: o.purge === true }),
  segment: async (host, shared, o) =>
    runSegment(host, {
      ...shared,
      segments: o.segments ?? [],
      copy: o.copySegments === true,
      ...(o.traps ? { traps: await trapRequest(o.traps, shared.lang) } : {}),
    }),
  campaign: (host, shared, o) => runCampaign(host, { ...shared, ...defined({ unitCost: o.unitCost }) }),
  calls: (host, shared, o) => runCalls(host, { ...shared, today: o.today ?? new Date(), ...defined({ top: o.top, staleMonths: o.staleMonths }) }),
};

export function runJobOnSheet(request: JobRequest, onProgress: ProgressListener): Promise<JobOutcome> {
  const { options } = request;
  const byHeader = options.rolesByHeader ? roleOverridesFromHeaders(request.sheet, options.rolesByHeader, options.headerRow) : {};
  const roleOverrides = options.roleOverrides || Object.keys(byHeader).length > 0 ? { ...options.roleOverrides, ...byHeader } : undefined;
  const dataKinds = options.dataKinds ? dataKindsInSheet(request.sheet, options.dataKinds, options.headerRow) : undefined;
  const shared: Shared = { lang: options.lang, onProgress, apply: false, ...defined({ headerRow: options.headerRow, roleOverrides, dataKinds }) };
  return JOBS[request.job](sheetHost(request.sheet), shared, options);
}

/** The trap records asked in a pane: the owned sheet runJob read, its contacts by role, a seeded draw. */
async function trapRequest(choice: TrapChoice, lang: JobOptions["lang"]): Promise<TrapRequest> {
  const owned = choice.ownedSheet ? await readOwnedContacts(sheetHost(choice.ownedSheet), { lang }) : [];
  return { count: choice.count, owned, random: seededRandom(choice.seed ?? Math.floor(Math.random() * 2 ** 31)) };
}

/** The fields that have a value: with exactOptionalPropertyTypes, `undefined` must not be passed on. */
function defined<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
