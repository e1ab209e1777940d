/**
 * Builds the Google Sheets add-on into dist/sheets/ (part of `npm run build`): Code.js (the
 * engine, the Sheets host and the add-on bundled as one global script, since Apps Script has no
 * modules, then the global functions it calls by name), Sidebar.html (one file, script inlined:
 * HtmlService serves no other files) and appsscript.json (V8, the two narrowest scopes).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { customFunctionDeclaration, MODEL_FUNCTION_DOCS } from "../sheets/modelFunctionDocs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const out = path.join(root, "dist/sheets");

/** Apps Script's V8 runtime: modern syntax, but keep to what every deployed runtime parses. */
const TARGET = "es2019";

export const MANIFEST = {
  timeZone: "Europe/Paris",
  runtimeVersion: "V8",
  exceptionLogging: "STACKDRIVER",
  dependencies: {},
  // Only this spreadsheet and the add-on's own menu/sidebar: no Drive, no network.
  oauthScopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"],
  addOns: { common: { name: "Tria", logoUrl: "https://localhost/tria-128.png" }, sheets: {} },
};

async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: "iife",
    ...(globalName ? { globalName } : {}),
    target: TARGET,
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    minify: false,
    legalComments: "none",
    logLevel: "warning",
  });
  return result.outputFiles[0]!.text;
}

export async function buildSheets(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const code = await bundle("src/sheets/triaSheets.ts", "TriaSheets");
  const globals = readFileSync(path.join(root, "src/sheets/globals.js"), "utf8");
  const modelFunctions = MODEL_FUNCTION_DOCS.map(customFunctionDeclaration).join("\n");
  writeFileSync(path.join(out, "Code.js"), `${code}\n${globals}\n${modelFunctions}`);
  const sidebar = await bundle("src/sheets/sidebar/sidebar.ts");
  const template = readFileSync(path.join(root, "src/sheets/sidebar/Sidebar.template.html"), "utf8");
  // A function replacement: the bundle may hold "$&" or "$1", which a plain string would expand.
  writeFileSync(
    path.join(out, "Sidebar.html"),
    template.replace("/*SIDEBAR_SCRIPT*/", () => sidebar.replace(/<\/script/gi, "<\\/script")),
  );
  writeFileSync(path.join(out, "appsscript.json"), `${JSON.stringify(MANIFEST, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSheets();
  console.log(`Google Sheets add-on → ${path.relative(root, out)}/ (Code.js, Sidebar.html, appsscript.json)`);
}
