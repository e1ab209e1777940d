import type { Lang } from "../engine/i18n/lang";
import type { SerializedError } from "./jobProtocol";
import { isLocalized } from "../engine/localizedError";

/** Flattens anything thrown in the worker into data that crosses postMessage. */
export function serializeError(error: unknown): SerializedError {
  if (isLocalized(error)) {
    return { code: error.code, messages: { fr: error.messageIn("fr"), en: error.messageIn("en") }, actionable: true };
  }
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return { code: error instanceof Error ? error.name : "unknown", messages: { fr: text, en: text }, actionable: false };
}

/**
 * The worker's error back on the UI thread. It has messageIn() like a TriaError, so the
 * taskpane shows it in the current language without knowing where it was thrown.
 */
export class WorkerJobError extends Error {
  readonly code: string;
  readonly actionable: boolean;
  private readonly messages: Readonly<Record<Lang, string>>;

  constructor(serialized: SerializedError) {
    super(serialized.messages.en);
    this.name = "WorkerJobError";
    this.code = serialized.code;
    this.actionable = serialized.actionable;
    this.messages = serialized.messages;
  }

  messageIn(lang: Lang): string {
    return this.messages[lang];
  }
}
