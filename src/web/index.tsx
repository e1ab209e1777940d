/** The stand-alone web page: Tria in any browser, on a file, without Office.js. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { langFromLocale } from "../engine/i18n/lang";
import { WebApp } from "./WebApp";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp initialLang={langFromLocale(navigator.language)} />
    </FluentProvider>,
  );
}
