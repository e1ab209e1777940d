import { statSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import type { Command } from "commander";
import type { Lang } from "../engine/i18n/lang";
import { TriaError } from "../engine/errors";
import { UsageError } from "./commonOptions";
import { cliMessage } from "./cliMessages";

/** Excel's last row: a header row below it cannot exist. */
const MAX_ROW = 1_048_576;

/** "fr", "en", "fr-FR", "en_US" (any case): the languages --lang takes. */
export function parseLangOption(value: string): Lang | null {
  const match = /^(fr|en)(?:[-_][a-z0-9]+)?$/i.exec(value.trim());
  return match ? (match[1]!.toLowerCase() as Lang) : null;
}

/**
 * The options every command shares, checked before the job reads anything: a wrong value is a
 * usage error in the user's language (exit 2), and the user's own file is never the output.
 */
export function checkOptions(command: Command, lang: Lang): void {
  const options = command.opts<{ lang?: string; headerRow?: string; output?: string; report?: string }>();
  if (options.lang !== undefined && parseLangOption(options.lang) === null) throw new UsageError(cliMessage(lang, "badLang", { value: options.lang }));
  if (options.headerRow !== undefined) {
    const row = /^\s*\d+\s*$/.test(options.headerRow) ? Number(options.headerRow) : NaN;
    if (!(row >= 1 && row <= MAX_ROW)) throw new UsageError(cliMessage(lang, "badHeaderRow", { value: options.headerRow }));
  }
  const input = command.args[0];
  if (typeof options.output === "string") checkOutput(options.output, input, lang);
  if (typeof options.report === "string" && input !== undefined && resolve(options.report) === resolve(input))
    throw new TriaError("outputIsInput", { file: options.report });
}

function checkOutput(output: string, input: string | undefined, lang: Lang): void {
  if (isFolder(output)) throw new TriaError("outputIsFolder", { file: output });
  if (input !== undefined && resolve(output) === resolve(input)) throw new TriaError("outputIsInput", { file: output });
  if (extname(output).toLowerCase() !== ".xlsx") {
    const stem = basename(output, extname(output)) || "clients";
    throw new UsageError(cliMessage(lang, "outputNotXlsx", { file: output, suggested: `${stem}.tria.xlsx` }));
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
