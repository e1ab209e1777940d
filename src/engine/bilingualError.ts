import { TriaError, type TriaErrorCode } from "./errors";
import type { Lang } from "./i18n/lang";

/** A sentence in both languages: why, and what to do. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

/**
 * A TriaError whose sentence the area that throws it writes in both languages (an option it
 * refuses, a column its file lacks) instead of the shared catalog. `reason` is a stable code
 * for tests ("where.unknownColumn", "calls.noPhone").
 */
export abstract class BilingualError extends TriaError {
  protected constructor(
    code: Extract<TriaErrorCode, "badOption" | "missingColumn">,
    readonly reason: string,
    readonly text: Bilingual,
  ) {
    super(code, { reason: text.en });
    this.message = text.en;
  }

  override messageIn(lang: Lang): string {
    return this.text[lang];
  }
}
