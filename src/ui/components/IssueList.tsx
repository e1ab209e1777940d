import { useMemo, useState } from "react";
import { Button, Caption1, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { FlagKind } from "../../engine/legend";
import type { Report, ReportFlag } from "../../engine/report";
import { flagKey, issueList, suggestionsOfKind } from "../flagSummary";
import { FLAG_LABEL_KEYS, t } from "../i18n/strings";
import { FlagSwatch } from "./FlagSwatch";
import { scrollingList } from "./scrollingList";
import { useChangeKey, useReveal } from "../useReveal";

/** Issues drawn per frame (the list shows 200 at most). */
const ISSUES_PER_FRAME = 25;

const useStyles = makeStyles({
  list: scrollingList("360px"),
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // Items scrolled out of the list are not laid out: 200 of them were most of the page's layout when results came.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 72px",
  },
  swatch: { marginTop: "2px" },
  body: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1, gap: tokens.spacingVerticalXXS },
  where: { fontWeight: tokens.fontWeightSemibold, textAlign: "start", justifyContent: "flex-start", padding: 0, minWidth: 0, height: "auto" },
  whereText: { fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  message: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  done: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface IssueListProps {
  readonly lang: Lang;
  readonly report: Report;
  readonly busy: boolean;
  /** Flags whose suggestion was applied (flagKey): listed under "corrigées" with a ✓. */
  readonly applied: ReadonlySet<string>;
  readonly onSelect?: (flag: ReportFlag) => void;
  readonly onApply: (flags: readonly ReportFlag[]) => void;
}

/** The flagged cells: a click goes to the cell, a suggestion can be applied one by one or by kind. */
export function IssueList({ lang, report, busy, applied, onSelect, onApply }: IssueListProps) {
  const styles = useStyles();
  const [kind, setKind] = useState<FlagKind | "all">("all");
  // Sorted once per report, not at every render (50,000 rows can flag tens of thousands of cells).
  const every = useMemo(() => issueList(report, "all", Number.MAX_SAFE_INTEGER), [report]);
  // Once per report and applied set, not at each progress tick of another run (tens of thousands of keys).
  const { all, fixed } = useMemo(() => {
    if (applied.size === 0) return { all: every, fixed: [] };
    const isOpen = (flag: ReportFlag) => !applied.has(flagKey(flag));
    return { all: every.filter(isOpen), fixed: every.filter((flag) => !isOpen(flag)) };
  }, [every, applied]);
  // Each item mounts Fluent buttons, and each mount walks its Griffel rules again (useInsertionEffect):
  // 200 at once were ~80 ms of one task on the 50,000-row results. 25 a frame (useReveal.ts).
  const drawn = useReveal(200, ISSUES_PER_FRAME, ISSUES_PER_FRAME, useChangeKey(all, kind));
  if (every.length === 0) return <Caption1>{t(lang, "noIssues")}</Caption1>;
  const open = (flag: ReportFlag) => !applied.has(flagKey(flag));
  const ofKind = kind === "all" ? all : all.filter((flag) => flag.kind === kind);
  const shown = ofKind.slice(0, 200);
  const kinds = [...new Set(every.map((flag) => flag.kind))];
  const applicable = kind === "all" ? [] : suggestionsOfKind(report, kind).filter(open);
  const title = t(lang, "issuesTitle", { shown: shown.length, total: ofKind.length });
  const where = (flag: ReportFlag) => t(lang, "issueRow", { row: flag.row, column: flag.column });
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <div className={styles.actions}>
        <Field label={t(lang, "issueFilter")} size="small">
          <Select size="small" value={kind} onChange={(_e, data) => setKind(data.value as FlagKind | "all")} data-testid="issue-filter">
            <option value="all">{t(lang, "allKinds")}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(lang, FLAG_LABEL_KEYS[k])}
              </option>
            ))}
          </Select>
        </Field>
        {applicable.length > 0 && (
          <Button size="small" disabled={busy} onClick={() => onApply(applicable)} data-testid="apply-all">
            {t(lang, "applyAllKind", { count: applicable.length })}
          </Button>
        )}
      </div>
      <Caption1>{t(lang, "appliedNote")}</Caption1>
      <ul className={styles.list} data-testid="open-issues" aria-busy={drawn < shown.length || undefined}>
        {shown.slice(0, drawn).map((flag, index) => (
          <li key={`${flagKey(flag)}-${index}`} className={styles.item} data-issue-kind={flag.kind}>
            <FlagSwatch kind={flag.kind} className={styles.swatch} />
            <div className={styles.body}>
              {onSelect ? (
                <Button appearance="transparent" size="small" className={styles.where} title={t(lang, "selectCell")} onClick={() => onSelect(flag)}>
                  {where(flag)}
                </Button>
              ) : (
                <span className={styles.whereText}>{where(flag)}</span>
              )}
              <Caption1 className={styles.message}>{flag.message}</Caption1>
              {flag.suggestion !== undefined && (
                <div className={styles.actions}>
                  <Caption1>{t(lang, "suggestion", { value: flag.suggestion })}</Caption1>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={busy}
                    onClick={() => onApply([flag])}
                    aria-label={t(lang, "applySuggestionFor", { value: flag.suggestion, row: flag.row })}
                  >
                    {t(lang, "applySuggestion")}
                  </Button>
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
      {fixed.length > 0 && (
        <>
          <Subtitle2 as="h3">{t(lang, "fixedTitle", { count: fixed.length })}</Subtitle2>
          <ul className={styles.list} data-testid="fixed-issues">
            {fixed.slice(0, 200).map((flag, index) => (
              <li key={`${flagKey(flag)}-${index}`} className={styles.item} data-fixed-kind={flag.kind}>
                <span className={styles.done} aria-hidden="true">
                  ✓
                </span>
                <div className={styles.body}>
                  <span className={styles.whereText}>{where(flag)}</span>
                  <Caption1 className={styles.message}>{t(lang, "fixedWith", { value: flag.suggestion ?? "" })}</Caption1>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
