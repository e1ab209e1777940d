import { useMemo } from "react";
import { Caption1, Checkbox, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { ReportFlag } from "../../engine/report";
import { STRUCTURE_OPERATIONS, type StructureOperation } from "../../engine/structure/structureOptions";
import { shownResult } from "../jobState";
import type { JobResult } from "../../app/jobProtocol";
import { cellFlagCounts, volatileColumns } from "../flagSummary";
import { t, type StringKey } from "../i18n/strings";
import { FlagCounts } from "./FlagCounts";
import { FlagLegend } from "./FlagLegend";
import { FlagSwatch } from "./FlagSwatch";
import { IssueList } from "./IssueList";
import { JobPanel, jobPanelProps, type JobTabProps } from "./JobPanel";
import { WarmUp } from "./WarmUp";
import { structureWarmUpStages } from "./structureWarmUp";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
});

const OPERATION_LABELS: Readonly<Record<StructureOperation, StringKey>> = {
  address: "opAddress",
  names: "opNames",
  phones: "opPhones",
  emails: "opEmails",
  siret: "opSiret",
  text: "opText",
  duplicates: "opDuplicates",
};

export interface StructureTabProps extends JobTabProps {
  readonly operations: readonly StructureOperation[];
  readonly applied: ReadonlySet<string>;
  readonly onOperationsChange: (operations: StructureOperation[]) => void;
  readonly onSelect?: (flag: ReportFlag) => void;
  readonly onApply: (flags: readonly ReportFlag[]) => void;
}

function resultsText(lang: Lang, result: JobResult): string {
  return t(lang, "resultsSummary", { rows: result.report.counts.rows, columns: result.plan.addedColumns.length });
}

export function StructureTab(props: StructureTabProps) {
  const { lang, state } = props;
  const styles = useStyles();
  const result = shownResult(state);
  const warmUp = useMemo(() => structureWarmUpStages(lang), [lang]);
  const toggle = (operation: StructureOperation, on: boolean) =>
    props.onOperationsChange(STRUCTURE_OPERATIONS.filter((op) => (op === operation ? on : props.operations.includes(op))));
  return (
    <div className={styles.root}>
      <JobPanel
        {...jobPanelProps(props)}
        runLabel="runStructure"
        doneText={result ? resultsText(lang, result) : ""}
        canRun={props.canRun && props.operations.length > 0}
      >
        <fieldset className={styles.fieldset}>
          <legend>
            <Subtitle2>{t(lang, "operationsTitle")}</Subtitle2>
          </legend>
          {STRUCTURE_OPERATIONS.map((operation) => (
            <Checkbox
              key={operation}
              label={t(lang, OPERATION_LABELS[operation])}
              checked={props.operations.includes(operation)}
              onChange={(_e, data) => toggle(operation, data.checked === true)}
              data-operation={operation}
            />
          ))}
        </fieldset>
      </JobPanel>
      {result && result.report.job === "structure" && (
        <section className={styles.results} aria-label={t(lang, "resultsTitle")} data-testid="structure-results">
          <Subtitle2 as="h2">{t(lang, "resultsTitle")}</Subtitle2>
          <Caption1>{resultsText(lang, result)}</Caption1>
          <FlagCounts lang={lang} counts={cellFlagCounts(result.report)} />
          {volatileColumns(result.report).length > 0 && (
            <Caption1 data-testid="volatile-note">
              <FlagSwatch kind="volatile" /> {t(lang, "volatileNote", { columns: volatileColumns(result.report).join(", ") })}
            </Caption1>
          )}
          <IssueList
            lang={lang}
            report={result.report}
            busy={state.status === "running"}
            applied={props.applied}
            onApply={props.onApply}
            {...(props.onSelect ? { onSelect: props.onSelect } : {})}
          />
        </section>
      )}
      {/* While the first run works, its results' components are drawn once, hidden (WarmUp.tsx). */}
      {state.status === "running" && !result && <WarmUp name="structure-results" stages={warmUp} />}
      <FlagLegend lang={lang} />
    </div>
  );
}
