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
import { commandNotices } from "../app/commandNotices";
import { App } from "../ui/App";
import { excelOperations } from "./excelOperations";
import { excelSession } from "../hosts/excel/excelSession";
import { taskpaneInspectRequests } from "../ui/inspectRequests";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const session = excelSession();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        operations={excelOperations(session.host, session.runner, session.run)}
        settingsStore={session.settings}
        initialLang={langFromLocale(Office.context.displayLanguage)}
        target="sheet"
        subscribeInspectRequests={taskpaneInspectRequests.subscribe}
        subscribeNotices={commandNotices.subscribe}
      />
    </FluentProvider>,
  );
});
