import { Command, CommanderError } from "commander";
import type { Lang } from "../engine/i18n/lang";
import { defineMessages } from "../engine/i18n/defineMessages";
import { formatPercent } from "../engine/i18n/localeFormat";
import type { Report } from "../engine/report";
import { isMatchField, MATCH_FIELDS, type MatchField } from "../engine/duplicates/duplicateFields";
import { fieldLabel } from "../engine/duplicates/duplicateMessages";
import { parseUserRule, type UserRule } from "../engine/duplicates/userRules";
import { runDedupe } from "../app/runDedupe";
import type { JobOutcome } from "../app/jobOutcome";
import { runMerge } from "../app/runMerge";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { EXIT } from "./exitCodes";
import { progressBar } from "./progressBar";
import { addCommonOptions } from "./commonOptions";
import { defaultOutputPath, writeHostWorkbook } from "./jobOutput";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { writeReportFile } from "./writeReportFile";
import { writeSheetChoice } from "./sheetChoice";

interface DedupeCliOptions extends CommonOptions {
  readonly output?: string;
  readonly threshold?: string;
  readonly fields?: string;
  readonly rule?: readonly string[];
  readonly merge?: boolean;
}

/** How many clusters the summary lists before "…". */
const SUMMARY_CLUSTERS = 10;

/** `tria dedupe FILE`: find the same customer written twice; the lead wires it into main.ts. */
export function registerDedupeCommand(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command("dedupe")
      .description("find the same customer written twice, exactly or not / trouver les doublons clients")
      .argument("<file>", "customer file: .xlsx, .csv or .txt"),
  )
    .option("--threshold <0-1>", "match probability from which two rows are one customer (default: 0.9)")
    .option("--fields <list>", `fields compared, comma-separated (default: all): ${MATCH_FIELDS.join(",")}`)
    .option("--rule <fields>", 'same values on these fields ⇒ duplicate, e.g. "prénom+nom+date de naissance" (repeatable)', collect, [])
    .option("--merge", 'also write the sheet "Clients fusionnés" / "Merged customers" (originals are kept)')
    .action((file: string, options: DedupeCliOptions) => dedupeCommand(file, options, io));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export async function dedupeCommand(file: string, options: DedupeCliOptions, io: CliIo): Promise<void> {
  const lang = cliLang(options.lang, io.env);
  const threshold = parseThreshold(options.threshold, lang, io);
  const fields = parseFields(options.fields, lang, io);
  const rules = parseRules(options.rule ?? [], lang, io);
  const writeWorkbook = options.output !== undefined || options.merge === true || options.report === undefined;
  const output = options.output ?? defaultOutputPath(file);
  const progress = progressBar(io.stderr, options.progress === true);
  try {
    const host = await openWorkbookFile(file, progress.listener);
    const run = options.merge ? runMerge : runDedupe;
    let compared = 0;
    const outcome = await run(host, {
      lang,
      apply: writeWorkbook,
      onStats: (stats) => (compared = stats.compared),
      onProgress: progress.listener,
      ...(threshold === undefined ? {} : { threshold }),
      ...(fields === undefined ? {} : { fields }),
      ...(rules.length === 0 ? {} : { rules }),
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
    });
    if (writeWorkbook) {
      await writeHostWorkbook(host, output);
    }
    if (options.report) {
      await writeReportFile(options.report, outcome.report);
    }
    progress.done();
    io.stdout.write(`${summary(outcome, compared, file, lang, writeWorkbook ? output : null, options.merge === true)}\n`);
    writeSheetChoice(outcome.report, lang, io);
  } finally {
    progress.done();
  }
}

function usage(io: CliIo, message: string): never {
  io.stderr.write(`tria: ${message}\n`);
  throw new CommanderError(EXIT.usage, "tria.dedupe.usage", message);
}

function parseThreshold(text: string | undefined, lang: Lang, io: CliIo): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(",", ".").replace(/%$/, "")) / (text.trim().endsWith("%") ? 100 : 1);
  if (Number.isFinite(value) && value > 0 && value <= 1) return value;
  return usage(io, say(lang, "badThreshold", { text }));
}

