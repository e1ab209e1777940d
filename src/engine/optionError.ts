import { TriaError } from "./errors";
import type { Lang } from "./i18n/lang";

/** A sentence in both languages: why, and what to do. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

/**
 * A wrong choice the user can fix (an unknown column, a condition that does not read, a bad
 * date): a TriaError coded "badOption" (exit status 2 in the CLI) whose message each area
 * writes in both languages. `reason` is a stable code for tests ("where.unknownColumn").
 */
export class OptionError extends TriaError {
  constructor(
    readonly reason: string,
    readonly text: Bilingual,
  ) {
    super("badOption", { reason: text.en });
    this.message = text.en;
    this.name = "OptionError";
  }

  override messageIn(lang: Lang): string {
    return this.text[lang];
  }
}
