import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { roleLabel } from "../engine/i18n/roleLabels";
import { dataKindLabel } from "../engine/i18n/dataKindLabels";
import { parseDataKindChoices } from "../engine/table/dataKindChoices";
import { runInspect } from "../app/runInspect";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { progressBar } from "./progressBar";
import { formatTable } from "./formatTable";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";

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
  } finally {
    progress.done();
  }
}

function describe(report: Report, file: string, lang: Lang, csv: { delimiter: string; encoding: string } | null): string {
  const fr = lang === "fr";
  const pct = (n: number) => `${Math.round(n * 100)} %`;
  const title = fr
    ? `${file} — feuille « ${report.sheet} », en-tête ligne ${report.headerRow}, ${report.counts.rows} lignes de données`
    : `${file} — sheet "${report.sheet}", header on row ${report.headerRow}, ${report.counts.rows} data rows`;
  const csvLine = csv
    ? fr
      ? `CSV : séparateur « ${csv.delimiter === "\t" ? "tab" : csv.delimiter === " " ? "espaces" : csv.delimiter} », encodage ${csv.encoding}`
      : `CSV: delimiter "${csv.delimiter === "\t" ? "tab" : csv.delimiter === " " ? "spaces" : csv.delimiter}", encoding ${csv.encoding}`
    : null;
  const header = fr
    ? ["#", "Colonne", "Rôle détecté", "Type de donnée", "Confiance", "Remplie", "Exemples"]
    : ["#", "Column", "Detected role", "Data kind", "Confidence", "Filled", "Examples"];
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
