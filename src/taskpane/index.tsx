/**
 * The shared runtime page (manifest.xml: Runtime resid Taskpane.Url). Its bundle also holds the
 * ribbon commands and the custom functions (webpack.config.js, entry "taskpane"), so all three
 * run in one JavaScript context without importing each other.
 * Nothing touches Office before Office.onReady (Microsoft's Office-Addin-TaskPane-React template).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { officeDisplayLang, whenOfficeReady } from "../hosts/excel/officeRuntime";
import { commandNotices } from "../app/commandNotices";
import { App } from "../ui/App";
import { excelOperations } from "./excelOperations";
import { excelSession } from "../hosts/excel/excelSession";
import { taskpaneInspectRequests } from "../ui/inspectRequests";
import { createBrowserWorker } from "../app/browserWorker";
import { createJobRunner } from "../app/jobRunner";
import { officeSettingsStore } from "../app/settings/settingsStore";

whenOfficeReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const session = excelSession();
  const runner = createJobRunner(createBrowserWorker);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        operations={excelOperations(session.host, runner, session.run)}
        settingsStore={officeSettingsStore(session.documentSettings)}
        initialLang={officeDisplayLang()}
        target="sheet"
        subscribeInspectRequests={taskpaneInspectRequests.subscribe}
        subscribeNotices={commandNotices.subscribe}
      />
    </FluentProvider>,
  );
});
