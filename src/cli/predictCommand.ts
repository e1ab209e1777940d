import type { Command } from "commander";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { defineMessages } from "../engine/i18n/defineMessages";
import { formatNumber } from "../engine/i18n/localeFormat";
import { parseDate } from "../engine/table/parseDate";
import { parseNumber } from "../engine/table/parseNumber";
import type { PredictOptions, TimeUnit } from "../engine/predict/predictOptions";
import { PredictError } from "../engine/predict/predictError";
import { predictLabel } from "../engine/predict/predictLabels";
import { runPredict } from "../app/runPredict";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { writeChartedWorkbook } from "./jobOutput";
import type { AddedSheet } from "../engine/plan";
import { progressBar } from "./progressBar";
import { addCommonOptions } from "./commonOptions";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { writeReportFile } from "./writeReportFile";
import { csvBytes, predictCsvFile } from "./predictCsvFile";
import { readGrid } from "./scoreCommand";
import { writeSheetChoice } from "./sheetChoice";

interface PredictCliOptions extends CommonOptions {
  readonly output?: string;
  readonly calibrationEnd?: string;
  readonly horizon?: string;
  readonly unit?: string;
  readonly discount?: string;
  readonly margin?: string;
  readonly costPerContact?: string;
  readonly lostAfter?: string;
  readonly points?: string;
}

/** Adds `tria predict ORDERS` to the program (main.ts calls this). */
export function registerPredictCommand(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command("predict")
      .description("who will buy again, what each customer is worth, whom to mail / qui va racheter, valeur de chaque client, qui contacter")
      .argument("<orders>", "orders list (customer, date, amount): .xlsx, .csv or .txt"),
  )
    .option("--calibration-end <date>", "fit on orders up to this day, check the forecast on the later ones")
    .option("--horizon <n>", "forecast horizon in units (default: one year)")
    .option("--unit <days|weeks|months>", "time unit (default: weeks)")
    .option("--discount <rate>", "yearly discount rate for the customer value (default 0.1)")
    .option("--margin <rate>", "margin rate on sales (default 0.3)")
    .option("--cost-per-contact <eur>", "cost of one contact in euros (default 1)")
    .option("--lost-after <n>", "a customer counts as lost after this many units without a purchase (default: one year)")
    .option("--points <grid>", "behavioural points grid (as for score): a fourth predictor of campaign answers")
    .action((file: string, options: PredictCliOptions) => predictCommand(file, options, io));
}

export async function predictCommand(file: string, options: PredictCliOptions, io: CliIo): Promise<void> {
  const lang = cliLang(options.lang, io.env);
  const predict = { ...predictOptions(options), ...(options.points === undefined ? {} : { points: await readGrid(options.points) }) };
  const progress = progressBar(io.stderr, options.progress === true);
  try {
    // --report alone writes the report only, no workbook (DESIGN.md §5).
    const wantsWorkbook = options.output !== undefined || options.report === undefined;
    const csv = options.sheet === undefined ? await csvBytes(file) : null;
    if (csv) {
      const { report, output } = await predictCsvFile(file, csv, wantsWorkbook, options, { lang, predict, onProgress: progress.listener });
      if (options.report) await writeReportFile(options.report, report);
      progress.done();
      io.stdout.write(`${describe(report, output, lang)}\n`);
      return;
    }
    const host = await openWorkbookFile(file, progress.listener);
    let sheets: readonly AddedSheet[] = [];
    // As every job: `--report` alone writes the report only, no workbook (DESIGN.md §5).
    const writeWorkbook = options.output !== undefined || options.report === undefined;
    const { report } = await runPredict(host, {
      lang,
      apply: writeWorkbook,
      onPlan: (plan) => (sheets = plan.addedSheets),
      onProgress: progress.listener,
      ...predict,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
    });
    const output = writeWorkbook ? await writeChartedWorkbook(file, options.output, host, sheets) : null;
    if (options.report) await writeReportFile(options.report, report);
    progress.done();
    for (const warning of host.warnings) io.stderr.write(`tria: ${warning}\n`);
    io.stdout.write(`${describe(report, output, lang)}\n`);
    writeSheetChoice(report, lang, io);
  } finally {
    progress.done();
  }
}

