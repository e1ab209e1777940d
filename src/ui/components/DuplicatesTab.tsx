import { useEffect, useRef, useState, type Dispatch, type KeyboardEvent } from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { MERGED_SHEET_KEY } from "../../engine/duplicates/mergePlan";
import type { JobResult } from "../../app/jobProtocol";
import { shownResult, type JobState } from "../jobState";
import { reviewCounts, reviewEventOfKey, type Decision, type ReviewEvent, type ReviewState } from "../duplicateReview";
import { sayDuplicates } from "../i18n/duplicateStrings";
import { formatNumber } from "../i18n/strings";
import { DuplicateGroupItem } from "./DuplicateGroupItem";
import { JobPanel } from "./JobPanel";
import { LiveStatus } from "./LiveStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface DuplicatesTabProps {
  readonly lang: Lang;
  readonly find: JobState;
  readonly merge: JobState;
  readonly review: ReviewState;
  readonly onReview: Dispatch<ReviewEvent>;
  readonly canRun: boolean;
  readonly notice: string | null;
  readonly undoLabel: string | null;
  readonly onUndo: () => void;
  readonly onFind: () => void;
  readonly onCancelFind: () => void;
  readonly onMerge: () => void;
  readonly onCancelMerge: () => void;
  readonly onSelectRow?: (row: number) => void;
}

function foundText(lang: Lang, result: JobResult | null, total: number): string {
  if (!result) return "";
  const rows = formatNumber(lang, result.report.counts.rows);
  return total === 0 ? sayDuplicates(lang, "noneFound", { rows }) : sayDuplicates(lang, "found", { count: total, rows });
}

function mergedText(lang: Lang, result: JobResult | null): string {
  const sheet = result?.plan.addedSheets.find((s) => s.key === MERGED_SHEET_KEY);
  if (!result || !sheet) return "";
  const count = result.report.duplicates.length;
  return sayDuplicates(lang, "merged", { count, sheet: sheet.name, customers: formatNumber(lang, sheet.rows.length - 1) });
}

/**
 * The Doublons tab: find the groups (nothing written), go through them with the mouse or the
 * keyboard, accepting or rejecting each, then "Fusionner" writes the accepted ones. Every
 * decision is said in a live region, as the group the keyboard lands on.
 */
export function DuplicatesTab(props: DuplicatesTabProps) {
  const { lang, review, onReview } = props;
  const styles = useStyles();
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const list = useRef<HTMLUListElement | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const found = shownResult(props.find);
  const merged = props.merge.status === "done" ? props.merge.result : null;
  const counts = reviewCounts(review);
  const total = review.groups.length;

  // The keyboard follows the focused group: when it moves inside the list, focus goes with it.
  useEffect(() => {
    if (list.current?.contains(document.activeElement)) items.current[review.focused]?.focus();
  }, [review.focused]);

  const decide = (index: number, decision: Decision) => {
    const already = review.decisions.get(index) === decision;
    onReview(already ? { type: "clear", group: index } : { type: "decide", group: index, decision });
    const status = sayDuplicates(lang, already ? "status_pending" : `status_${decision}`);
    setAnnouncement(sayDuplicates(lang, "decided", { n: index + 1, status }));
  };
  const onKey = (event: KeyboardEvent<HTMLLIElement>) => {
    const next = reviewEventOfKey(event.key, review.focused);
    if (!next) return;
    event.preventDefault();
    if (next.type === "decide") decide(next.group, next.decision);
    // A move needs no announcement: the group focused says itself (its label).
    else onReview(next);
  };

  const reviewing = found !== null && found.review !== undefined;
  const undo = { undoLabel: props.undoLabel, onUndo: props.onUndo };
  return (
    <div className={styles.root}>
      <JobPanel
        lang={lang}
        state={props.find}
        runLabel="runDedupe"
        doneText={foundText(lang, found, review.total)}
        canRun={props.canRun}
        onRun={props.onFind}
        onCancel={props.onCancelFind}
        notice={reviewing ? null : props.notice}
        {...(reviewing ? {} : undo)}
      >
        <Caption1 className={styles.hint}>{sayDuplicates(lang, "intro")}</Caption1>
      </JobPanel>
      {reviewing && (
        <section className={styles.results} aria-label={sayDuplicates(lang, "listLabel")} data-testid="duplicate-review">
          <Subtitle2 as="h2">{sayDuplicates(lang, "listLabel")}</Subtitle2>
          <Caption1>{foundText(lang, found, review.total)}</Caption1>
          {review.total > total && (
            <Caption1>{sayDuplicates(lang, "listCut", { shown: formatNumber(lang, total), more: formatNumber(lang, review.total - total) })}</Caption1>
          )}
          {total > 0 && (
            <>
              <Caption1 className={styles.hint} id="tria-duplicate-keys">
                {sayDuplicates(lang, "keysHint")}
              </Caption1>
              <Caption1 data-testid="review-counts">
                {sayDuplicates(lang, "counts", { accepted: counts.accepted, rejected: counts.rejected, pending: counts.pending })}
              </Caption1>
              <LiveStatus text={announcement} testId="review-status" />
              <ul
                className={styles.list}
                ref={list}
                aria-label={sayDuplicates(lang, "listLabel")}
                aria-describedby="tria-duplicate-keys"
                data-testid="duplicate-groups"
              >
                {review.groups.map((group, index) => (
                  <DuplicateGroupItem
                    key={group.rows.join(",")}
                    ref={(element) => void (items.current[index] = element)}
                    lang={lang}
                    group={group}
                    index={index}
                    total={total}
                    headers={review.headers}
                    decision={review.decisions.get(index)}
                    focused={review.focused === index}
                    onFocus={() => onReview({ type: "move", to: index })}
                    onKey={onKey}
                    onDecide={(decision) => decide(index, decision)}
                    {...(props.onSelectRow ? { onSelectRow: props.onSelectRow } : {})}
                  />
                ))}
              </ul>
              {counts.pending > 0 && (
                <Button onClick={() => onReview({ type: "acceptRest" })} data-testid="accept-rest">
                  {sayDuplicates(lang, "acceptRest", { count: counts.pending })}
                </Button>
              )}
              <Caption1 className={styles.hint}>{sayDuplicates(lang, "mergeHint")}</Caption1>
              <JobPanel
                lang={lang}
                state={props.merge}
                runLabel="runMerge"
                runText={sayDuplicates(lang, "merge", { count: counts.accepted })}
                doneText={mergedText(lang, merged)}
                canRun={props.canRun && counts.accepted > 0}
                onRun={props.onMerge}
                onCancel={props.onCancelMerge}
                notice={merged ? mergedText(lang, merged) : props.notice}
                {...undo}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
