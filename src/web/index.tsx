/** The stand-alone web page: Tria in any browser, on a file, without Office.js. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { langFromLocale } from "../engine/i18n/lang";
import { formatNumber } from "../engine/i18n/localeFormat";
import { WebApp } from "./WebApp";

const container = document.getElementById("container");
if (container) {
  const lang = langFromLocale(navigator.language);
  // The first number format loads the browser's locale data (0.1-0.3 s here): while the page
  // loads, not in the first progress line after a file is dropped.
  formatNumber(lang, 0);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp initialLang={lang} />
    </FluentProvider>,
  );
}
