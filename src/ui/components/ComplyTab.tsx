import { Button, Caption1, Checkbox, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { Report, ReportFlag, ReportPrivacy } from "../../engine/report";
import { CATEGORY_LABELS, WHAT_TO_DO } from "../../engine/privacy/sensitiveCategories";
import { shownResult } from "../jobState";
import { dayText } from "../dayText";
import { m } from "../i18n/methodStrings";
import { JobPanel, jobPanelProps, type JobTabProps } from "./JobPanel";
import { DayInput } from "./DayInput";
import { FlagSwatch } from "./FlagSwatch";
import { scrollingList } from "./scrollingList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: scrollingList("240px"),
  item: { overflowWrap: "anywhere", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXXS },
  todo: { color: tokens.colorNeutralForeground2 },
  rowButton: { padding: 0, minWidth: 0, height: "auto", justifyContent: "flex-start", textAlign: "start" },
});

/** What the Conformité step asks: the day retention is counted to, and whether to copy the file without expired rows. */
export interface ComplyChoices {
  readonly today: string;
  readonly purge: boolean;
}

export interface ComplyTabProps extends JobTabProps {
  readonly choices: ComplyChoices;
  readonly onChoicesChange: (choices: ComplyChoices) => void;
  readonly onSelect?: (row: number, column: string) => void;
}

const SHOWN = 50;

function doneText(lang: Lang, privacy: ReportPrivacy): string {
  return m(lang, "complyDone", { sensitive: privacy.sensitive.length, expired: privacy.expired.length, noConsent: privacy.noConsent.length });
}

/** The GDPR / CNIL step: what was found, in plain words, each with what to do; nothing deleted in place. */
export function ComplyTab(props: ComplyTabProps) {
  const { lang, state, choices } = props;
  const styles = useStyles();
  const result = shownResult(state);
  const report = result?.report.job === "comply" ? result.report : null;
  const privacy = report?.privacy ?? null;
  return (
    <div className={styles.root}>
      <JobPanel {...jobPanelProps(props)} runLabel={{ id: "runComply", text: m(lang, "runComply") }} doneText={privacy ? doneText(lang, privacy) : ""}>
        <Caption1>{m(lang, "complyIntro")}</Caption1>
        <DayInput
          lang={lang}
          label={m(lang, "complyToday")}
          value={choices.today}
          onChange={(today) => props.onChoicesChange({ ...choices, today })}
          testId="comply-today"
        />
        <Checkbox
          label={m(lang, "complyPurge")}
          checked={choices.purge}
          onChange={(_e, data) => props.onChoicesChange({ ...choices, purge: data.checked === true })}
          data-testid="comply-purge"
        />
      </JobPanel>
      {report && privacy && (
        <ComplyResults
          lang={lang}
          report={report}
          privacy={privacy}
          purged={result?.plan.addedSheets.find((sheet) => sheet.key === "comply.purged")?.name ?? null}
          onSelect={props.onSelect}
        />
      )}
    </div>
  );
}

interface ComplyResultsProps {
  readonly lang: Lang;
  readonly report: Report;
  readonly privacy: ReportPrivacy;
  /** The new sheet without the expired rows, when the user asked for it. */
  readonly purged: string | null;
  readonly onSelect: ComplyTabProps["onSelect"];
}