/** Options as typed: "0,3" and "30 %" read as numbers the French way too. */
function predictOptions(options: PredictCliOptions): PredictOptions {
  const result: { -readonly [K in keyof PredictOptions]: PredictOptions[K] } = {};
  const rate = (text: string, problem: "badDiscount" | "badMargin"): number => {
    const value = parseNumber(text.trim());
    if (value === null) throw new PredictError(problem);
    // "30 %" or "30" meant as a percentage.
    return text.includes("%") || value > 1 ? value / 100 : value;
  };
  if (options.calibrationEnd !== undefined) {
    const date = parseDate(options.calibrationEnd);
    if (!date) throw new PredictError("badCalibrationEnd", { date: options.calibrationEnd });
    result.calibrationEnd = date;
  }
  if (options.horizon !== undefined) {
    const horizon = parseNumber(options.horizon);
    if (horizon === null) throw new PredictError("badHorizon");
    result.horizon = horizon;
  }
  if (options.unit !== undefined) {
    const unit = UNITS[options.unit.trim().toLowerCase()];
    if (!unit) throw new PredictError("badUnit");
    result.unit = unit;
  }
  if (options.discount !== undefined) result.discount = rate(options.discount, "badDiscount");
  if (options.margin !== undefined) result.margin = rate(options.margin, "badMargin");
  if (options.costPerContact !== undefined) {
    const cost = parseNumber(options.costPerContact);
    if (cost === null) throw new PredictError("badCost");
    result.costPerContact = cost;
  }
  if (options.lostAfter !== undefined) {
    const gap = parseNumber(options.lostAfter);
    if (gap === null) throw new PredictError("badLostAfter");
    result.lostAfter = gap;
  }
  return result;
}

const UNITS: Readonly<Record<string, TimeUnit>> = {
  days: "days",
  day: "days",
  jours: "days",
  jour: "days",
  weeks: "weeks",
  week: "weeks",
  semaines: "weeks",
  semaine: "weeks",
  months: "months",
  month: "months",
  mois: "months",
};

const say = defineMessages(
  {
    fitted: "{fitted} clients modélisés (BG/NBD r={r} α={alpha} a={a} b={b}, LL {ll}){to}",
    contact: "contacter {times}×/an",
    noContact: "ne pas relancer",
    group: "  {group}  {customers}  marge après publicité {margin} €  {decision}",
    endOfData: "> fin des données",
    lifetime: "  durée de vie médiane ({unit}) : {medians}{test}",
    holdout: "  période de test : {actual} achats répétés réels, {predicted} prévus",
  },
  {
    fitted: "{fitted} customers modelled (BG/NBD r={r} α={alpha} a={a} b={b}, LL {ll}){to}",
    contact: "contact {times}×/year",
    noContact: "not worth reactivating",
    group: "  {group}  {customers}  margin after advertising {margin} €  {decision}",
    endOfData: "> end of data",
    lifetime: "  median lifetime ({unit}): {medians}{test}",
    holdout: "  holdout: {actual} actual repeat purchases, {predicted} predicted",
  },
);

function describe(report: Report, output: string | null, lang: Lang): string {
  const p = report.predictions;
  const to = output ? ` → ${output}` : "";
  if (!p) return to;
  const b = p.model.bgnbd;
  const n = (v: number, d = 2) => formatNumber(lang, v, { maxDecimals: d });
  const fitted = p.customers.filter((c) => c.x !== null).length;
  const lines = [say(lang, "fitted", { fitted, r: n(b.r, 4), alpha: n(b.alpha, 4), a: n(b.a, 4), b: n(b.b, 4), ll: n(b.logLikelihood), to })];
  for (const g of p.groups) {
    const decision = g.contact ? say(lang, "contact", { times: g.contactsPerYear }) : say(lang, "noContact");
    lines.push(
      say(lang, "group", {
        group: g.group,
        customers: String(g.customers).padStart(7),
        margin: formatNumber(lang, g.marginAfterAdvertising, { decimals: 2 }).padStart(12),
        decision,
      }),
    );
  }
  if (p.survival) {
    const medians = p.survival.channels.map((c) => `${c.channel} ${c.medianLifetime === null ? say(lang, "endOfData") : n(c.medianLifetime, 1)}`).join(", ");
    const test = p.survival.logRank ? `, log-rank χ² ${n(p.survival.logRank.chiSquare)} (p ${n(p.survival.logRank.pValue, 4)})` : "";
    lines.push(say(lang, "lifetime", { unit: predictLabel(lang, `unit.${p.unit}`), medians, test }));
  }
  if (p.holdout) lines.push(say(lang, "holdout", { actual: n(p.holdout.actualPurchases, 0), predicted: n(p.holdout.predictedPurchases, 1) }));
  return lines.join("\n");
}
