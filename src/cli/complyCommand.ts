import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import type { RawSheet } from "../engine/table/table";
import { TriaError } from "../engine/errors";
import { CATEGORY_LABELS } from "../engine/privacy/sensitiveCategories";
import { runComply } from "../app/runComply";
import type { WorkbookHost } from "../hosts/workbook/workbookHost";
import { purgeRows } from "../hosts/workbook/purgeRows";
import type { CliIo } from "./cliContext";
import { addCommonOptions } from "./commonOptions";
import { runFileJob, todayOption, type FileJobCliOptions } from "./fileJob";

interface ComplyCliOptions extends FileJobCliOptions {
  readonly today?: string;
  readonly purge?: string | boolean;
}

/** `tria comply FILE`: GDPR / CNIL check, privacy flags, a Registre sheet; --purge writes a new file without expired rows. */
export function registerComplyCommand(program: Command, io: CliIo): void {
  addCommonOptions(
    program
      .command("comply")
      .description("GDPR / CNIL check: sensitive data, retention past 3 years, e-mail consent, record of processing / conformité RGPD")
      .argument("<file>", "customer file: .xlsx, .csv or .txt"),
    { dataKind: true },
  )
    .option("--today <date>", "count retention up to this day (default: today), e.g. 2026-12-01 or 01/12/2026")
    .option("--purge [file.xlsx]", "also write a NEW file without the expired rows (default: out/NAME.purge.xlsx)")
    .action(async (file: string, options: ComplyCliOptions) => {
      const today = todayOption(options.today);
      let sheet: RawSheet | null = null;
      const { host, outcome, lang } = await runFileJob(
        file,
        options,
        io,
        async (host, read) => {
          const outcome = await runComply(host, { ...read, today });
          // Read the sheet for purge before the Plan is applied: the purged file has no Tria marks.
          sheet = await host.readSheet(outcome.report.sheet);
          return outcome;
        },
        describe,
      );
      if (options.purge !== undefined && options.purge !== false) await writePurged(file, options.purge, host, outcome.report, sheet!, lang, io);
    });
}

/** --purge: a NEW workbook without the expired rows; the original is never touched. */
async function writePurged(file: string, purge: string | true, host: WorkbookHost, report: Report, sheet: RawSheet, lang: Lang, io: CliIo): Promise<void> {
  const target = typeof purge === "string" ? purge : join("out", `${basename(file, extname(file))}.purge.xlsx`);
  if (resolve(target) === resolve(file)) throw new TriaError("outputIsInput", { file: target });
  const rows = (report.privacy?.expired ?? []).map((e) => e.row);
  const source = host.kind === "xlsx" ? { kind: "xlsx" as const, bytes: new Uint8Array(await readFile(file)), fileName: basename(file) } : { kind: "csv" as const, sheet };
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, await purgeRows(source, report.sheet, rows));
  io.stdout.write(lang === "fr" ? `${rows.length} ligne(s) expirée(s) retirée(s) → ${target} (l'original n'est pas modifié)\n` : `${rows.length} expired row(s) left out → ${target} (the original is unchanged)\n`);
}

function describe(report: Report, lang: Lang): string {
  const privacy = report.privacy;
  if (!privacy) return "";
  const fr = lang === "fr";
  const lines = [
    fr ? `RGPD / CNIL au ${privacy.today} :` : `GDPR / CNIL on ${privacy.today}:`,
    fr ? `  données sensibles      ${privacy.sensitive.length === 0 ? "aucune" : privacy.sensitive.map((s) => `${CATEGORY_LABELS[s.category].fr} dans « ${s.column} » (${s.rows})`).join(", ")}`
      : `  sensitive data         ${privacy.sensitive.length === 0 ? "none" : privacy.sensitive.map((s) => `${CATEGORY_LABELS[s.category].en} in "${s.column}" (${s.rows})`).join(", ")}`,
    fr
      ? `  au-delà de 3 ans       ${privacy.expired.length} ligne(s)${privacy.expiredCustomers === undefined ? "" : ` de ${privacy.expiredCustomers} client(s), comptés à leur dernière commande`}${privacy.undated > 0 ? ` (${privacy.undated} sans date)` : ""}`
      : `  past 3 years           ${privacy.expired.length} row(s)${privacy.expiredCustomers === undefined ? "" : ` of ${privacy.expiredCustomers} customer(s), counted from their last order`}${privacy.undated > 0 ? ` (${privacy.undated} undated)` : ""}`,
    privacy.consentColumn === null
      ? fr ? "  consentement e-mail    aucune colonne de consentement" : "  e-mail consent         no consent column"
      : fr ? `  sans consentement      ${privacy.noConsent.length} particulier(s) avec e-mail` : `  without consent        ${privacy.noConsent.length} private customer(s) with an e-mail`,
  ];
  return lines.join("\n");
}
