import { randomInt } from "node:crypto";
import type { Command } from "commander";
import type { Lang } from "../engine/i18n/lang";
import { OptionError } from "../engine/optionError";
import type { TrapRequest } from "../engine/method/trapRecords";
import { trapText } from "../engine/method/trapMessages";
import { seededRandom } from "../engine/method/seededRandom";
import { readOwnedContacts } from "../app/runExport";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";

/** --traps, --trap-file, --seed as commander gives them. */
export interface TrapCliOptions {
  readonly traps?: string;
  readonly trapFile?: string;
  readonly seed?: string;
}

/** The trap options `tria export` and `tria segment --copy` share. */
export function addTrapOptions(command: Command): Command {
  return command
    .option("--traps <n>", "how many trap records to plant among the rows")
    .option("--trap-file <file>", "your own addresses (mailboxes, postal addresses, lines), one per row, under the export's headers")
    .option("--seed <n>", "draw the traps the same way every time (tests)");
}

/** The trap records asked for, the owned addresses read from --trap-file; null without --traps (or --traps 0). */
export async function trapRequest(options: TrapCliOptions, lang: Lang): Promise<TrapRequest | null> {
  const count = options.traps === undefined ? 0 : trapCount(options.traps);
  if (count === 0) return null;
  if (options.trapFile === undefined) throw new OptionError("traps.needFile", { fr: trapText("fr", "needFile"), en: trapText("en", "needFile") });
  const owned = await readOwnedContacts(await openWorkbookFile(options.trapFile), { lang });
  return { count, owned, random: seededRandom(options.seed === undefined ? randomInt(2 ** 31) : Number(options.seed)) };
}

function trapCount(text: string): number {
  const count = Number(text.trim());
  if (!Number.isInteger(count) || count < 0 || count > 1000)
    throw new OptionError("traps.count", { fr: trapText("fr", "badCount", { text }), en: trapText("en", "badCount", { text }) });
  return count;
}
