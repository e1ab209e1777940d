import type { Command } from "commander";

/** The options every job shares (DESIGN.md: -o, --report, --sheet, --lang). */
export function addCommonOptions(command: Command): Command {
  return command
    .option("-o, --output <file.xlsx>", "workbook to write (default: out/NAME.tria.xlsx; none when only --report is given)")
    .option("--report <file.json>", "write the JSON report to this file")
    .option("--sheet <name>", "sheet to read (default: the first non-empty one)")
    .option("--header-row <n>", "1-based header row (default: detected)")
    .option("--lang <fr|en>", "language of messages, notes and added headers (default: from LANG, else fr)")
    .option("--progress", "show the progress bar even when stderr is not a terminal");
}

/** A wrong option value: exit 2 like commander's own usage errors. */
export class UsageError extends Error {}
