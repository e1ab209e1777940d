import { BilingualError, type Bilingual } from "./bilingualError";

/**
 * The command was right but the file lacks a column the job needs (a call list without a
 * phone, a campaign follow-up without results): "nothing to work on", exit 5 in the CLI, not
 * a usage error (2). Its sentence, in both languages, names the missing column.
 */
export class MissingColumnError extends BilingualError {
  constructor(reason: string, text: Bilingual) {
    super("missingColumn", reason, text);
    this.name = "MissingColumnError";
  }
}
