import type { ReactNode } from "react";
import { Button, Spinner, makeStyles, tokens, Title3, Caption1 } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { InspectState } from "../inspectState";
import { t } from "../i18n/strings";
import { ColumnsTable } from "./ColumnsTable";
import { ErrorBar } from "./ErrorBar";
import { FlagLegend } from "./FlagLegend";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "960px",
    boxSizing: "border-box",
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  tagline: { color: tokens.colorNeutralForeground2 },
});

export interface InspectViewProps {
  readonly state: InspectState;
  readonly lang: Lang;
  readonly target: "sheet" | "file";
  readonly canInspect: boolean;
  readonly source?: ReactNode;
  readonly onInspect: () => void;
  readonly onLangChange: (lang: Lang) => void;
}

/** The whole pane for one state: pure props in, markup out, so it renders on a server in tests. */
export function InspectView(props: InspectViewProps) {
  const { state, lang } = props;
  const styles = useStyles();
  const running = state.status === "running";
  const report = state.status === "done" ? state.report : state.status === "running" ? state.previous : null;
  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1">{t(lang, "appTitle")}</Title3>
        <LanguageSwitch lang={lang} onChange={props.onLangChange} />
      </header>
      <Caption1 className={styles.tagline}>{t(lang, "tagline")}</Caption1>
      {props.source}
      <Button
        appearance="primary"
        disabled={running || !props.canInspect}
        onClick={props.onInspect}
        icon={running ? <Spinner size="tiny" /> : undefined}
      >
        {running ? t(lang, "inspecting") : t(lang, props.target === "file" ? "inspectFile" : "inspectSheet")}
      </Button>
      {state.status === "error" && <ErrorBar lang={lang} error={state.error} />}
      {report && <ColumnsTable report={report} lang={lang} />}
      <FlagLegend lang={lang} />
    </main>
  );
}
