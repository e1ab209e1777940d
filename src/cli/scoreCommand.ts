import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { defineMessages } from "../engine/i18n/defineMessages";
import { parseDate } from "../engine/table/parseDate";
import { parsePointsGrid, type PointsGrid } from "../engine/scoring/behaviourPoints";
import { pointsGridFromRows } from "../engine/scoring/pointsGridTable";
import type { ScoreOptions, ScoreThresholds } from "../engine/scoring/scoreOptions";
import { ScoringError } from "../engine/scoring/scoringError";
import { segmentName } from "../engine/scoring/i18n/segmentNames";
import { SEGMENT_KEYS } from "../engine/scoring/data/segmentGrid";
import { runScore } from "../app/runScore";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { writeChartedWorkbook, writeLeftOutRows } from "./jobOutput";
import { writeSheetChoice } from "./sheetChoice";
import type { AddedSheet } from "../engine/plan";
import { progressBar } from "./progressBar";
import { addCommonOptions } from "./commonOptions";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { writeReportFile } from "./writeReportFile";

interface ScoreCliOptions extends CommonOptions {
  readonly output?: string;
  readonly classes?: string;
  readonly thresholds?: string;
  readonly weights?: string;
  readonly referenceDate?: string;
  readonly points?: string;
  readonly pointsSheet?: string;
  readonly onOrders?: boolean;
}

/** Adds `tria score FILE` to the program (main.ts calls this). */
export function registerScoreCommand(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command("score")
      .description("RFM scores, segments, A/B/C/D groups and a summary sheet / scores RFM, segments, groupes et synthèse")
      .argument("<file>", "customer file or orders list: .xlsx, .csv or .txt"),
  )
    .option("--classes <n>", "3, 4, 5 (quintiles) or 10 classes (default 5)")
    .option("--thresholds <r;f;m>", 'your own limits, e.g. "30,90,180,365;2,4,8,12;50,100,200,500"')
    .option("--weights <r,f,m>", "RFM score weights (default 1,1,1: the sum)")
    .option("--reference-date <date>", "count recency from this day (default: the day after the last purchase)")
    .option("--points <grid>", "behavioural points / C-R-M grid: JSON, or a table in .csv/.xlsx (see docs/scoring.md)")
    .option("--points-sheet <name>", "read the points grid from this sheet of the same workbook (kept with the document)")
    .option("--on-orders", "orders list: also copy each customer's scores onto every order row (default: the « Clients notés » sheet only)")
    .action((file: string, options: ScoreCliOptions) => scoreCommand(file, options, io));
}

export async function scoreCommand(file: string, options: ScoreCliOptions, io: CliIo): Promise<void> {
  const lang = cliLang(options.lang, io.env);
  let scoring = await scoringOptions(options);
  const progress = progressBar(io.stderr, options.progress === true);
  try {
    const host = await openWorkbookFile(file, progress.listener);
    if (options.pointsSheet !== undefined) scoring = { ...scoring, points: pointsGridFromRows((await host.readSheet(options.pointsSheet)).rows) };
    let sheets: readonly AddedSheet[] = [];
    // As every job: `--report` alone writes the report only, no workbook (DESIGN.md §5).
    const writeWorkbook = options.output !== undefined || options.report === undefined;
    const { report } = await runScore(host, {
      lang,
      apply: writeWorkbook,
      onPlan: (plan) => (sheets = plan.addedSheets),
      onProgress: progress.listener,
      ...scoring,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
    });
    const output = writeWorkbook ? await writeChartedWorkbook(file, options.output, host, sheets) : null;
    if (options.report) {
      await writeReportFile(options.report, report);
    }
    progress.done();
    for (const warning of host.warnings) io.stderr.write(`tria: ${warning}\n`);
    writeLeftOutRows(report, lang, io);
    io.stdout.write(`${describe(report, output, lang)}\n`);
    writeSheetChoice(report, lang, io);
  } finally {
    progress.done();
  }
}

async function scoringOptions(options: ScoreCliOptions): Promise<ScoreOptions> {
  const numbers = (text: string) => text.split(",").map((part) => Number(part.trim()));
  const result: { -readonly [K in keyof ScoreOptions]: ScoreOptions[K] } = {};
  if (options.classes !== undefined) result.classes = Number(options.classes);
  if (options.thresholds !== undefined) {
    const [r = "", f = "", m = ""] = options.thresholds.split(";");
    const thresholds: ScoreThresholds = { r: numbers(r), f: numbers(f), m: numbers(m) };
    result.thresholds = thresholds;
  }
  if (options.weights !== undefined) {
    const [r = Number.NaN, f = Number.NaN, m = Number.NaN] = numbers(options.weights);
    result.weights = { r, f, m };
  }
  if (options.referenceDate !== undefined) {
    const date = parseDate(options.referenceDate);
    if (!date) throw new ScoringError("badReferenceDate", { date: options.referenceDate });
    result.referenceDate = date;
  }
  if (options.points !== undefined) result.points = await readGrid(options.points);
  if (options.onOrders === true) result.onOrders = true;
  return result;
}

/** A points grid from a file: JSON, or a table in .csv/.xlsx (also `tria predict --points`). */
export async function readGrid(path: string): Promise<PointsGrid> {
  if (/\.(csv|txt|xlsx|xlsm)$/i.test(path)) {
    // A grid kept as a table: the sheet named "Grille…"/"Grid…" if there is one, else the first.
    const grid = await openWorkbookFile(path);
    const names = await grid.listSheets();
    const name = names.find((n) => /^(grille|grid|points)/i.test(n));
    return pointsGridFromRows((await grid.readSheet(name)).rows);
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ScoringError("badPoints", { reason: `${path}: ${error instanceof Error ? error.message : String(error)}` });
  }
  const grid = parsePointsGrid(json);
  if (!grid) throw new ScoringError("badPoints", { reason: `${path}: { "rules": [{ "column", "kind", "points" }], "hot", "warm" }` });
  return grid;
}

const say = defineMessages(
  {
    head: {
      one: "{scored} clients notés sur {total} ({count} cellule incomplète signalée){to}",
      other: "{scored} clients notés sur {total} ({count} cellules incomplètes signalées){to}",
    },
  },
  {
    head: {
      one: "{scored} customers scored out of {total} ({count} incomplete cell flagged){to}",
      other: "{scored} customers scored out of {total} ({count} incomplete cells flagged){to}",
    },
  },
);

function describe(report: Report, output: string | null, lang: Lang): string {
  // One pass, no list made: a million orders give 300,000 scores.
  let scored = 0;
  const counts = new Map<string, number>();
  for (const s of report.scores) {
    if (s.code !== null) scored++;
    if (s.segment) counts.set(s.segment, (counts.get(s.segment) ?? 0) + 1);
  }
  const lines = SEGMENT_KEYS.filter((k) => counts.has(k)).map((k) => `  ${segmentName(k, lang).padEnd(28)} ${String(counts.get(k)).padStart(7)}`);
  const head = say(lang, "head", { scored, total: report.scores.length, count: report.counts.flags.incomplete ?? 0, to: output ? ` → ${output}` : "" });
  return [head, ...lines].join("\n");
}
