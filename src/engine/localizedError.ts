import type { Lang } from "./i18n/lang";
import type { MessageCatalog, MessageParams } from "./i18n/defineMessages";

/**
 * The one error contract: an error the user can act on has a stable `code` (what happened,
 * for tests, exit statuses and logs) and says itself in the user's language. Anything thrown
 * without it is a bug, and every entry point reports it as one.
 */
export interface Localized {
  readonly code: string;
  messageIn(lang: Lang): string;
}

/** True for TriaError, ExcelHostError, ScoringError, a worker's error…: wherever it was thrown. */
export function isLocalized(error: unknown): error is Localized {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { messageIn?: unknown }).messageIn === "function"
  );
}

/** A Localized error whose sentences come from a defineMessages catalog keyed by its code. */
export class LocalizedError<C extends string> extends Error implements Localized {
  constructor(
    private readonly catalog: MessageCatalog<C>,
    readonly code: C,
    readonly params: MessageParams = {},
    options?: { cause?: unknown },
  ) {
    super(catalog("en", code, params), options);
    this.name = "LocalizedError";
  }

  messageIn(lang: Lang): string {
    return this.catalog(lang, this.code, this.params);
  }
}
