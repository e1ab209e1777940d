import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { parseDate } from "../engine/table/parseDate";
import { OptionError } from "../engine/optionError";
import { TriaError } from "../engine/errors";
import { parseDataKindChoices } from "../engine/table/dataKindChoices";
import { CATEGORY_LABELS } from "../engine/privacy/sensitiveCategories";
import { runComply } from "../app/runComply";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { purgeRows } from "../hosts/workbook/purgeRows";
import { progressBar } from "./progressBar";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { writeJobOutputs } from "./jobOutput";
import { addCommonOptions } from "./commonOptions";

interface ComplyCliOptions extends CommonOptions {
  readonly output?: string;
  readonly today?: string;
  readonly purge?: string | boolean;
  readonly dataKind?: string;
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
      const lang = cliLang(options.lang, io.env);
      const today = options.today === undefined ? utcToday() : dayOption(options.today);
      const progress = progressBar(io.stderr, options.progress === true);
      try {
        const host = await openWorkbookFile(file, progress.listener);
        const { plan, report } = await runComply(host, {
          lang,
          today,
          apply: false,
          onProgress: progress.listener,
          ...(options.dataKind === undefined ? {} : { dataKinds: parseDataKindChoices(options.dataKind) }),
          ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
          ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
        });
        // Read the sheet for purge before writeJobOutputs applies the Plan: the purged file has no Tria marks.
        const sheet = await host.readSheet(report.sheet);
        await writeJobOutputs(file, host, plan, report, options, { io, lang, onProgress: progress.listener });
        io.stdout.write(`${describe(report, lang)}\n`);
        if (options.purge !== undefined && options.purge !== false) {
          const target = typeof options.purge === "string" ? options.purge : join("out", `${basename(file, extname(file))}.purge.xlsx`);
          if (resolve(target) === resolve(file)) throw new TriaError("outputIsInput", { file: target });
          const rows = (report.privacy?.expired ?? []).map((e) => e.row);
          const source = host.kind === "xlsx" ? { kind: "xlsx" as const, bytes: new Uint8Array(await readFile(file)), fileName: basename(file) } : { kind: "csv" as const, sheet };
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, await purgeRows(source, report.sheet, rows));
          io.stdout.write(lang === "fr" ? `${rows.length} ligne(s) expirée(s) retirée(s) → ${target} (l'original n'est pas modifié)\n` : `${rows.length} expired row(s) left out → ${target} (the original is unchanged)\n`);
        }
      } finally {
        progress.done();
      }
    });
}

function utcToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

function dayOption(text: string): Date {
  const day = parseDate(text);
  if (!day) throw new OptionError("today.bad", { fr: `--today : « ${text} » n'est pas une date (ex. 2026-12-01 ou 01/12/2026).`, en: `--today: "${text}" is not a date (e.g. 2026-12-01 or 01/12/2026).` });
  return day;
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
