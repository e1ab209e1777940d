import { Caption1, Checkbox, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ALLOWED_CLASSES } from "../../engine/scoring/scoreOptions";
import { shownResult } from "../jobState";
import { heatText, rfGrid, scoredText, segmentCounts } from "../scoreSummary";
import { t } from "../i18n/strings";
import { JobPanel, jobPanelProps, type JobTabProps } from "./JobPanel";
import { DayInput } from "./DayInput";
import { RfHeatMap } from "./RfHeatMap";
import { SegmentChart } from "./SegmentChart";
import { PointsGridEditor } from "./PointsGridEditor";
import type { GridSettings } from "../../app/settings/methodSettings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ScoreTabProps extends JobTabProps {
  readonly classes: number;
  readonly referenceDate: string;
  readonly onClassesChange: (classes: number) => void;
  readonly onReferenceDateChange: (isoDay: string) => void;
  /** Orders list: the scores on every order row too, not only in « Clients notés ». */
  readonly scoresOnOrders: boolean;
  readonly onScoresOnOrdersChange: (on: boolean) => void;
  /** The points / C/R/M grid editor; absent, the tab shows none. */
  readonly grid?: {
    readonly value: GridSettings | null;
    readonly headers: readonly string[];
    readonly target: "sheet" | "file";
    readonly onChange: (grid: GridSettings | null) => void;
  };
}

export function ScoreTab(props: ScoreTabProps) {
  const { lang, state } = props;
  const styles = useStyles();
  const result = shownResult(state);
  const report = result && result.report.job === "score" ? result.report : null;
  return (
    <div className={styles.root}>
      <JobPanel
        {...jobPanelProps(props)}
        runLabel="runScore"
        doneText={report ? [scoredText(lang, report), heatText(lang, report)].filter(Boolean).join(" ") : ""}
      >
        <div className={styles.options}>
          <Subtitle2 as="h2">{t(lang, "scoreOptions")}</Subtitle2>
          <Field label={t(lang, "classes")}>
            <Select value={String(props.classes)} onChange={(_e, data) => props.onClassesChange(Number(data.value))} data-testid="classes">
              {ALLOWED_CLASSES.map((n) => (
                <option key={n} value={n}>
                  {t(lang, "classesOption", { n })}
                </option>
              ))}
            </Select>
          </Field>
          <DayInput lang={lang} label={t(lang, "referenceDate")} value={props.referenceDate} onChange={props.onReferenceDateChange} testId="reference-date" />
          <Checkbox
            label={t(lang, "scoresOnOrders")}
            checked={props.scoresOnOrders}
            onChange={(_e, data) => props.onScoresOnOrdersChange(data.checked === true)}
            data-testid="scores-on-orders"
          />
          {props.grid && (
            <PointsGridEditor lang={lang} grid={props.grid.value} headers={props.grid.headers} target={props.grid.target} onChange={props.grid.onChange} />
          )}
        </div>
      </JobPanel>
      {report && (
        <section className={styles.results} aria-label={t(lang, "resultsTitle")} data-testid="score-results">
          <Caption1>{scoredText(lang, report)}</Caption1>
          {report.heat && <Caption1 data-testid="heat-counts">{heatText(lang, report)}</Caption1>}
          <SegmentChart lang={lang} counts={segmentCounts(report)} />
          <RfHeatMap lang={lang} grid={rfGrid(report)} />
        </section>
      )}
    </div>
  );
}
