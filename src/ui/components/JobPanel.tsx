import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { JobState } from "../jobState";
import { t, type StringKey } from "../i18n/strings";
import { ErrorBar } from "./ErrorBar";
import { JobProgress, phaseLabel } from "./JobProgress";
import { LiveStatus } from "./LiveStatus";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface JobPanelProps {
  readonly lang: Lang;
  readonly state: JobState;
  /** The run button's text key (its test id too), or for another catalog's tab its id and text. */
  readonly runLabel: StringKey | { readonly id: string; readonly text: string };
  /** The run button's text when it says more than runLabel ("Fusionner les groupes acceptés (3)"). */
  readonly runText?: string;
  readonly canRun: boolean;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  readonly notice?: string | null;
  /** The result in one sentence, announced when the job ends (the visible results say more). */
  readonly doneText?: string;
  /** "Undo last run", on the tab of the job that ran last (the one Undo takes back). */
  readonly undoLabel?: string | null | undefined;
  readonly onUndo?: (() => void) | undefined;
}

/** What the page gives every one-job tab to drive its JobPanel: the tabs' props extend it. */
export interface JobTabProps {
  readonly lang: Lang;
  readonly state: JobState;
  readonly canRun: boolean;
  readonly notice: string | null;
  readonly undoLabel?: string | null;
  readonly onUndo?: () => void;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}

/** The JobPanel props a tab passes on as it got them (it may override one after the spread). */
export function jobPanelProps({ lang, state, canRun, notice, undoLabel, onUndo, onRun, onCancel }: JobTabProps) {
  return { lang, state, canRun, notice, undoLabel, onUndo, onRun, onCancel };
}

/** What a screen reader hears: each phase while running, then the result or "cancelled". */
function statusText(props: JobPanelProps): string {
  const { lang, state } = props;
  switch (state.status) {
    case "running":
      return state.progress ? phaseLabel(lang, state.progress.phase) : t(lang, "progressStarting");
    case "done":
      return props.doneText ?? "";
    case "cancelled":
      return t(lang, "cancelled");
    default:
      return props.notice ?? "";
  }
}

/** Run button, progress with Cancel, and what happened: the same for every job tab. */
export function JobPanel(props: JobPanelProps & { children?: ReactNode }) {
  const { lang, state } = props;
  const styles = useStyles();
  const running = state.status === "running";
  const runId = typeof props.runLabel === "string" ? props.runLabel : props.runLabel.id;
  const runText = props.runText ?? (typeof props.runLabel === "string" ? t(lang, props.runLabel) : props.runLabel.text);
  return (
    <div className={styles.root}>
      {props.children}
      <LiveStatus text={statusText(props)} testId={`status-${runId}`} />
      <Button appearance="primary" disabled={running || !props.canRun} onClick={props.onRun} data-testid={`run-${runId}`}>
        {running ? t(lang, "running") : runText}
      </Button>
      {running && <JobProgress lang={lang} progress={state.progress} onCancel={props.onCancel} />}
      {state.status === "cancelled" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(lang, "cancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "error" && <ErrorBar lang={lang} error={state.error} />}
      {props.undoLabel && props.onUndo && (
        <Button onClick={props.onUndo} disabled={running} data-testid="undo">
          {props.undoLabel}
        </Button>
      )}
      {props.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
