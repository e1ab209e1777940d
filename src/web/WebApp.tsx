import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../engine/i18n/lang";
import { App, type TriaOperations } from "../ui/App";
import { createInspectRequests } from "../ui/inspectRequests";
import { localStorageSettingsStore, memorySettingsStore, type SettingsStore } from "../app/settings/settingsStore";
import { t } from "../ui/i18n/strings";
import { createBrowserWorker } from "../app/browserWorker";
import { createJobRunner } from "../app/jobRunner";
import { runJob } from "../app/runJob";
import { isAcceptedFile } from "./acceptedFile";
import { downloadBytes } from "./downloadBytes";
import { FilePicker } from "./FilePicker";
import { PREVIEW_ROWS, readResultGrid, type ResultGrid } from "../hosts/workbook/resultGrid";
import { revealGridCell } from "./revealGridCell";
import { ResultGridView } from "./ResultGridView";
import { WebSession } from "./webSession";

/** localStorage when the browser allows it (a private window may not): settings then last the visit. */
function browserSettingsStore(): SettingsStore {
  try {
    return localStorageSettingsStore(window.localStorage);
  } catch {
    return memorySettingsStore();
  }
}

/** The taskpane's <App> outside Office: a file instead of the active sheet, no Office.js. */
export function WebApp({ initialLang }: { initialLang: Lang }) {
  const [fileName, setFileName] = useState<string | null>(null);
  const [sourceKey, setSourceKey] = useState<string | null>(null);
  const session = useRef<WebSession | null>(null);
  /** A file that is not .xlsx/.csv: the next run says so, in the pane's language. */
  const rejected = useRef<string | null>(null);
  const openError = useRef<unknown>(null);
  const where = useRef<{ sheet: string; headerRow: number } | null>(null);
  /** The file being opened: a job clicked meanwhile waits for it instead of running on the previous file or none. */
  const opening = useRef<Promise<void>>(Promise.resolve());
  const filesChosen = useRef(0);
  const requests = useMemo(createInspectRequests, []);
  const settingsStore = useMemo(browserSettingsStore, []);
  const runner = useMemo(() => createJobRunner(createBrowserWorker), []);

  const operations = useMemo<TriaOperations>(() => {
    const current = (lang: Lang): WebSession => {
      if (rejected.current) throw new Error(t(lang, "fileWrongType", { name: rejected.current }));
      if (openError.current) throw openError.current;
      if (!session.current) throw new Error(t(lang, "fileHint"));
      return session.current;
    };
    return {
      run: async (job, options, control) => {
        await opening.current;
        const session = current(options.lang);
        // The campaign reads the file's results sheet, not its customers (resultsSheet.ts).
        const host = job === "campaign" ? await session.campaignHost() : session.host;
        const result = await runJob(host, runner, job, options, control);
        where.current = { sheet: result.report.sheet, headerRow: result.report.headerRow };
        return result;
      },
      applyPlan: (plan, lang) => current(lang).host.apply(plan, { lang }),
      writeCells: (sheet, edits) => current("fr").writeCells(sheet, edits),
      undo: async () => session.current?.undo(),
      selectCell: revealGridCell,
      listSheets: async () => {
        await opening.current;
        return session.current ? session.current.host.listSheets() : [];
      },
    };
  }, [runner]);

  const onFile = useCallback(
    async (file: File) => {
      setFileName(file.name);
      setSourceKey(`${file.name}|${file.size}|${file.lastModified}`);
      session.current = null;
      rejected.current = isAcceptedFile(file.name) ? null : file.name;
      openError.current = null;
      if (!rejected.current) {
        const chosen = ++filesChosen.current;
        opening.current = (async () => {
          try {
            const opened = await WebSession.open(new Uint8Array(await file.arrayBuffer()), file.name);
            if (filesChosen.current === chosen) session.current = opened; // not if another file was chosen meanwhile
          } catch (error) {
            if (filesChosen.current === chosen) openError.current = error; // unreadable or password-protected: shown by the next run
          }
        })();
        await opening.current;
      }
      // A dropped file is inspected at once: that is why the user dropped it.
      await requests.request();
    },
    [requests],
  );

  return (
    <App
      operations={operations}
      settingsStore={settingsStore}
      initialLang={initialLang}
      target="file"
      canInspect={fileName !== null}
      sourceKey={sourceKey}
      subscribeInspectRequests={requests.subscribe}
      renderSource={(lang) => <FilePicker lang={lang} fileName={fileName} onFile={(file) => void onFile(file)} />}
      renderOutput={(lang, version) => <OutputPreview lang={lang} version={version} session={session.current} where={where.current} />}
    />
  );
}

interface OutputPreviewProps {
  readonly lang: Lang;
  readonly version: number;
  readonly session: WebSession | null;
  readonly where: { sheet: string; headerRow: number } | null;
}

/** Re-reads the output each time a run changed it (version), and offers it for download. */
function OutputPreview({ lang, version, session, where }: OutputPreviewProps) {
  const [grid, setGrid] = useState<ResultGrid | null>(null);
  useEffect(() => {
    let live = true;
    if (!session?.hasOutput || !where) return setGrid(null);
    void session
      .outputBytes()
      .then((bytes) => readResultGrid(bytes, where.sheet, where.headerRow, PREVIEW_ROWS, lang))
      .then((next) => live && setGrid(next))
      .catch(() => live && setGrid(null));
    return () => {
      live = false;
    };
  }, [version, session, where, lang]);
  if (!grid || !session) return null;
  return <ResultGridView lang={lang} grid={grid} onDownload={() => void session.downloadBytes().then((bytes) => downloadBytes(bytes, session.outputName()))} />;
}
