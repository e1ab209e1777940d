import { Button, Caption1, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { progressValue, type Progress } from "../jobState";
import { t, type StringKey } from "../i18n/strings";

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
        done: progress.done.toLocaleString(lang),
        total: progress.total.toLocaleString(lang),
        phase: t(lang, phaseKey(progress.phase)),
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

const PHASES = ["read", "detect", "structure", "score", "apply", "dedupe"] as const;

function phaseKey(phase: string): StringKey {
  const known = (PHASES as readonly string[]).includes(phase) ? phase : "apply";
  return `phase_${known}` as StringKey;
}