function ComplyResults({ lang, report, privacy, purged, onSelect }: ComplyResultsProps) {
  const styles = useStyles();
  // The column a row's privacy flag sits on, so "go to" lands on the cell that says why.
  const flagged = new Map<number, ReportFlag>();
  for (const flag of report.flags) if (flag.kind === "privacy" && !flagged.has(flag.row)) flagged.set(flag.row, flag);
  const rowLabel = (row: number, text: string) => {
    const flag = flagged.get(row);
    return onSelect && flag ? (
      <Button
        appearance="transparent"
        size="small"
        className={styles.rowButton}
        aria-label={`${m(lang, "goTo", { row })} · ${text}`}
        onClick={() => onSelect(row, flag.column)}
      >
        {text}
      </Button>
    ) : (
      text
    );
  };
  return (
    <section className={styles.results} aria-label={m(lang, "runComply")} data-testid="comply-results">
      <div className={styles.block} data-testid="comply-sensitive">
        <Subtitle2 as="h3">
          <FlagSwatch kind="privacy" /> {m(lang, "sensitiveTitle", { count: privacy.sensitive.length })}
        </Subtitle2>
        {privacy.sensitive.length === 0 ? (
          <Caption1>{m(lang, "sensitiveNone")}</Caption1>
        ) : (
          <ul className={styles.list}>
            {privacy.sensitive.map((entry) => (
              <li key={`${entry.column}:${entry.category}`} className={styles.item}>
                <strong>{m(lang, "sensitiveItem", { category: CATEGORY_LABELS[entry.category][lang], column: entry.column, count: entry.rows })}</strong>
                <br />
                <Caption1 className={styles.todo}>{WHAT_TO_DO[entry.category][lang]}</Caption1>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.block} data-testid="comply-expired">
        <Subtitle2 as="h3">
          <FlagSwatch kind="privacy" /> {m(lang, "expiredTitle", { count: privacy.expired.length })}
        </Subtitle2>
        {privacy.expired.length === 0 ? <Caption1>{m(lang, "expiredNone")}</Caption1> : <Caption1 className={styles.todo}>{m(lang, "expiredTodo")}</Caption1>}
        {privacy.expired.length > 0 && (
          <ul className={styles.list} tabIndex={0} aria-label={m(lang, "expiredTitle", { count: privacy.expired.length })}>
            {privacy.expired.slice(0, SHOWN).map((entry) => (
              <li key={entry.row} className={styles.item}>
                {rowLabel(entry.row, m(lang, "expiredItem", { row: entry.row, rule: m(lang, `rule_${entry.rule}`), day: dayText(entry.lastActivity) }))}
              </li>
            ))}
            {privacy.expired.length > SHOWN && <li>{m(lang, "moreRows", { count: privacy.expired.length - SHOWN })}</li>}
          </ul>
        )}
        {privacy.undated > 0 && <Caption1>{m(lang, "undated", { count: privacy.undated })}</Caption1>}
      </div>
      <div className={styles.block} data-testid="comply-consent">
        <Subtitle2 as="h3">
          <FlagSwatch kind="privacy" /> {m(lang, "noConsentTitle", { count: privacy.noConsent.length })}
        </Subtitle2>
        {privacy.consentColumn === null ? (
          <Caption1>{m(lang, "noConsentColumn")}</Caption1>
        ) : privacy.noConsent.length === 0 ? (
          <Caption1>{m(lang, "noConsentNone")}</Caption1>
        ) : (
          <>
            <Caption1 className={styles.todo}>{m(lang, "noConsentTodo")}</Caption1>
            <ul className={styles.list} tabIndex={0} aria-label={m(lang, "noConsentTitle", { count: privacy.noConsent.length })}>
              {privacy.noConsent.slice(0, SHOWN).map((row) => (
                <li key={row} className={styles.item}>
                  {rowLabel(row, m(lang, "noConsentItem", { row }))}
                </li>
              ))}
              {privacy.noConsent.length > SHOWN && <li>{m(lang, "moreRows", { count: privacy.noConsent.length - SHOWN })}</li>}
            </ul>
          </>
        )}
      </div>
      <Caption1 data-testid="comply-register">{m(lang, "registerAdded")}</Caption1>
      {purged && (
        <Caption1 data-testid="comply-purged">
          {m(lang, "purgedAdded", { sheet: purged, kept: report.counts.rows - privacy.expired.length, removed: privacy.expired.length })}
        </Caption1>
      )}
    </section>
  );
}
