import type { Command } from "commander";

/** Which of the shared options a command takes besides the ones every command reads with. */
export interface SharedOptionChoice {
  /** -o: inspect writes no workbook. */
  readonly output?: boolean;
  /** --data-kind: the commands whose report or sheets show the data kinds. */
  readonly dataKind?: boolean;
}

/** The options every job shares (DESIGN.md: -o, --report, --sheet, --lang), declared here once. */
export function addCommonOptions(command: Command, choice: SharedOptionChoice = {}): Command {
  if (choice.output !== false) command.option("-o, --output <file.xlsx>", "workbook to write (default: out/NAME.tria.xlsx; none when only --report is given)");
  if (choice.dataKind === true) command.option("--data-kind <choices>", 'your own data kinds, e.g. "Canal=action; Panier moyen=reaction"');
  return command
    .option("--report <file.json>", "write the JSON report to this file")
    .option("--sheet <name>", "sheet to read (default: the first non-empty one)")
    .option("--header-row <n>", "1-based header row (default: detected)")
    .option("--lang <fr|en>", "language of messages, notes and added headers (default: from LANG, else fr)")
    .option("--progress", "show the progress bar even when stderr is not a terminal");
}

/** A wrong option value: exit 2 like commander's own usage errors. */
export class UsageError extends Error {}