function parseFields(text: string | undefined, lang: Lang, io: CliIo): MatchField[] | undefined {
  if (text === undefined) return undefined;
  const words = text.split(/[,;+\s]+/).filter(Boolean);
  const unknown = words.filter((w) => !isMatchField(w));
  if (unknown.length === 0 && words.length > 0) return words as MatchField[];
  return usage(io, say(lang, "badFields", { unknown: unknown.join(", "), fields: MATCH_FIELDS.join(", ") }));
}

function parseRules(texts: readonly string[], lang: Lang, io: CliIo): UserRule[] {
  return texts.map((text) => {
    const { rule, unknown } = parseUserRule(text);
    if (rule) return rule;
    return usage(io, say(lang, "badRule", { text, unknown: unknown.join(", ") }));
  });
}

const say = defineMessages(
  {
    badThreshold: "--threshold attend un score entre 0 et 1 (par exemple 0.8 ou 80%), pas « {text} ».",
    badFields: "--fields : champ inconnu « {unknown} ». Champs possibles : {fields}.",
    badRule: '--rule « {text} » : je ne connais pas « {unknown} ». Exemple : --rule "prénom+nom+date de naissance".',
    head: "{file} — feuille « {sheet} », {rows} : {groups}, {duplicateRows} ({compared}).",
    rows: { one: "{count} ligne", other: "{count} lignes" },
    compared: { one: "{count} paire comparée", other: "{count} paires comparées" },
    groups: { one: "{count} groupe de doublons", other: "{count} groupes de doublons" },
    duplicateRows: { one: "{count} ligne en double", other: "{count} lignes en double" },
    group: "  lignes {rows} → garder la ligne {survivor} (score {score}) : {on}",
    moreGroups: { one: "  … et {count} autre groupe", other: "  … et {count} autres groupes" },
    written: "Écrit : {output}",
    writtenMerged: "Écrit : {output} (avec la feuille « Clients fusionnés » ; les lignes d'origine sont conservées)",
  },
  {
    badThreshold: '--threshold takes a score between 0 and 1 (for example 0.8 or 80%), not "{text}".',
    badFields: '--fields: unknown field "{unknown}". Fields: {fields}.',
    badRule: '--rule "{text}": unknown "{unknown}". Example: --rule "firstName+lastName+birthDate".',
    head: '{file} — sheet "{sheet}", {rows}: {groups}, {duplicateRows} ({compared}).',
    rows: { one: "{count} row", other: "{count} rows" },
    compared: { one: "{count} pair compared", other: "{count} pairs compared" },
    groups: { one: "{count} duplicate group", other: "{count} duplicate groups" },
    duplicateRows: { one: "{count} duplicate row", other: "{count} duplicate rows" },
    group: "  rows {rows} → keep row {survivor} (score {score}): {on}",
    moreGroups: { one: "  … and {count} more group", other: "  … and {count} more groups" },
    written: "Written: {output}",
    writtenMerged: 'Written: {output} (with the sheet "Merged customers"; the original rows are kept)',
  },
);

function summary(outcome: JobOutcome, compared: number, file: string, lang: Lang, output: string | null, merged: boolean): string {
  const r: Report = outcome.report;
  const clusters = r.duplicates.length;
  const groups = say(lang, "groups", { count: clusters });
  const duplicateRows = say(lang, "duplicateRows", { count: r.counts.duplicateRows });
  const counted = { rows: say(lang, "rows", { count: r.counts.rows }), compared: say(lang, "compared", { count: compared }) };
  const lines = [say(lang, "head", { file, sheet: r.sheet, groups, duplicateRows, ...counted })];
  for (const d of r.duplicates.slice(0, SUMMARY_CLUSTERS)) {
    const on = d.matchedOn.map((f) => (isMatchField(f) ? fieldLabel(f, lang) : f)).join(", ");
    lines.push(say(lang, "group", { rows: d.rows.join(", "), survivor: d.survivor, score: formatPercent(lang, Math.round(d.score * 100), 0), on }));
  }
  if (clusters > SUMMARY_CLUSTERS) lines.push(say(lang, "moreGroups", { count: clusters - SUMMARY_CLUSTERS }));
  if (output) lines.push(say(lang, merged ? "writtenMerged" : "written", { output }));
  return lines.join("\n");
}
