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
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@fluentui/*", "exceljs", "papaparse", "commander", "node:*", "fs", "path"], message: "The engine is pure TypeScript: no UI, host or Node imports." },
            { group: ["**/hosts/**", "**/app/**", "**/taskpane/**", "**/cli/**", "**/functions/**", "**/commands/**", "**/web/**"], message: "The engine imports nothing of ours outside src/engine." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}", "src/cli/**", "src/tools/**", "tests/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["src/taskpane/**", "src/web/**", "src/commands/**", "src/functions/**", "src/hosts/excel/**"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" } },
  },
);
