// ESLint flat config: typescript-eslint's recommended rules, Microsoft's Office add-in rules
// (load before read, no sync in loops…), and the engine's one-way imports (DESIGN.md §1).
// Prettier rules from the office-addins "recommended" preset are left out on purpose: the
// formatting is ours, and a style-only failure should not turn CI red.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "out/", "coverage/", "tests/e2e/artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Apps Script's global functions: called by name from menus and cells, never from our code.
    files: ["src/sheets/globals.js"],
    languageOptions: { globals: { TriaSheets: "readonly" } },
    rules: { "no-unused-vars": "off", "@typescript-eslint/no-unused-vars": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only where Office.js proxies live: elsewhere (ExcelJS cells) the rules misread plain objects.
    files: ["src/hosts/excel/**", "src/taskpane/**", "src/commands/**", "src/functions/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  // Layers (DESIGN.md §1): imports point one way. Entry points → ui → app → engine; app → the
  // host interface; each host owns its platform (Office.js in hosts/excel, ExcelJS and CSV in
  // hosts/workbook); shared host pieces sit in src/hosts/*.ts. Entry points never import each other.
  ...layerRules(),
  {
    files: ["**/*.{js,mjs,cjs}", "src/cli/**", "src/tools/**", "tests/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["src/taskpane/**", "src/web/**", "src/ui/**", "src/commands/**", "src/functions/**", "src/hosts/excel/**"],
    languageOptions: { globals: globals.browser },
  },
  {
    // Office.js lives in hosts/excel only (the types are global, so say it to the linter).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/excel/**"],
    rules: {
      "no-restricted-globals": ["error", ...["Office", "Excel", "CustomFunctions", "OfficeRuntime"].map((name) => ({ name, message: "Office.js is used in src/hosts/excel only." }))],
    },
  },
  {
    // One vocabulary (issue 17): French or English is chosen by a defineMessages catalog or by
    // engine/i18n/localeFormat.ts (inLang, formatNumber, formatPercent…), never by a
    // comparison with "fr" scattered through the code.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/engine/i18n/localeFormat.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: 'BinaryExpression > Literal[value="fr"]',
          message: 'Say it in a defineMessages catalog, or pick with inLang / formatNumber / formatPercent from engine/i18n/localeFormat.ts, instead of lang === "fr".',
        },
      ],
    },
  },
);

/** no-restricted-imports per layer: what each folder of src/ may not import. */
function layerRules() {
  const entryPoints = ["taskpane", "web", "commands", "functions", "cli", "worker", "sheets"];
  const ours = (...folders) => folders.map((folder) => `**/${folder}/**`);
  const ui = ["react", "react-dom", "react-dom/*", "@fluentui/*"];
  const node = ["node:*", "fs", "path", "os", "child_process", "worker_threads"];
  const files = ["exceljs", "papaparse", "jszip"];
  const rule = (folder, patterns) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  });
  const layers = [
    rule("engine", [
      { group: [...ui, ...files, "commander", ...node], message: "The engine is pure TypeScript: no UI, host or Node imports." },
      { group: ours("hosts", "app", "ui", "tools", ...entryPoints), message: "The engine imports nothing of ours outside src/engine." },
    ]),
    rule("app", [
      { group: [...ui, ...files, "commander"], message: "The app runs jobs: no UI and no platform library (those belong to ui/ and hosts/)." },
      { group: ours("ui", "tools", "excel", "workbook", ...entryPoints), message: "The app knows the Host interface (src/hosts/*.ts), never a host, the UI or an entry point." },
    ]),
    rule("hosts", [
      { group: [...ui, "commander"], message: "A host applies Plans: no UI." },
      { group: ours("app", "ui", "tools", ...entryPoints), message: "A host imports the engine and the host interface only." },
    ]),
    rule("hosts/excel", [
      { group: [...files, ...node], message: "hosts/excel is Office.js only: ExcelJS and CSV belong to hosts/workbook." },
      { group: ours("app", "ui", "tools", "workbook", ...entryPoints), message: "hosts/excel imports the engine and src/hosts/*.ts only (shared pieces go to src/hosts/)." },
    ]),
    rule("hosts/workbook", [
      { group: [...ui, "commander"], message: "A host applies Plans: no UI." },
      { group: ours("app", "ui", "tools", "excel", ...entryPoints), message: "hosts/workbook imports the engine and src/hosts/*.ts only (shared pieces go to src/hosts/)." },
    ]),
    rule("ui", [
      { group: [...files, "commander", ...node], message: "The UI shows jobs; files are read and written by hosts/workbook." },
      { group: ours("tools", "excel", "workbook", ...entryPoints), message: "The UI is shared by the taskpane and the web page: it imports app/, engine/ and src/hosts/*.ts, never a host or an entry point." },
    ]),
  ];
  const entries = entryPoints.map((entry) =>
    rule(entry, [{ group: ours(...entryPoints.filter((other) => other !== entry), "tools"), message: "Entry points never import each other: share through app/, ui/ or hosts/." }]),
  );
  return [...layers, ...entries];
}
