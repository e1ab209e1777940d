import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { Report } from "../../engine/report";
import type { ColumnRole } from "../../engine/table/columnRole";
import type { DataKind } from "../../engine/table/dataKind";
import { m } from "../i18n/methodStrings";
import type { JobState } from "../jobState";
import { t } from "../i18n/strings";
import { ColumnsTable } from "./ColumnsTable";
import { ErrorBar } from "./ErrorBar";
import { JobProgress } from "./JobProgress";
import type { NothingToRun } from "../customerFileCheck";
import { LiveStatus } from "./LiveStatus";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface ColumnsTabProps {
  readonly lang: Lang;
  readonly state: JobState;
  readonly report: Report | null;
  readonly target: "sheet" | "file";
  readonly canInspect: boolean;
  /** Why nothing may run on this file (ColumnsTab says it in words), or nothing. */
  readonly notCustomerFile?: NothingToRun | null;
  readonly overrides: Readonly<Record<number, ColumnRole>>;
  readonly onInspect: () => void;
  /** Stops the reading of a big file (the web page reads it while inspecting). */
  readonly onCancel?: () => void;
  readonly onRoleChange: (index: number, role: ColumnRole | null) => void;
  readonly kinds?: Readonly<Record<number, DataKind>>;
  readonly onKindChange?: (index: number, kind: DataKind) => void;
}

/** Detected roles, each one the user can change; the choice is saved and used by every run. */
export function ColumnsTab(props: ColumnsTabProps) {
  const { lang, state, report } = props;
  const styles = useStyles();
  const running = state.status === "running";
  return (
    <div className={styles.root}>
      <Button appearance={report ? "secondary" : "primary"} disabled={running || !props.canInspect} onClick={props.onInspect} data-testid="inspect">
        {running ? t(lang, "inspecting") : t(lang, props.target === "file" ? "inspectFile" : "inspectSheet")}
      </Button>
      <LiveStatus
        text={
          running
            ? t(lang, "inspecting")
            : state.status === "cancelled"
              ? t(lang, "cancelled")
              : report && state.status === "done"
                ? t(lang, "columnsSummary", { columns: report.columns.length, rows: report.counts.rows, sheet: report.sheet, headerRow: report.headerRow })
                : ""
        }
      />
      {running && props.onCancel && <JobProgress lang={lang} progress={state.progress} onCancel={props.onCancel} />}
      {state.status === "error" && <ErrorBar lang={lang} error={state.error} />}
      {props.notCustomerFile && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid={props.notCustomerFile === "noDataRows" ? "no-data-rows" : "not-customer-file"}>
          <MessageBarBody>{t(lang, props.notCustomerFile)}</MessageBarBody>
        </MessageBar>
      )}
      {report ? (
        <>
          <ColumnsTable
            report={report}
            lang={lang}
            overrides={props.overrides}
            onRoleChange={props.onRoleChange}
            {...(props.kinds ? { kinds: props.kinds } : {})}
            {...(props.onKindChange ? { onKindChange: props.onKindChange } : {})}
          />
          <Caption1>{t(lang, props.target === "file" ? "rolesSavedHintFile" : "rolesSavedHint")}</Caption1>
          {props.onKindChange && <Caption1>{m(lang, "dataKindHint")}</Caption1>}
        </>
      ) : (
        <Caption1>{t(lang, "inspectFirst")}</Caption1>
      )}
    </div>
  );
}
