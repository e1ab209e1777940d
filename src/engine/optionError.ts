import { BilingualError, type Bilingual } from "./bilingualError";

/**
 * A wrong choice the user can fix (an unknown column, a condition that does not read, a bad
 * date): coded "badOption" (exit status 2 in the CLI), its message written by each area in
 * both languages.
 */
export class OptionError extends BilingualError {
  constructor(reason: string, text: Bilingual) {
    super("badOption", reason, text);
    this.name = "OptionError";
  }
}
