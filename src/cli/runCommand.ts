import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import type { AddedSheet } from "../engine/plan";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { REPORT_VERSION } from "../engine/report";
import { scoredCount } from "../engine/scoring/scoredCount";
import { TriaError } from "../engine/errors";
import { runStructure } from "../app/runStructure";
import { runScore } from "../app/runScore";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { progressBar } from "./progressBar";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { addCommonOptions } from "./commonOptions";
import { defaultOutputPath, writeHostWorkbook } from "./jobOutput";
import { sireneLoader } from "./sireneFile";
import { writeSheetChoice } from "./sheetChoice";
import { defineMessages } from "../engine/i18n/defineMessages";

interface RunCliOptions extends CommonOptions {
  readonly output?: string;
  /** --score-duplicates: score every row, even those Structure found to be another row's duplicate. */
  readonly scoreDuplicates?: boolean;
  readonly sirene?: string;
}

/**
 * `tria run FILE`: the one-click path. Structure (with its duplicates), then score, the score
 * reading the sheet as the Structure job left it, into one workbook. A file without what RFM needs is
 * structured and deduplicated, and the score step says why it was skipped.
 */
export function registerRunCommand(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command("run")
      .description("structure, find duplicates and score in one go / tout en un : structurer, dédoublonner, scorer")
      .argument("<file>", "customer file: .xlsx, .csv or .txt")
      .option("--score-duplicates", "score every row, duplicates included (default: a duplicate group counts once, its survivor)")
      .option("--sirene <file.csv>", "SIRENE StockEtablissement CSV: sirétisation during the structure step (see tria structure --help)"),
  ).action(async (file: string, options: RunCliOptions) => {
    const lang = cliLang(options.lang, io.env);
    const progress = progressBar(io.stderr, options.progress === true);
    const read = {
      lang,
      onProgress: progress.listener,
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
    };
    try {
      const output = options.output ?? defaultOutputPath(file);
      if (resolve(output) === resolve(file)) throw new TriaError("outputIsInput", { file: output });
      const host = await openWorkbookFile(file, progress.listener);
      const reports: Report[] = [];
      const sirene = options.sirene === undefined ? {} : { loadSirene: sireneLoader(options.sirene, lang) };
      reports.push((await runStructure(host, { ...read, ...sirene, apply: true })).report);
      // Every job after the first reads the sheet as it is now: the header row is known.
      const next = { ...read, headerRow: reports[0]!.headerRow };
      let summarySheets: readonly AddedSheet[] = [];
      try {
        const skipRows = options.scoreDuplicates ? new Set<number>() : duplicateRows(reports[0]!);
        reports.push((await runScore(host, { ...next, apply: true, skipRows, onPlan: (plan) => (summarySheets = plan.addedSheets) })).report);
      } catch (error) {
        if (!(error instanceof TriaError)) throw error;
        io.stderr.write(`tria: ${skipped(lang)} ${error.messageIn(lang)}\n`);
      }
      await writeHostWorkbook(host, output, summarySheets);
      if (options.report) {
        await mkdir(dirname(options.report), { recursive: true });
        await writeFile(options.report, `${JSON.stringify({ reportVersion: REPORT_VERSION, job: "run", reports }, null, 2)}\n`);
      }
      progress.done();
      for (const warning of new Set(host.warnings)) io.stderr.write(`tria: ${warning}\n`);
      io.stdout.write(`${summary(reports, output, lang)}\n`);
      writeSheetChoice(reports[0]!, lang, io);
    } finally {
      progress.done();
    }
  });
}

/** The rows Structure found to be another row's duplicate: all members of a group but its survivor. */
function duplicateRows(report: Report): Set<number> {
  return new Set(report.duplicates.flatMap((group) => group.rows.filter((row) => row !== group.survivor)));
}

const say = defineMessages(
  {
    skipped: "score non calculé :",
    rows: { one: "{count} ligne", other: "{count} lignes" },
    // French puts 0 in the singular too (defineMessages): "0 groupe de doublons".
    structured: "{flags}, {groups} ({duplicateRows})",
    flags: { one: "{count} cellule à corriger ou compléter", other: "{count} cellules à corriger ou compléter" },
    groups: { one: "{count} groupe de doublons", other: "{count} groupes de doublons" },
    duplicateRows: { one: "{count} ligne en double", other: "{count} lignes en double" },
    scored: { one: "{count} client noté sur {total}", other: "{count} clients notés sur {total}" },
    unscored: " — {count} sans date d'achat ou montant",
    duplicatesOnce: " ({count} doublons comptés une fois)",
  },
  {
    skipped: "score skipped:",
    rows: { one: "{count} row", other: "{count} rows" },
    structured: "{flags}, {groups} ({duplicateRows})",
    flags: { one: "{count} cell to fix or complete", other: "{count} cells to fix or complete" },
    groups: { one: "{count} duplicate group", other: "{count} duplicate groups" },
    duplicateRows: { one: "{count} duplicate row", other: "{count} duplicate rows" },
    scored: "{count} of {total} customers scored",
    unscored: " — {count} without a purchase date or amount",
    duplicatesOnce: " ({count} duplicates counted once)",
  },
);

function skipped(lang: Lang): string {
  return say(lang, "skipped");
}

function summary(reports: readonly Report[], output: string, lang: Lang): string {
  const lines = reports.map((report) => {
    // Volatile information is flagged on whole columns; counting it per row would drown the rest.
    const flags = Object.entries(report.counts.flags).reduce((sum, [kind, n]) => (kind === "volatile" || kind === "duplicate" ? sum : sum + (n ?? 0)), 0);
    const { scored, total, unscored } = scoredCount(report);
    const skippedDuplicates = (reports[0]?.counts.rows ?? total) - report.counts.rows;
    const detail =
      report.job === "structure"
        ? say(lang, "structured", {
            flags: say(lang, "flags", { count: flags }),
            groups: say(lang, "groups", { count: report.duplicates.length }),
            duplicateRows: say(lang, "duplicateRows", { count: report.counts.duplicateRows }),
          })
        : report.job === "score"
          ? say(lang, "scored", { count: scored, total }) +
            (unscored > 0 ? say(lang, "unscored", { count: unscored }) : "") +
            (skippedDuplicates > 0 ? say(lang, "duplicatesOnce", { count: skippedDuplicates }) : "")
          : "";
    return `  ${report.job.padEnd(10)} ${detail}`;
  });
  const rows = reports[0]?.counts.rows ?? 0;
  return [`${say(lang, "rows", { count: rows })} → ${output}`, ...lines].join("\n");
}
