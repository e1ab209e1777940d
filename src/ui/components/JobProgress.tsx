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
  const label = progress
    ? t(lang, "progressRows", {
        done: formatNumber(lang, progress.done),
        total: formatNumber(lang, progress.total),
        phase: phaseLabel(lang, progress.phase),
      })
    : t(lang, "progressStarting");
  return (
    <div className={styles.root} data-testid="job-progress">
      <Field className={styles.bar} validationMessage={<Caption1>{label}</Caption1>} validationState="none">
        <ProgressBar value={value} thickness="large" aria-label={label} />
      </Field>
      <Button onClick={onCancel}>{t(lang, "cancel")}</Button>
    </div>
  );
}

/** Every phase has its label: a phase without one fails to type-check here. */
export function phaseLabel(lang: Lang, phase: Phase): string {
  return t(lang, `phase_${phase}` satisfies StringKey);
}
