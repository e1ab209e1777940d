import { mkdir, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { AddedSheet, Plan } from "../engine/plan";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { FLAG_KINDS } from "../engine/legend";
import { translate } from "../engine/i18n/messages";
import { TriaError } from "../engine/errors";
import type { WorkbookHost } from "../hosts/workbook/workbookHost";
import type { ProgressListener } from "../hosts/host";
import type { CliIo } from "./cliContext";
import { writeReportFile } from "./writeReportFile";
import { writeSheetChoice } from "./sheetChoice";
import { addNativeCharts } from "../hosts/workbook/nativeCharts";
import { ZipFileSink } from "../hosts/workbook/node/zipFileSink";
import { defineMessages } from "../engine/i18n/defineMessages";
import { colon, quote } from "../engine/i18n/localeFormat";

export interface JobOutputOptions {
  /** -o: the workbook to write. */
  readonly output?: string;
  /** --report: the JSON report to write. */
  readonly report?: string;
}

/** out/clients-demo.tria.xlsx for samples/clients-demo.xlsx: beside the project, never over the input. */
export function defaultOutputPath(input: string): string {
  return join("out", `${basename(input, extname(input))}.tria.xlsx`);
}

/**
 * The workbook of a job whose sheets carry charts (score's summary, predict's plan): ExcelJS
 * writes none, so they are added to the bytes it wrote. Returns where it went.
 */
export async function writeChartedWorkbook(input: string, output: string | undefined, host: WorkbookHost, sheets: readonly AddedSheet[]): Promise<string> {
  const written = output ?? defaultOutputPath(input);
  if (resolve(written) === resolve(input)) throw new TriaError("outputIsInput", { file: written });
  await writeHostWorkbook(host, written, sheets);
  return written;
}

/**
 * The host's workbook to a file: streamed part by part when the host can (a CSV: charts drawn
 * by the streaming writer itself), else ExcelJS's bytes with the charts added after.
 */
export async function writeHostWorkbook(
  host: WorkbookHost,
  path: string,
  chartSheets: readonly AddedSheet[] = [],
  onProgress?: ProgressListener,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (!host.streamsOutput) {
    await writeFile(path, await addNativeCharts(await host.outputBytes(), chartSheets));
    return;
  }
  const sink = new ZipFileSink(path);
  try {
    await host.writeOutput(sink, onProgress);
    await sink.close();
  } catch (error) {
    await sink.abort();
    await rm(path, { force: true });
    throw error;
  }
}

/**
 * What every writing job does at the end: the report if asked, the workbook unless only a
 * report was asked (DESIGN: `--report` alone writes no workbook), and a summary line.
 */
export async function writeJobOutputs(
  input: string,
  host: WorkbookHost,
  plan: Plan,
  report: Report,
  options: JobOutputOptions,
  context: { io: CliIo; lang: Lang; onProgress?: ProgressListener },
): Promise<string | null> {
  const { io, lang } = context;
  if (options.report) await writeReportFile(options.report, report);
  let written: string | null = null;
  if (options.output !== undefined || options.report === undefined) {
    written = options.output ?? defaultOutputPath(input);
    if (resolve(written) === resolve(input)) throw new TriaError("outputIsInput", { file: written });
    await host.apply(plan, { lang, ...(context.onProgress ? { onProgress: context.onProgress } : {}) });
    await writeHostWorkbook(host, written, [], context.onProgress);
  }
  io.stdout.write(`${summaryLine(report, written, lang)}\n`);
  writeSheetChoice(report, lang, io);
  for (const warning of host.warnings) io.stderr.write(`tria: ${warning}\n`);
  writeLeftOutRows(report, lang, io);
  return written;
}

/** The rows the job left alone (a total row, a note under the table), said on stderr. */
export function writeLeftOutRows(report: Report, lang: Lang, io: CliIo): void {
  for (const reason of ["total", "note"] as const) {
    const rows = (report.leftOutRows ?? []).filter((r) => r.reason === reason).map((r) => r.row);
    const key = reason === "total" ? "warning.totalRowsLeftOut" : "warning.noteRowsLeftOut";
    if (rows.length > 0) io.stderr.write(`tria: ${translate(lang, key, { rows: rows.join(", ") })}\n`);
  }
}

const say = defineMessages(
  { rows: { one: "{count} ligne", other: "{count} lignes" }, noFlags: "aucune alerte" },
  { rows: { one: "{count} row", other: "{count} rows" }, noFlags: "no flags" },
);

function summaryLine(report: Report, written: string | null, lang: Lang): string {
  const counts = FLAG_KINDS.filter((kind) => report.counts.flags[kind])
    .map((kind) => `${translate(lang, `flag.${kind}`).toLowerCase()} ${report.counts.flags[kind]}`)
    .join(", ");
  const flags = counts === "" ? say(lang, "noFlags") : counts;
  const target = written ? ` → ${written}` : "";
  return `${report.job} ${quote(lang, report.sheet)}${colon(lang)} ${say(lang, "rows", { count: report.counts.rows })}, ${flags}${target}`;
}
