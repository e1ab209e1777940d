import { randomInt } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import type { CellValue } from "../engine/table/cellValue";
import { TriaError } from "../engine/errors";
import { OptionError } from "../engine/optionError";
import { formatIsoDay } from "../engine/i18n/localeFormat";
import { trapText } from "../engine/method/trapMessages";
import { runExport, readOwnedContacts } from "../app/runExport";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { rowsWorkbook } from "../hosts/workbook/rowsWorkbook";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";

interface ExportCliOptions extends CommonOptions {
  readonly output?: string;
  readonly where?: string;
  readonly traps?: string;
  readonly trapFile?: string;
  readonly trapList?: string;
  readonly seed?: string;
}

/** `tria export FILE [--where …] [--traps N --trap-file OWNED]`: a NEW workbook to rent or exchange, trap records listed apart. */
export function registerExportCommand(program: Command, io: CliIo): void {
  program
    .command("export")
    .alias("exporter")
    .description("export a file for rent or exchange, with trap records at addresses you own / export pour location ou échange, avec adresses pièges")
    .argument("<file>", "customer file: .xlsx, .csv or .txt")
    .option("-o, --output <file.xlsx>", "the export to write (default: out/NAME.export.xlsx)")
    .option("--where <condition>", 'only the rows meeting this condition, e.g. "Département dans 69, 42"')
    .option("--traps <n>", "how many trap records to plant among the rows")
    .option("--trap-file <file>", "your own addresses (mailboxes, postal addresses, lines), one per row, under the export's headers")
    .option("--trap-list <file.xlsx>", "the PRIVATE list of the traps planted (default: beside the export, NAME.traps.xlsx)")
    .option("--seed <n>", "draw the traps the same way every time (tests)")
    .option("--sheet <name>", "sheet to read (default: the first non-empty one)")
    .option("--header-row <n>", "1-based header row (default: detected)")
    .option("--lang <fr|en>", "language of messages, notes and added headers (default: from LANG, else fr)")
    .action(async (file: string, options: ExportCliOptions) => {
      const lang = cliLang(options.lang, io.env);
      const count = options.traps === undefined ? 0 : trapCount(options.traps);
      if (count > 0 && options.trapFile === undefined)
        throw new OptionError("traps.needFile", { fr: trapText("fr", "needFile"), en: trapText("en", "needFile") });
      const output = options.output ?? join("out", `${basename(file, extname(file))}.export.xlsx`);
      const list = options.trapList ?? join(dirname(output), `${basename(output, extname(output))}.traps.xlsx`);
      for (const target of [output, list]) if (resolve(target) === resolve(file)) throw new TriaError("outputIsInput", { file: target });
      const read = {
        lang,
        ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
        ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
      };
      const traps =
        count > 0
          ? {
              count,
              owned: await readOwnedContacts(await openWorkbookFile(options.trapFile!), { lang }),
              random: seeded(options.seed === undefined ? randomInt(2 ** 31) : Number(options.seed)),
            }
          : undefined;
      const exported = await runExport(await openWorkbookFile(file), {
        ...read,
        ...(options.where === undefined ? {} : { where: options.where }),
        ...(traps ? { traps } : {}),
      });
      await mkdir(dirname(output), { recursive: true });
      await writeFile(output, await rowsWorkbook([{ name: exported.sheet, rows: [exported.headers, ...exported.rows] }]));
      io.stdout.write(`${trapText(lang, "summary", { rows: exported.rows.length, file: output })}\n`);
      if (exported.traps.length === 0) return;
      const today = new Date().toISOString().slice(0, 10);
      const rows: CellValue[][] = [
        [trapText(lang, "listTitle", { file: basename(output), today: formatIsoDay(lang, today) })],
        [],
        [trapText(lang, "position"), trapText(lang, "owned"), ...exported.headers],
        // The export's sheet row: its header is row 1. The owned address: its row in the trap file, header excluded.
        ...exported.traps.map((trap) => [trap.position + 2, trap.owned + 1, ...trap.cells]),
      ];
      await mkdir(dirname(list), { recursive: true });
      await writeFile(list, await rowsWorkbook([{ name: trapText(lang, "listSheet"), rows }]));
      io.stdout.write(`${trapText(lang, "summaryTraps", { count: exported.traps.length, list })}\n`);
    });
}

function trapCount(text: string): number {
  const count = Number(text.trim());
  if (!Number.isInteger(count) || count < 0 || count > 1000)
    throw new OptionError("traps.count", { fr: trapText("fr", "badCount", { text }), en: trapText("en", "badCount", { text }) });
  return count;
}

/** mulberry32: a small seeded generator, so a test (or a user re-running an export) gets the same traps. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
