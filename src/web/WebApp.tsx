import { useCallback, useMemo, useRef, useState } from "react";
import type { Lang } from "../engine/i18n/lang";
import { runInspect } from "../app/runInspect";
import { WorkbookHost } from "../hosts/workbook/workbookHost";
import { App, type TriaOperations } from "../taskpane/App";
import { createInspectRequests } from "../taskpane/inspectRequests";
import { t } from "../taskpane/i18n/strings";
import { isAcceptedFile } from "./acceptedFile";
import { FilePicker } from "./FilePicker";

/** The file the user chose, read into memory; the page's whole "host". */
interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The taskpane's <App> outside Office: a file instead of the active sheet, no Office.js. */
export function WebApp({ initialLang }: { initialLang: Lang }) {
  const [fileName, setFileName] = useState<string | null>(null);
  const chosen = useRef<ChosenFile | null>(null);
  const requests = useMemo(createInspectRequests, []);

  const operations = useMemo<TriaOperations>(
    () => ({
      inspect: async (lang) => {
        const file = chosen.current;
        if (!file) throw new Error(t(lang, "fileHint"));
        if (!isAcceptedFile(file.name)) throw new Error(t(lang, "fileWrongType", { name: file.name }));
        return runInspect(await WorkbookHost.fromBytes(file.bytes, file.name), { lang });
      },
    }),
    [],
  );

  const onFile = useCallback(
    async (file: File) => {
      chosen.current = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      setFileName(file.name);
      // A dropped file is inspected at once: that is why the user dropped it.
      await requests.request();
    },
    [requests],
  );

  return (
    <App
      operations={operations}
      initialLang={initialLang}
      target="file"
      canInspect={fileName !== null}
      subscribeInspectRequests={requests.subscribe}
      renderSource={(lang) => <FilePicker lang={lang} fileName={fileName} onFile={(file) => void onFile(file)} />}
    />
  );
}
