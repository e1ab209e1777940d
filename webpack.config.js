// Builds the Excel add-in (taskpane.html = the shared runtime page, functions.js/json, commands.js)
// and the stand-alone web page (web.html) into dist/. `webpack --mode production` needs no
// certificate and no network; only `webpack serve` asks office-addin-dev-certs for https.
import fs, { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import { EsbuildPlugin } from "esbuild-loader";

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const WEB_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'none'";
const FRENCH_FUNCTIONS = path.join(root, "src/functions/functions.fr.json");

/** Every file the manifest points at (https://localhost:3000/<name>); tests/manifest checks them. */
export const BUILD_OUTPUTS = [
  "taskpane.html",
  "taskpane.js",
  "commands.js",
  "functions.js",
  "functions.json",
  "functions.fr.json",
  "web.html",
  "web.js",
  "manifest.xml",
];

/**
 * Writes functions.fr.json: the generated (English) metadata with the French names and
 * descriptions of src/functions/functions.fr.json, so French Excel shows French help
 * (custom functions are localised per metadata file, selected by the manifest's bt:Override).
 */
export function frenchMetadata(englishJson, translations) {
  const metadata = JSON.parse(englishJson);
  for (const fn of metadata.functions) {
    const fr = translations[fn.id];
    if (!fr) throw new Error(`functions.fr.json has no French text for custom function ${fn.id}`);
    fn.name = fr.name;
    fn.description = fr.description;
    for (const param of fn.parameters ?? []) {
      const text = fr.parameters?.[param.name];
      if (!text) throw new Error(`functions.fr.json has no French text for ${fn.id}(${param.name})`);
      param.description = text;
    }
  }
  return JSON.stringify(metadata, null, 2);
}

class FrenchFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FrenchFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FrenchFunctionsMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return; // the metadata plugin already reported why
          const translations = JSON.parse(readFileSync(FRENCH_FUNCTIONS, "utf8"));
          const french = frenchMetadata(english.source.source().toString(), translations);
          compilation.emitAsset("functions.fr.json", new webpack.sources.RawSource(french));
        },
      );
      compilation.fileDependencies.add(FRENCH_FUNCTIONS);
    });
  }
}

async function devServer() {
  return {
    port: DEV_PORT,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: await httpsOptions() },
    static: { directory: path.join(root, "dist") },
  };
}

/**
 * The localhost certificate Office trusts. office-addin-dev-certs makes it and installs its CA
 * (Windows and macOS ask once); where it cannot install the CA (Linux without sudo, a CI box)
 * we still serve with the certificate it generated, and say how to trust it by hand.
 */
async function httpsOptions() {
  // Imported lazily: only `webpack serve` needs certificates, never a build.
  const devCerts = await import("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const [cert, key, ca] = ["localhost.crt", "localhost.key", "ca.crt"].map((name) => path.join(dir, name));
    if (!fs.existsSync(cert) || !fs.existsSync(key)) throw error;
    console.warn(`\n[tria] Could not install the development CA (${error.message.split("\n")[0]}).\n[tria] Serving with ${cert}; trust ${ca} in your browser or system to load the add-in.\n`);
    return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(ca) };
  }
}

export default async function config(env = {}, argv = {}) {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      // The shared runtime page: one bundle with the commands, the custom functions and the pane,
      // so ribbon buttons, functions and taskpane share one JavaScript context (and one Excel
      // session) while none of these entry points imports another.
      taskpane: ["./src/commands/commands.ts", FUNCTIONS_SOURCE, "./src/taskpane/index.tsx"],
      commands: "./src/commands/commands.ts",
      functions: FUNCTIONS_SOURCE,
      web: "./src/web/index.tsx",
    },
    output: { path: path.join(root, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      // One bundle per entry point, as before: a dynamic import (loadExcelJs) only delays evaluating a module.
      parser: { javascript: { dynamicImportMode: "eager" } },
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } },
      ],
    },
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2020" })] },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new FrenchFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({
        filename: "web.html",
        template: "./src/web/web.html",
        chunks: ["web"],
        // Privacy (DESIGN.md §8): the built page may load only its own files and talk to nobody.
        // Production only: the dev server's live-reload socket needs connect-src.
        meta: production ? { csp: { "http-equiv": "Content-Security-Policy", content: WEB_CSP } } : {},
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: serving ? await devServer() : undefined,
  };
}
