import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { TriaError } from "../engine/errors";
import { formatIsoDay } from "../engine/i18n/localeFormat";
import { trapText } from "../engine/method/trapMessages";
import { trapListRows } from "../engine/method/trapList";
import { runExport, exportReport } from "../app/runExport";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { rowsWorkbook } from "../hosts/workbook/rowsWorkbook";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { addTrapOptions, trapRequest, type TrapCliOptions } from "./trapOptions";
import { writeReportFile } from "./writeReportFile";

interface ExportCliOptions extends CommonOptions, TrapCliOptions {
  readonly output?: string;
  readonly where?: string;
  readonly trapList?: string;
}

/** `tria export FILE [--where …] [--traps N --trap-file OWNED]`: a NEW workbook to rent or exchange, trap records listed apart. */
export function registerExportCommand(program: Command, io: CliIo): void {
  addTrapOptions(
    program
      .command("export")
      .alias("exporter")
      .description("export a file for rent or exchange, with trap records at addresses you own / export pour location ou échange, avec adresses pièges")
      .argument("<file>", "customer file: .xlsx, .csv or .txt")
      .option("-o, --output <file.xlsx>", "the export to write (default: out/NAME.export.xlsx; none when only --report is given)")
      .option("--where <condition>", 'only the rows meeting this condition, e.g. "Département dans 69, 42"'),
  )
    .option("--trap-list <file.xlsx>", "the PRIVATE list of the traps planted (default: beside the export, NAME.traps.xlsx)")
    .option("--report <file.json>", "write the JSON report to this file")
    .option("--sheet <name>", "sheet to read (default: the first non-empty one)")
    .option("--header-row <n>", "1-based header row (default: detected)")
    .option("--lang <fr|en>", "language of messages, notes and added headers (default: from LANG, else fr)")
    .action(async (file: string, options: ExportCliOptions) => {
      const lang = cliLang(options.lang, io.env);
      const traps = await trapRequest(options, lang);
      // As every job: --report alone writes no workbook (a dry run: what would be exported).
      const writes = options.output !== undefined || options.report === undefined;
      const output = options.output ?? join("out", `${basename(file, extname(file))}.export.xlsx`);
      const list = options.trapList ?? join(dirname(output), `${basename(output, extname(output))}.traps.xlsx`);
      for (const target of [output, list]) if (resolve(target) === resolve(file)) throw new TriaError("outputIsInput", { file: target });
      const exported = await runExport(await openWorkbookFile(file), {
        lang,
        ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
        ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
        ...(options.where === undefined ? {} : { where: options.where }),
        ...(traps ? { traps } : {}),
      });
      if (options.report) await writeReportFile(options.report, exportReport(exported, { file: writes ? output : null, trapList: writes ? list : null }));
      if (!writes) return;
      await mkdir(dirname(output), { recursive: true });
      await writeFile(output, await rowsWorkbook([{ name: exported.sheet, rows: [exported.headers, ...exported.rows] }]));
      io.stdout.write(`${trapText(lang, "summary", { count: exported.rows.length, file: output })}\n`);
      if (exported.traps.length === 0) return;
      const today = new Date().toISOString().slice(0, 10);
      const title = trapText(lang, "listTitle", { file: basename(output), today: formatIsoDay(lang, today) });
      await mkdir(dirname(list), { recursive: true });
      await writeFile(
        list,
        await rowsWorkbook([{ name: trapText(lang, "listSheet"), rows: trapListRows(lang, title, exported.headers, [{ traps: exported.traps }]) }]),
      );
      io.stdout.write(`${trapText(lang, "summaryTraps", { count: exported.traps.length, list })}\n`);
    });
}
