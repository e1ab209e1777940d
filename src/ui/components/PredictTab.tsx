import {
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TimeUnit } from "../../engine/predict/predictOptions";
import { shownResult } from "../jobState";
import { t } from "../i18n/strings";
import { JobPanel, jobPanelProps, type JobTabProps } from "./JobPanel";
import { DayInput } from "./DayInput";
import { formatNumber } from "../../engine/i18n/localeFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The Prévoir tab's choices, as typed (numbers in percent and euros for the user). */
export interface PredictChoices {
  readonly horizon: number;
  readonly unit: TimeUnit;
  readonly marginPercent: number;
  readonly discountPercent: number;
  readonly costPerContact: number;
  /** ISO day, or "" for none. */
  readonly calibrationEnd: string;
}

export const DEFAULT_PREDICT_CHOICES: PredictChoices = {
  horizon: 52,
  unit: "weeks",
  marginPercent: 30,
  discountPercent: 10,
  costPerContact: 1,
  calibrationEnd: "",
};

export interface PredictTabProps extends JobTabProps {
  readonly choices: PredictChoices;
  readonly onChoicesChange: (choices: PredictChoices) => void;
}

const UNITS: readonly TimeUnit[] = ["days", "weeks", "months"];

export function PredictTab(props: PredictTabProps) {
  const { lang, state, choices } = props;
  const styles = useStyles();
  const result = shownResult(state);
  const predictions = result && result.report.job === "predict" ? (result.report.predictions ?? null) : null;
  const set = (change: Partial<PredictChoices>) => props.onChoicesChange({ ...choices, ...change });
  const number = (text: string) => Number(text.replace(",", "."));
  const show = (v: number, digits = 2) => formatNumber(lang, v, { maxDecimals: digits });
  return (
    <div className={styles.root}>
      <JobPanel
        {...jobPanelProps(props)}
        runLabel="runPredict"
        doneText={predictions ? t(lang, "predictDone", { customers: formatNumber(lang, predictions.customers.filter((c) => c.x !== null).length) }) : ""}
      >
        <div className={styles.options}>
          <Subtitle2 as="h2">{t(lang, "predictOptions")}</Subtitle2>
          <div className={styles.row}>
            <Field label={t(lang, "horizon")}>
              <Input
                type="number"
                min={1}
                value={String(choices.horizon)}
                onChange={(_e, data) => set({ horizon: number(data.value) })}
                data-testid="horizon"
              />
            </Field>
            <Field label={t(lang, "timeUnit")}>
              <Select value={choices.unit} onChange={(_e, data) => set({ unit: data.value as TimeUnit })} data-testid="unit">
                {UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(lang, `unit_${unit}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={styles.row}>
            <Field label={t(lang, "marginRate")}>
              <Input
                type="number"
                min={1}
                max={100}
                value={String(choices.marginPercent)}
                onChange={(_e, data) => set({ marginPercent: number(data.value) })}
              />
            </Field>
            <Field label={t(lang, "discountRate")}>
              <Input type="number" min={0} value={String(choices.discountPercent)} onChange={(_e, data) => set({ discountPercent: number(data.value) })} />
            </Field>
            <Field label={t(lang, "costPerContact")}>
              <Input
                type="number"
                min={0}
                step={0.1}
                value={String(choices.costPerContact)}
                onChange={(_e, data) => set({ costPerContact: number(data.value) })}
              />
            </Field>
          </div>
          <DayInput lang={lang} label={t(lang, "calibrationEnd")} value={choices.calibrationEnd} onChange={(calibrationEnd) => set({ calibrationEnd })} />
        </div>
      </JobPanel>
      {predictions && (
        <section className={styles.results} aria-label={t(lang, "resultsTitle")} data-testid="predict-results">
          <Caption1>
            {t(lang, "predictSummary", {
              customers: formatNumber(lang, predictions.customers.filter((c) => c.x !== null).length),
              r: show(predictions.model.bgnbd.r, 4),
              alpha: show(predictions.model.bgnbd.alpha, 4),
              a: show(predictions.model.bgnbd.a, 4),
              b: show(predictions.model.bgnbd.b, 4),
            })}
          </Caption1>
          {predictions.holdout && (
            <Caption1>
              {t(lang, "predictHoldout", { actual: show(predictions.holdout.actualPurchases, 0), predicted: show(predictions.holdout.predictedPurchases, 1) })}
            </Caption1>
          )}
          <Subtitle2 as="h3">{t(lang, "predictGroupsTitle")}</Subtitle2>
          <Table size="small" aria-label={t(lang, "predictGroupsTitle")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t(lang, "predictGroup")}</TableHeaderCell>
                <TableHeaderCell>{t(lang, "predictCustomers")}</TableHeaderCell>
                <TableHeaderCell>{t(lang, "predictMarginAfter")}</TableHeaderCell>
                <TableHeaderCell>{t(lang, "predictDecision")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {predictions.groups.map((g) => (
                <TableRow key={g.group}>
                  <TableCell>{g.group}</TableCell>
                  <TableCell>{formatNumber(lang, g.customers)}</TableCell>
                  <TableCell>{show(g.marginAfterAdvertising)}</TableCell>
                  <TableCell>{g.contact ? t(lang, "predictContact", { n: g.contactsPerYear }) : t(lang, "predictSkip")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}

/** The job options from the tab's choices (percentages become rates, an empty date none). */
export function predictJobOptions(choices: PredictChoices) {
  const end = choices.calibrationEnd ? new Date(`${choices.calibrationEnd}T00:00:00Z`) : null;
  return {
    horizon: choices.horizon,
    unit: choices.unit,
    margin: choices.marginPercent / 100,
    discount: choices.discountPercent / 100,
    costPerContact: choices.costPerContact,
    ...(end && !Number.isNaN(end.getTime()) ? { calibrationEnd: end } : {}),
  };
}
