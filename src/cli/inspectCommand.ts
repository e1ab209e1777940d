import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { defineMessages } from "../engine/i18n/defineMessages";
import { formatPercent } from "../engine/i18n/localeFormat";
import { roleLabel } from "../engine/i18n/roleLabels";
import { dataKindLabel } from "../engine/i18n/dataKindLabels";
import { parseDataKindChoices } from "../engine/table/dataKindChoices";
import { runInspect } from "../app/runInspect";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { progressBar } from "./progressBar";
import { formatTable } from "./formatTable";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { writeSheetChoice } from "./sheetChoice";

interface InspectCliOptions extends CommonOptions {
  readonly json?: boolean;
  readonly dataKind?: string;
}

/** `tria inspect FILE`: what Tria sees in a file, column by column. Writes nothing but the report. */
export async function inspectCommand(file: string, options: InspectCliOptions, io: CliIo): Promise<void> {
  const lang = cliLang(options.lang, io.env);
  const dataKinds = options.dataKind === undefined ? undefined : parseDataKindChoices(options.dataKind);
  const progress = progressBar(io.stderr, options.progress === true);
  const host = await openWorkbookFile(file, progress.listener);
  try {
    const { report } = await runInspect(host, {
      lang,
      onProgress: progress.listener,
      ...(dataKinds === undefined ? {} : { dataKinds }),
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
    });
    progress.done();
    if (options.report) {
      await mkdir(dirname(options.report), { recursive: true });
      await writeFile(options.report, `${JSON.stringify(report, null, 2)}\n`);
    }
    io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${describe(report, file, lang, host.csvInfo)}\n`);
    if (!options.json) writeSheetChoice(report, lang, io);
  } finally {
    progress.done();
  }
}

const say = defineMessages(
  {
    title: {
      one: "{file} — feuille « {sheet} », en-tête ligne {headerRow}, {count} ligne de données",
      other: "{file} — feuille « {sheet} », en-tête ligne {headerRow}, {count} lignes de données",
    },
    csv: "CSV : séparateur « {delimiter} », encodage {encoding}",
    tab: "tab",
    spaces: "espaces",
    columns: "#|Colonne|Rôle détecté|Type de donnée|Confiance|Remplie|Exemples",
  },
  {
    title: {
      one: '{file} — sheet "{sheet}", header on row {headerRow}, {count} data row',
      other: '{file} — sheet "{sheet}", header on row {headerRow}, {count} data rows',
    },
    csv: 'CSV: delimiter "{delimiter}", encoding {encoding}',
    tab: "tab",
    spaces: "spaces",
    columns: "#|Column|Detected role|Data kind|Confidence|Filled|Examples",
  },
);

function describe(report: Report, file: string, lang: Lang, csv: { delimiter: string; encoding: string } | null): string {
  const pct = (n: number) => formatPercent(lang, Math.round(n * 100), 0);
  const title = say(lang, "title", { file, sheet: report.sheet, headerRow: report.headerRow, count: report.counts.rows });
  const delimiter = (text: string) => (text === "\t" ? say(lang, "tab") : text === " " ? say(lang, "spaces") : text);
  const csvLine = csv ? say(lang, "csv", { delimiter: delimiter(csv.delimiter), encoding: csv.encoding }) : null;
  const header = say(lang, "columns").split("|");
  const rows = report.columns.map((column) => [
    String(column.index + 1),
    column.header,
    `${roleLabel(column.role, lang)} (${column.role})`,
    dataKindLabel(column.dataKind, lang),
    pct(column.confidence),
    pct(column.fillRate ?? 0),
    (column.examples ?? []).join(" | "),
  ]);
  return [title, ...(csvLine ? [csvLine] : []), "", formatTable(header, rows, [4, 28, 40, 14, 10, 8, 60])].join("\n");
}
