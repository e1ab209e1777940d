import type { Command } from "commander";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { OptionError } from "../engine/optionError";
import { parseNumber } from "../engine/table/parseNumber";
import { runCampaign } from "../app/runCampaign";
import { campaignHost } from "../app/resultsSheet";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { progressBar } from "./progressBar";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { writeChartedWorkbook } from "./jobOutput";
import { writeReportFile } from "./writeReportFile";
import { addCommonOptions } from "./commonOptions";
import { defineMessages } from "../engine/i18n/defineMessages";
import { formatNumber, formatPercent } from "../engine/i18n/localeFormat";

interface CampaignCliOptions extends CommonOptions {
  readonly output?: string;
  readonly unitCost?: string;
}

/** `tria campaign RESULTS`: rates, cost per order, return on the campaign, a dashboard sheet with charts. */
export function registerCampaignCommand(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command("campaign")
      .description("campaign follow-up: rates, cost per order, return, dashboard with charts / suivi de campagne chiffré")
      .argument("<file>", "results table (per segment or per customer): .xlsx, .csv or .txt"),
  )
    .option("--unit-cost <amount>", "cost of one piece sent, when the table has no cost column (e.g. 0,85)")
    .action(async (file: string, options: CampaignCliOptions) => {
      const lang = cliLang(options.lang, io.env);
      const unitCost = options.unitCost === undefined ? undefined : costOption(options.unitCost);
      const progress = progressBar(io.stderr, options.progress === true);
      try {
        const host = await openWorkbookFile(file, progress.listener);
        const writeWorkbook = options.output !== undefined || options.report === undefined;
        // A workbook holding customers and results: the results sheet, unless --sheet names one.
        const reading = options.sheet === undefined ? await campaignHost(host, await host.userSheets()) : host;
        const { plan, report } = await runCampaign(reading, {
          lang,
          apply: writeWorkbook,
          onProgress: progress.listener,
          ...(unitCost === undefined ? {} : { unitCost }),
          ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
          ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
        });
        const output = writeWorkbook ? await writeChartedWorkbook(file, options.output, host, plan.addedSheets) : null;
        if (options.report) await writeReportFile(options.report, report);
        progress.done();
        for (const warning of host.warnings) io.stderr.write(`tria: ${warning}\n`);
        io.stdout.write(`${describe(report, output, lang)}\n`);
      } finally {
        progress.done();
      }
    });
}

function costOption(text: string): number {
  const cost = parseNumber(text);
  if (cost === null || cost < 0)
    throw new OptionError("campaign.unitCost", {
      fr: `--unit-cost : « ${text} » n'est pas un coût (ex. 0,85).`,
      en: `--unit-cost: "${text}" is not a cost (e.g. 0.85).`,
    });
  return cost;
}

const say = defineMessages(
  {
    head: "campagne « {sheet} » : {segments}, {sent} envoyés, {orders}, CA {revenue}, coût {cost}",
    segments: { one: "{count} segment", other: "{count} segments" },
    orders: { one: "{count} commande", other: "{count} commandes" },
    line: "  {label} : ouverture {open}, clic {click}, transformation {order}, coût/commande {cost}, retour {back}",
  },
  {
    head: 'campaign "{sheet}": {segments}, {sent} sent, {orders}, revenue {revenue}, cost {cost}',
    segments: { one: "{count} segment", other: "{count} segments" },
    orders: { one: "{count} order", other: "{count} orders" },
    line: "  {label}: open {open}, click {click}, order {order}, cost/order {cost}, return {back}",
  },
);

function describe(report: Report, output: string | null, lang: Lang): string {
  const campaign = report.campaign;
  if (!campaign) return "";
  const percent = (x: number | null) => (x === null ? "—" : formatPercent(lang, 100 * x));
  // Amounts in euros, as the campaign sheet shows them (predict's margins too): "15,00 €".
  const money = (x: number | null) => (x === null ? "—" : `${formatNumber(lang, x, { decimals: 2 })} €`);
  const count = (x: number | null) => (x === null ? "—" : formatNumber(lang, x));
  const { sent, orders, revenue, cost } = campaign.total.counts;
  const head = say(lang, "head", {
    sheet: report.sheet,
    segments: say(lang, "segments", { count: campaign.lines.length }),
    sent: count(sent),
    orders: orders === null ? "—" : say(lang, "orders", { count: orders }),
    revenue: money(revenue),
    cost: money(cost),
  });
  return [head]
    .concat(
      [...campaign.lines, campaign.total].map((line) => {
        const f = line.figures;
        return say(lang, "line", {
          label: line.label,
          open: percent(f.openRate),
          click: percent(f.clickRate),
          order: percent(f.orderRate),
          cost: money(f.costPerOrder),
          back: percent(f.returnOnCost),
        });
      }),
    )
    .concat(output ? [`→ ${output}`] : [])
    .join("\n");
}
