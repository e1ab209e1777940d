/**
 * The shared runtime page (manifest.xml: Runtime resid Taskpane.Url). It also loads the ribbon
 * commands and the custom functions, so all three run in one JavaScript context.
 * Nothing touches Office before Office.onReady (Microsoft's Office-Addin-TaskPane-React template).
 */
import "../commands/commands";
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { langFromLocale } from "../engine/i18n/lang";
import { runInspect } from "../app/runInspect";
import { createExcelHost } from "../hosts/excel/excelHost";
import { App, type TriaOperations } from "./App";
import { taskpaneInspectRequests } from "./inspectRequests";

const operations: TriaOperations = {
  inspect: (lang) => runInspect(createExcelHost(), { lang }),
};

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        operations={operations}
        initialLang={langFromLocale(Office.context.displayLanguage)}
        target="sheet"
        subscribeInspectRequests={taskpaneInspectRequests.subscribe}
      />
    </FluentProvider>,
  );
});
