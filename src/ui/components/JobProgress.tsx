import { Button, Caption1, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { Phase } from "../../engine/progress";
import { progressValue, type Progress } from "../jobState";
import { t, type StringKey } from "../i18n/strings";
import { formatNumber } from "../../engine/i18n/localeFormat";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1, minWidth: 0 },
});

/** Rows done and a Cancel button while a job runs (DESIGN.md §6: long work can be cancelled). */
export function JobProgress({ lang, progress, onCancel }: { lang: Lang; progress: Progress | null; onCancel: () => void }) {
  const styles = useStyles();
  const value = progressValue(progress);
  const label = progress ? progressText(lang, progress) : t(lang, "progressStarting");
  return (
    <div className={styles.root} data-testid="job-progress">
      <Field className={styles.bar} validationMessage={<Caption1>{label}</Caption1>} validationState="none">
        <ProgressBar value={value} thickness="large" aria-label={label} />
      </Field>
      <Button onClick={onCancel}>{t(lang, "cancel")}</Button>
    </div>
  );
}

/**
 * Rows done, or a percentage where rows would mislead: reading counts bytes (or every row of
 * the sheet, titles and header included: "503 / 503" for 500 customers), writing counts sheet rows.
 */
function progressText(lang: Lang, progress: Progress): string {
  const phase = phaseLabel(lang, progress.phase);
  if (progress.phase === "read" || progress.phase === "write") {
    const percent = progress.total > 0 ? Math.min(100, Math.floor((100 * progress.done) / progress.total)) : 0;
    return t(lang, "progressPercent", { percent: String(percent), phase });
  }
  return t(lang, "progressRows", { done: formatNumber(lang, progress.done), total: formatNumber(lang, progress.total), phase });
}

/** Every phase has its label: a phase without one fails to type-check here. */
export function phaseLabel(lang: Lang, phase: Phase): string {
  return t(lang, `phase_${phase}` satisfies StringKey);
}
