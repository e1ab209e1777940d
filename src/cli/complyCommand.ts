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
import { defineMessages } from "../engine/i18n/defineMessages";

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
  // A file without header row was read with an empty row 1 above its data (headerRowAdded.ts):
  // the report's rows count it, the purged file is the user's own lines, one row up.
  const added = report.headerAdded === true ? 1 : 0;
  const rows = (report.privacy?.expired ?? []).map((e) => e.row - added);
  const source =
    host.kind === "xlsx"
      ? { kind: "xlsx" as const, bytes: new Uint8Array(await readFile(file)), fileName: basename(file) }
      : { kind: "csv" as const, sheet: { ...sheet, rows: sheet.rows.slice(added) } };
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, await purgeRows(source, report.sheet, rows));
  io.stdout.write(`${say(lang, "purged", { count: rows.length, target })}\n`);
}

const say = defineMessages(
  {
    purged: {
      one: "{count} ligne expirée retirée → {target} (l'original n'est pas modifié)",
      other: "{count} lignes expirées retirées → {target} (l'original n'est pas modifié)",
    },
    title: "RGPD / CNIL au {today} :",
    sensitive: "  données sensibles      {list}",
    none: "aucune",
    sensitiveItem: "{category} dans « {column} » ({rows})",
    expired: { one: "  au-delà de 3 ans       {count} ligne", other: "  au-delà de 3 ans       {count} lignes" },
    expiredCustomers: { one: " de {count} client, compté à sa dernière commande", other: " de {count} clients, comptés à leur dernière commande" },
    undated: " ({count} sans date)",
    noConsentColumn: "  consentement e-mail    aucune colonne de consentement",
    noConsent: { one: "  sans consentement      {count} particulier avec e-mail", other: "  sans consentement      {count} particuliers avec e-mail" },
  },
  {
    purged: {
      one: "{count} expired row left out → {target} (the original is unchanged)",
      other: "{count} expired rows left out → {target} (the original is unchanged)",
    },
    title: "GDPR / CNIL on {today}:",
    sensitive: "  sensitive data         {list}",
    none: "none",
    sensitiveItem: '{category} in "{column}" ({rows})',
    expired: { one: "  past 3 years           {count} row", other: "  past 3 years           {count} rows" },
    expiredCustomers: { one: " of {count} customer, counted from their last order", other: " of {count} customers, counted from their last order" },
    undated: " ({count} undated)",
    noConsentColumn: "  e-mail consent         no consent column",
    noConsent: {
      one: "  without consent        {count} private customer with an e-mail",
      other: "  without consent        {count} private customers with an e-mail",
    },
  },
);

function describe(report: Report, lang: Lang): string {
  const privacy = report.privacy;
  if (!privacy) return "";
  const sensitive = privacy.sensitive.map((s) => say(lang, "sensitiveItem", { category: CATEGORY_LABELS[s.category][lang], column: s.column, rows: s.rows }));
  const customers = privacy.expiredCustomers;
  const lines = [
    say(lang, "title", { today: privacy.today }),
    say(lang, "sensitive", { list: sensitive.length === 0 ? say(lang, "none") : sensitive.join(", ") }),
    say(lang, "expired", { count: privacy.expired.length }) +
      (customers === undefined ? "" : say(lang, "expiredCustomers", { count: customers })) +
      (privacy.undated > 0 ? say(lang, "undated", { count: privacy.undated }) : ""),
    privacy.consentColumn === null ? say(lang, "noConsentColumn") : say(lang, "noConsent", { count: privacy.noConsent.length }),
  ];
  return lines.join("\n");
}
