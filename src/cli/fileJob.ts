import type { Lang } from "../engine/i18n/lang";
import type { Report } from "../engine/report";
import type { DataKindChoices } from "../engine/table/dataKindChoices";
import { parseDataKindChoices } from "../engine/table/dataKindChoices";
import { parseDate } from "../engine/table/parseDate";
import { OptionError } from "../engine/optionError";
import type { ProgressListener } from "../hosts/host";
import type { WorkbookHost } from "../hosts/workbook/workbookHost";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import type { JobOutcome } from "../app/jobOutcome";
import { progressBar } from "./progressBar";
import { cliLang, type CliIo, type CommonOptions } from "./cliContext";
import { writeJobOutputs } from "./jobOutput";

/** The shared options as a job reads them (--sheet, --header-row, --data-kind), only those given. */
export interface ReadOptions {
  readonly lang: Lang;
  readonly apply: false;
  readonly onProgress: ProgressListener;
  readonly sheet?: string;
  readonly headerRow?: number;
  readonly dataKinds?: DataKindChoices;
}

export interface FileJobCliOptions extends CommonOptions {
  readonly output?: string;
  readonly dataKind?: string;
}

/**
 * What `tria comply`, `segment`, `calls` and `structure` do around their job: open the file,
 * run the job with the shared options, write the report and the workbook (writeJobOutputs),
 * print the job's own summary. Returns the host and outcome for what comes after (--purge).
 */
export async function runFileJob(
  file: string,
  options: FileJobCliOptions,
  io: CliIo,
  run: (host: WorkbookHost, read: ReadOptions) => Promise<JobOutcome>,
  describe?: (report: Report, lang: Lang) => string,
): Promise<{ host: WorkbookHost; outcome: JobOutcome; lang: Lang }> {
  const lang = cliLang(options.lang, io.env);
  const progress = progressBar(io.stderr, options.progress === true);
  try {
    const host = await openWorkbookFile(file, progress.listener);
    const read: ReadOptions = {
      lang,
      apply: false,
      onProgress: progress.listener,
      ...(options.dataKind === undefined ? {} : { dataKinds: parseDataKindChoices(options.dataKind) }),
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
    };
    const outcome = await run(host, read);
    await writeJobOutputs(file, host, outcome.plan, outcome.report, options, { io, lang, onProgress: progress.listener });
    const summary = describe?.(outcome.report, lang);
    if (summary) io.stdout.write(`${summary}\n`);
    return { host, outcome, lang };
  } finally {
    progress.done();
  }
}

/** --today: a day as the user types it (2026-12-01, 01/12/2026), else today (UTC midnight). */
export function todayOption(text: string | undefined): Date {
  if (text === undefined) {
    const now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  }
  const day = parseDate(text);
  if (!day)
    throw new OptionError("today.bad", {
      fr: `--today : « ${text} » n'est pas une date (ex. 2026-12-01 ou 01/12/2026).`,
      en: `--today: "${text}" is not a date (e.g. 2026-12-01 or 01/12/2026).`,
    });
  return day;
}
