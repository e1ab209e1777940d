import type { Command } from "commander";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { OptionError } from "../engine/optionError";
import { callText } from "../engine/method/callMessages";
import { DEFAULT_TOP } from "../engine/method/callListTable";
import { runCalls } from "../app/runCalls";
import type { CliIo } from "./cliContext";
import { addCommonOptions } from "./commonOptions";
import { runFileJob, todayOption, type FileJobCliOptions } from "./fileJob";

interface CallsCliOptions extends FileJobCliOptions {
  readonly top?: string;
  readonly today?: string;
}

/** `tria calls FILE` (`tria appels`): an "À appeler" sheet of the customers to call first, with what to Confirm, Rectify, Obtain, Complete (CROC). */
export function registerCallsCommand(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command("calls")
      .alias("appels")
      .description("call list (CROC method): the customers to call first, and what to confirm, rectify, obtain, complete / liste d'appels de qualification")
      .argument("<file>", "customer file or orders list: .xlsx, .csv or .txt"),
    { dataKind: true },
  )
    .option("--top <n>", `how many customers to list, best first (default ${DEFAULT_TOP})`)
    .option("--today <date>", "count how long customers have not been heard from up to this day (default: today)")
    .action(async (file: string, options: CallsCliOptions) => {
      const today = todayOption(options.today);
      const top = options.top === undefined ? DEFAULT_TOP : topOption(options.top);
      await runFileJob(file, options, io, (host, read) => runCalls(host, { ...read, today, top }), describe);
    });
}

function topOption(text: string): number {
  const top = Number(text.trim());
  if (!Number.isInteger(top) || top < 1) throw new OptionError("calls.top", { fr: callText("fr", "badTop", { text }), en: callText("en", "badTop", { text }) });
  return top;
}

function describe(report: Report, lang: Lang): string {
  const calls = report.calls;
  if (!calls) return "";
  const head =
    callText(lang, "summary", { count: calls.listed, candidates: calls.candidates }) +
    (calls.withoutPhone > 0 ? callText(lang, "summaryNoPhone", { count: calls.withoutPhone }) : "") +
    (calls.valueFrom === "none" ? callText(lang, "summaryNoValue") : "");
  const first = calls.entries
    .slice(0, 5)
    .map((e) => `  ${callText(lang, "summaryLine", { rank: String(e.rank).padStart(3), name: e.name, phone: e.phone, priority: e.priority })}`);
  return [head, ...first].join("\n");
}
