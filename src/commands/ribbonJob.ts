import type { Host } from "../hosts/host";
import type { RawSheet } from "../engine/table/table";
import type { Lang } from "../engine/i18n/lang";
import type { JobRunner } from "../app/jobRunner";
import { runJob } from "../app/runJob";
import { describeError } from "../ui/describeError";
import { jobOptionsFromSettings } from "../app/settings/jobOptionsFromSettings";
import type { SettingsStore } from "../app/settings/settingsStore";
import { t } from "../ui/i18n/strings";
import type { CommandNotice } from "../app/commandNotices";
import { looksLikeCustomerFile } from "../ui/customerFileCheck";
import { roleChoicesByIndex } from "../ui/roleChoices";
import { colon } from "../engine/i18n/localeFormat";

export interface RibbonJobContext {
  readonly host: Host;
  readonly runner: JobRunner;
  readonly settings: SettingsStore;
  /** Office's display language, used unless the user chose one in Settings. */
  readonly displayLang: Lang;
  readonly notify: (notice: CommandNotice) => Promise<void> | void;
}

/** The host with each sheet read once: the customer-file check and the job see the same cells. */
function readingOnce(host: Host): Host {
  const reads = new Map<string, Promise<RawSheet>>();
  return {
    listSheets: () => host.listSheets(),
    readSheet: (name, onProgress) => {
      // The active sheet is asked for without a name; another sheet (owned addresses) by its own.
      const key = name === undefined ? "" : `:${name}`;
      const read = reads.get(key) ?? host.readSheet(name, onProgress);
      reads.set(key, read);
      return read;
    },
    apply: (plan, options) => host.apply(plan, options),
  };
}

/**
 * A ribbon button's job: the saved settings, the active sheet, no taskpane. It never throws:
 * success and failure both end as a notice in both languages (the pane shows the current one).
 */
export async function ribbonJob(job: "structure" | "score" | "predict", context: RibbonJobContext): Promise<void> {
  const settings = context.settings.load();
  const lang = settings.lang ?? context.displayLang;
  let notice: CommandNotice;
  try {
    const options = jobOptionsFromSettings(settings, lang);
    // One read of the sheet for both runs: a large sheet is not fetched from Excel twice.
    const host = readingOnce(context.host);
    // Meeting notes saved as .csv are not a customer file: say so and change nothing, as the pane does.
    const inspected = await runJob(host, context.runner, "inspect", options);
    if (!looksLikeCustomerFile(inspected.report, roleChoicesByIndex(inspected.report, settings.rolesByHeader))) {
      await context.notify({ ok: false, messages: { fr: t("fr", "notCustomerFileRibbon"), en: t("en", "notCustomerFileRibbon") } });
      return;
    }
    const { report } = await runJob(host, context.runner, job, options);
    const flags = Object.values(report.counts.flags).reduce((sum, n) => sum + (n ?? 0), 0);
    const say = (l: Lang) =>
      t(l, "commandDone", { job: t(l, job === "structure" ? "tabStructure" : job === "score" ? "tabScore" : "tabPredict"), rows: report.counts.rows, flags });
    notice = { ok: true, messages: { fr: say("fr"), en: say("en") } };
  } catch (error) {
    const say = (l: Lang) => `${t(l, "errorTitle")}${colon(l)} ${describeError(error, l).message || t(l, "unknownError")}`;
    notice = { ok: false, messages: { fr: say("fr"), en: say("en") } };
  }
  await context.notify(notice);
}
