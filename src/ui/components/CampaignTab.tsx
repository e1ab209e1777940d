import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { CampaignLine } from "../../engine/method/campaignFigures";
import type { ReportCampaign } from "../../engine/method/campaignReport";
import { parseNumber } from "../../engine/table/parseNumber";
import { shownResult } from "../jobState";
import { formatNumber, t } from "../i18n/strings";
import { euroText, m, percentText, type MethodKey } from "../i18n/methodStrings";
import { JobPanel, jobPanelProps, type JobTabProps } from "./JobPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  lines: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))",
  },
  line: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  total: { border: `2px solid ${tokens.colorNeutralStroke1}` },
  figures: { display: "grid", gridTemplateColumns: "auto auto", columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface CampaignTabProps extends JobTabProps {
  /** The cost of one piece as typed ("0,45"), or "". */
  readonly unitCost: string;
  /** The web page opens a file (its results sheet is found); Excel reads the active sheet. */
  readonly target?: "sheet" | "file";
  readonly onUnitCostChange: (text: string) => void;
}

/** The unit cost typed in the user's format, or null when it is not a number ("" is undefined: none). */
export function unitCostOf(text: string): number | null | undefined {
  if (text.trim() === "") return undefined;
  const value = parseNumber(text);
  return value === null || value < 0 ? null : value;
}

const FIGURES: readonly { key: MethodKey; of: (line: CampaignLine, lang: Lang) => string }[] = [
  { key: "fig_sent", of: (line, lang) => (line.counts.sent === null ? "–" : formatNumber(lang, line.counts.sent)) },
  { key: "fig_deliveryRate", of: (line, lang) => percentText(lang, line.figures.deliveryRate) },
  { key: "fig_openRate", of: (line, lang) => percentText(lang, line.figures.openRate) },
  { key: "fig_clickRate", of: (line, lang) => percentText(lang, line.figures.clickRate) },
  { key: "fig_orderRate", of: (line, lang) => percentText(lang, line.figures.orderRate) },
  { key: "fig_averageBasket", of: (line, lang) => euroText(lang, line.figures.averageBasket) },
  { key: "fig_costPerOrder", of: (line, lang) => euroText(lang, line.figures.costPerOrder) },
  { key: "fig_returnOnCost", of: (line, lang) => percentText(lang, line.figures.returnOnCost) },
];

function doneText(lang: Lang, campaign: ReportCampaign): string {
  return m(lang, "campaignDone", {
    lines: campaign.lines.length,
    orderRate: percentText(lang, campaign.total.figures.orderRate),
    roi: percentText(lang, campaign.total.figures.returnOnCost),
  });
}

/** Campaign follow-up: the results table on the active sheet → rates, cost per order, ROI, and a dashboard sheet. */
export function CampaignTab(props: CampaignTabProps) {
  const { lang, state } = props;
  const styles = useStyles();
  const result = shownResult(state);
  const campaign = result?.report.job === "campaign" ? (result.report.campaign ?? null) : null;
  const cost = unitCostOf(props.unitCost);
  return (
    <div className={styles.root}>
      <JobPanel
        {...jobPanelProps(props)}
        runLabel={{ id: "runCampaign", text: m(lang, "runCampaign") }}
        doneText={campaign ? doneText(lang, campaign) : ""}
        canRun={props.canRun && cost !== null}
      >
        <Caption1>{m(lang, props.target === "file" ? "campaignIntroFile" : "campaignIntro")}</Caption1>
        <Field
          label={m(lang, "unitCost")}
          validationState={cost === null ? "error" : "none"}
          {...(cost === null ? { validationMessage: m(lang, "unitCostInvalid") } : {})}
        >
          <Input value={props.unitCost} inputMode="decimal" onChange={(_e, data) => props.onUnitCostChange(data.value)} data-testid="unit-cost" />
        </Field>
      </JobPanel>
      {campaign && (
        <section aria-label={t(lang, "resultsTitle")} data-testid="campaign-results">
          <Caption1>{doneText(lang, campaign)}</Caption1>
          <ul className={styles.lines}>
            {[...campaign.lines, { ...campaign.total, label: m(lang, "campaignTotal") }].map((line, i) => (
              <li
                key={`${line.label}-${i}`}
                className={i === campaign.lines.length ? `${styles.line} ${styles.total}` : styles.line}
                data-campaign-line={line.label}
              >
                <strong>{line.label}</strong>
                <dl className={styles.figures}>
                  {FIGURES.map((figure) => (
                    <div key={figure.key} style={{ display: "contents" }}>
                      <dt className={styles.term}>{m(lang, figure.key)}</dt>
                      <dd className={styles.value} data-figure={figure.key}>
                        {figure.of(line, lang)}
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
