/**
 * The development page's script: the in-memory Office.js first, then the real taskpane entry
 * (src/taskpane/index.tsx), unchanged. The sheet comes from window.__triaDevSheet (written by
 * buildTaskpaneDev.ts from samples/clients-demo.xlsx); ?lang=en opens it as English Office.
 */
import { installOfficeStub, type DevSheet } from "./officeStub";

declare global {
  interface Window {
    __triaDevSheet?: DevSheet;
    __triaDev?: ReturnType<typeof installOfficeStub>;
  }
}

const sheet: DevSheet = window.__triaDevSheet ?? {
  name: "Clients",
  rows: [
    ["Nom", "E-mail"],
    ["Ana Martin", "ana@exemple.fr"],
  ],
};
const lang = new URLSearchParams(window.location.search).get("lang") === "en" ? "en-GB" : "fr-FR";
window.__triaDev = installOfficeStub(sheet, lang);
