import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../engine/i18n/lang";
import type { Progress } from "../engine/progress";
import { PREVIEW_ROWS, type ResultGrid } from "../hosts/resultGrid";
import type { SessionClient } from "../app/sessionClient";
import { JobProgress } from "../ui/components/JobProgress";
import { LiveStatus } from "../ui/components/LiveStatus";
import { isAbort } from "../ui/jobState";
import { t } from "../ui/i18n/strings";
import { downloadBytes } from "./downloadBytes";
import { ResultGridView } from "./ResultGridView";
import { WarmUp } from "../ui/components/WarmUp";
import { gridWarmUpStages } from "./gridWarmUp";

const useStyles = makeStyles({ actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS } });

/** While a preview loads, the last one stays under its progress bar (as before a run: nothing flashes). */
type PreviewState =
  | { readonly status: "none" }
  | { readonly status: "loading"; readonly progress: Progress | null; readonly grid: ResultGrid | null }
  | { readonly status: "shown"; readonly grid: ResultGrid }
  | { readonly status: "cancelled" };

const lastGrid = (state: PreviewState): ResultGrid | null => (state.status === "shown" || state.status === "loading" ? state.grid : null);

export interface OutputPreviewProps {
  readonly lang: Lang;
  readonly version: number;
  readonly session: SessionClient | null;
  readonly where: { sheet: string; headerRow: number } | null;
}

/**
 * Reads the output's first rows in the worker each time a run changed it (version), with its
 * progress and a Cancel like every phase (DESIGN.md §6), and offers the file for download.
 * Memo: a job's progress redraws the pane many times a second, not the grid under it.
 */
export const OutputPreview = memo(function OutputPreview({ lang, version, session, where }: OutputPreviewProps) {
  const styles = useStyles();
  const [state, setState] = useState<PreviewState>({ status: "none" });
  const [asked, setAsked] = useState(0);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    let live = true;
    if (!session?.hasOutput || !where) return setState({ status: "none" });
    const abort = new AbortController();
    controller.current = abort;
    setState((last) => ({ status: "loading", progress: null, grid: lastGrid(last) }));
    session
      .call(
        "preview",
        { sheet: where.sheet, headerRow: where.headerRow, rows: PREVIEW_ROWS, lang },
        { signal: abort.signal, onProgress: (progress) => live && setState((last) => ({ status: "loading", progress, grid: lastGrid(last) })) },
      )
      // A transition: the grid is drawn in slices of a few ms, not in one task.
      .then((grid) => live && startTransition(() => setState(grid ? { status: "shown", grid } : { status: "none" })))
      .catch((error: unknown) => live && setState(isAbort(error) ? { status: "cancelled" } : { status: "none" }));
    return () => {
      live = false;
    };
  }, [version, session, where, lang, asked]);
  const warmUp = useMemo(() => gridWarmUpStages(lang), [lang]);
  const download = useCallback(() => void session?.call("download", {}).then((blob) => downloadBytes(blob, session.outputName())), [session]);

  if (!session) return null;
  switch (state.status) {
    case "none":
      // A file is open and nothing previewed yet: the grid's components are drawn once, hidden (WarmUp.tsx).
      return <WarmUp name="result-grid" stages={warmUp} />;
    case "loading":
      return (
        <>
          <JobProgress lang={lang} progress={state.progress} onCancel={() => controller.current?.abort()} />
          {state.grid && <ResultGridView lang={lang} grid={state.grid} onDownload={download} />}
        </>
      );
    case "shown":
      return <ResultGridView lang={lang} grid={state.grid} onDownload={download} />;
    case "cancelled":
      return (
        <div className={styles.actions}>
          <Caption1>{t(lang, "previewCancelled")}</Caption1>
          <LiveStatus text={t(lang, "previewCancelled")} />
          <Button appearance="primary" onClick={download} data-testid="download">
            {t(lang, "download")}
          </Button>
          <Button onClick={() => setAsked((n) => n + 1)} data-testid="preview-show">
            {t(lang, "previewShow")}
          </Button>
        </div>
      );
  }
});
