import type { FakeWorkbook } from "./fakeWorkbookModel";

/**
 * The request side of a fake Office.js: proxies queue operations, context.sync() sends them
 * in order, then fills the properties that were loaded. Like real Office:
 * - reading a property that was not loaded and synced throws (PropertyNotLoaded);
 * - a request over 5 MB is refused whole (RequestPayloadSizeLimitExceeded), nothing applied;
 * - an operation that fails mid-request leaves the earlier ones of that request applied.
 * Each request's size is the JSON length of its arguments plus a small per-operation envelope.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Object path, action type and ids that each queued operation adds to the request JSON. */
export const OPERATION_ENVELOPE_BYTES = 40;

export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FakeStats {
  syncs: number;
  /** Bytes of every request (one per sync), in order. */
  requestBytes: number[];
  /** Bytes of every answer (loaded properties), in order. */
  responseBytes: number[];
  runOptions: unknown[];
  suspendCalculation: number;
  suspendScreenUpdating: number;
}

/** Make the Nth sync (1-based, counted over the whole fake) fail with this error. */
export interface SyncFailure {
  readonly atSync: number;
  readonly code: string;
  /** How many of that request's operations Excel applied before failing (default: half). */
  readonly applyFirst?: number;
  /** Fail again on each later sync too (for "even the rollback fails"). */
  readonly sticky?: boolean;
}

interface Operation {
  readonly bytes: number;
  /** Runs in Excel; may return data to hand back after the sync (a load). */
  readonly run: () => void;
  /** Runs once the whole request succeeded: loaded values become readable. */
  readonly commit?: () => void;
}

export function notLoaded(property: string): Error {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): FakeRichApiError {
  return new FakeRichApiError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
}

export class FakeContext {
  private queue: Operation[] = [];
  private pendingResponse = 0;
  closed = false;

  constructor(
    readonly book: FakeWorkbook,
    readonly stats: FakeStats,
    readonly failures: SyncFailure[],
  ) {}

  /** Queue an operation; bytes is what its arguments cost in the request. */
  enqueue(bytes: number, run: () => void, commit?: () => void): void {
    if (this.closed) throw new FakeRichApiError("InvalidObjectPath", "The object was used outside its Excel.run batch.");
    this.queue.push({ bytes: bytes + OPERATION_ENVELOPE_BYTES, run, commit });
  }

  /** Loads report what they read, so answers can be measured too. */
  addResponse(value: unknown): void {
    this.pendingResponse += JSON.stringify(value ?? null).length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.pendingResponse = 0;
    this.stats.syncs += 1;
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.stats.requestBytes.push(bytes);
    await Promise.resolve();
    if (bytes > PAYLOAD_LIMIT_BYTES)
      throw new FakeRichApiError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} bytes).`);
    const failure = this.failures.find((f) => f.atSync === this.stats.syncs || (f.sticky && this.stats.syncs > f.atSync));
    const applied = failure ? Math.min(ops.length, failure.applyFirst ?? Math.floor(ops.length / 2)) : ops.length;
    for (const op of ops.slice(0, applied)) op.run();
    if (failure) throw new FakeRichApiError(failure.code, `Fake failure at sync ${this.stats.syncs}`);
    this.stats.responseBytes.push(this.pendingResponse);
    if (this.pendingResponse > PAYLOAD_LIMIT_BYTES)
      throw new FakeRichApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    for (const op of ops) op.commit?.();
  }

  get pendingOperations(): number {
    return this.queue.length;
  }
}

/** Parse a load() argument ("a,b", ["a"], { select: "a" }) into property names. */
export function loadNames(spec: string | string[] | { select?: string | string[] } | undefined): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec;
  return loadNames(spec.select);
}

/**
 * Base of every fake proxy: a target resolved in Excel when the creating operation runs
 * (null for an *OrNullObject that found nothing), and properties readable only once loaded.
 */
export abstract class FakeProxy<T> {
  protected target: T | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown = false;

  /** resolve runs in Excel; preset makes an already synced proxy (a loaded collection's items). */
  constructor(
    readonly ctx: FakeContext,
    resolve: () => T | null,
    preset?: { target: T; loaded: Record<string, unknown> },
  ) {
    if (preset) {
      this.target = preset.target;
      this.nullKnown = true;
      for (const [name, value] of Object.entries(preset.loaded)) this.loaded.set(name, value);
      return;
    }
    ctx.enqueue(
      10,
      () => (this.target = resolve()),
      () => (this.nullKnown = true),
    );
  }

  /** The resolved target for a child proxy's resolve function (strict: a null parent fails). */
  resolved(): T {
    return this.need();
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded("isNullObject");
    return this.target === null;
  }

  /** The target, inside an operation; a null object or a failed lookup fails the request. */
  protected need(): T {
    if (this.target === null || this.target === undefined) throw itemNotFound(this.constructor.name);
    return this.target;
  }

  /** Queue work on the target. */
  protected act(bytes: number, work: (target: T) => void): void {
    this.ctx.enqueue(bytes, () => work(this.need()));
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Value of a property in Excel now (inside an operation). */
  protected abstract property(target: T, name: string): unknown;

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const names = loadNames(spec);
    let data: [string, unknown][] = [];
    this.ctx.enqueue(
      names.join(",").length,
      () => {
        // Loading on a null object reads nothing (isNullObject says why).
        if (this.target === null) return;
        const target = this.need();
        data = names.map((name) => [name, this.property(target, name)]);
        this.ctx.addResponse(data);
      },
      () => data.forEach(([name, value]) => this.loaded.set(name, value)),
    );
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
