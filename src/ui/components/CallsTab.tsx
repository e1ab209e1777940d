import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { ReportCallEntry, ReportCalls } from "../../engine/method/callReport";
import { shownResult } from "../jobState";
import { t } from "../i18n/strings";
import { m, type MethodKey } from "../i18n/methodStrings";
import { JobPanel, jobPanelProps, type JobTabProps } from "./JobPanel";
import { scrollingList } from "./scrollingList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  number: { width: "7rem" },
  list: scrollingList("480px", tokens.spacingVerticalS),
  entry: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground2, display: "block" },
});

/** How many customers to list and after how many months without news their details are stale. */
export interface CallsChoices {
  readonly top: string;
  readonly staleMonths: string;
}

export interface CallsTabProps extends JobTabProps {
  readonly choices: CallsChoices;
  readonly onChoicesChange: (choices: CallsChoices) => void;
}

/** A whole number typed in a field, or undefined (the job's default) when empty or not one. */
export function wholeNumber(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(value) && value > 0 ? value : undefined;
}

const CROC: readonly (keyof Pick<ReportCallEntry, "confirm" | "rectify" | "obtain" | "complete">)[] = ["confirm", "rectify", "obtain", "complete"];

function doneText(lang: Lang, calls: ReportCalls): string {
  return m(lang, "callsDone", { count: calls.listed, candidates: calls.candidates });
}

/** The CROC call list: who to call first, and for each what to confirm, rectify, obtain and complete. */
export function CallsTab(props: CallsTabProps) {
  const { lang, state, choices } = props;
  const styles = useStyles();
  const result = shownResult(state);
  const calls = result?.report.job === "calls" ? (result.report.calls ?? null) : null;
  return (
    <div className={styles.root}>
      <JobPanel {...jobPanelProps(props)} runLabel={{ id: "runCalls", text: m(lang, "runCalls") }} doneText={calls ? doneText(lang, calls) : ""}>
        <Caption1>{m(lang, "callsIntro")}</Caption1>
        <div className={styles.row}>
          <Field label={m(lang, "callsTop")}>
            <Input
              className={styles.number}
              inputMode="numeric"
              value={choices.top}
              onChange={(_e, data) => props.onChoicesChange({ ...choices, top: data.value })}
              data-testid="calls-top"
            />
          </Field>
          <Field label={m(lang, "callsStale")}>
            <Input
              className={styles.number}
              inputMode="numeric"
              value={choices.staleMonths}
              onChange={(_e, data) => props.onChoicesChange({ ...choices, staleMonths: data.value })}
              data-testid="calls-stale"
            />
          </Field>
        </div>
      </JobPanel>
      {calls && (
        <section aria-label={t(lang, "resultsTitle")} data-testid="calls-results">
          <Caption1>{doneText(lang, calls)}</Caption1>
          {calls.withoutPhone > 0 && <Caption1 className={styles.meta}>{m(lang, "callsWithoutPhone", { count: calls.withoutPhone })}</Caption1>}
          {/* Scrolls on its own: focusable, so the keyboard can scroll it too (WCAG 2.1.1). */}
          <ol className={styles.list} tabIndex={0} aria-label={m(lang, "runCalls")}>
            {calls.entries.map((entry) => (
              <li key={entry.rank} className={styles.entry} data-call-rank={entry.rank}>
                <strong>{m(lang, "callEntry", { rank: entry.rank, name: entry.name, phone: entry.phone })}</strong>
                <Caption1 className={styles.meta}>
                  {m(lang, "callPriority", { priority: entry.priority })}
                  {entry.value ? ` · ${entry.value.segment}` : ""}
                </Caption1>
                <ul className={styles.items}>
                  {CROC.flatMap((part) =>
                    entry[part].map((item, i) => (
                      <li key={`${part}-${i}`} data-croc={part}>
                        <strong>{m(lang, `croc_${part}` as MethodKey)}</strong> · {item.text}
                      </li>
                    )),
                  )}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
