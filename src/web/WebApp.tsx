import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../engine/i18n/lang";
import { App, type TriaOperations } from "../ui/App";
import { createInspectRequests } from "../ui/inspectRequests";
import { localStorageSettingsStore, memorySettingsStore, type SettingsStore } from "../app/settings/settingsStore";
import { t } from "../ui/i18n/strings";
import { isAcceptedFile } from "./acceptedFile";
import { FilePicker } from "./FilePicker";
import { revealGridCell } from "./revealGridCell";
import { OutputPreview } from "./OutputPreview";
import { SessionClient } from "../app/sessionClient";
import { createSessionWorker } from "./sessionWorker";

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
  /** Files dropped so far: each one is inspected. */
  const [drops, setDrops] = useState(0);
  /** The file's session, held by a worker: the page never holds its rows. */
  const session = useRef<SessionClient | null>(null);
  /** A file that is not .xlsx/.csv: the next run says so, in the pane's language. */
  const rejected = useRef<string | null>(null);
  const where = useRef<{ sheet: string; headerRow: number } | null>(null);
  const requests = useMemo(createInspectRequests, []);
  const settingsStore = useMemo(browserSettingsStore, []);

  const operations = useMemo<TriaOperations>(() => {
    const current = (lang: Lang): SessionClient => {
      if (rejected.current) throw new Error(t(lang, "fileWrongType", { name: rejected.current }));
      if (!session.current) throw new Error(t(lang, "fileHint"));
      return session.current;
    };
    return {
      run: async (job, options, control) => {
        // Read, computed, applied and written in the worker; an unreadable file says so here.
        const result = await current(options.lang).call("run", { job, options }, control);
        where.current = { sheet: result.report.sheet, headerRow: result.report.headerRow };
        return result;
      },
      applyPlan: async (plan, lang) => void (await current(lang).call("applyPlan", { plan, lang })),
      applySuggestions: async (flags, lang) => void (await current(lang).call("applySuggestions", { flags, lang })),
      writeCells: async (sheet, edits) => void (await current("fr").call("writeCells", { sheet, edits })),
      undo: async () => void (await session.current?.call("undo", {})),
      selectCell: revealGridCell,
      listSheets: async () => (session.current ? session.current.call("listSheets", {}) : []),
    };
  }, []);

  const onFile = useCallback((file: File) => {
    setFileName(file.name);
    setSourceKey(`${file.name}|${file.size}|${file.lastModified}`);
    // The last file's worker goes with everything it held: a second file does not add to the first.
    session.current?.close();
    session.current = null;
    rejected.current = isAcceptedFile(file.name) ? null : file.name;
    // The worker reads the file itself, at the first run (unreadable: that run says so).
    if (!rejected.current) session.current = new SessionClient(file, file.name, createSessionWorker);
    setDrops((count) => count + 1);
  }, []);
  // A dropped file is inspected at once: that is why the user dropped it. After the render, once
  // the pane has let go of the last file (its effect on sourceKey cancels every job).
  useEffect(() => {
    if (drops > 0) void requests.request();
  }, [drops, requests]);

  return (
    <App
      operations={operations}
      settingsStore={settingsStore}
      initialLang={initialLang}
      target="file"
      canInspect={fileName !== null}
      sourceKey={sourceKey}
      subscribeInspectRequests={requests.subscribe}
      renderSource={(lang) => <FilePicker lang={lang} fileName={fileName} onFile={onFile} />}
      renderOutput={(lang, version) => <OutputPreview lang={lang} version={version} session={session.current} where={where.current} />}
    />
  );
}
