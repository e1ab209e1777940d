import { TriaError } from "./errors";
import type { Lang } from "./i18n/lang";
import type { Bilingual } from "./optionError";

/**
 * The command was right but the file lacks a column the job needs (a call list without a
 * phone, a campaign follow-up without results): "nothing to work on", exit 5 in the CLI, not
 * a usage error (2). Its sentence, in both languages, names the missing column.
 * `reason` is a stable code for tests ("calls.noPhone").
 */
export class MissingColumnError extends TriaError {
  constructor(
    readonly reason: string,
    readonly text: Bilingual,
  ) {
    super("missingColumn", { reason: text.en });
    this.message = text.en;
    this.name = "MissingColumnError";
  }

  override messageIn(lang: Lang): string {
    return this.text[lang];
  }
}
