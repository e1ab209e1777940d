#!/usr/bin/env node
// The `tria` command. `npm install` bundles the CLI to plain JavaScript (build/cli/tria.mjs,
// src/tools/bundleCli.ts), so it starts in a fraction of a second. Without a fresh bundle
// (a source edited since, or no install step) the TypeScript runs through tsx, as before.
import { readFileSync } from "node:fs";
import { BUNDLE, bundleIsFresh } from "./cliBundle.mjs";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // Answered before loading the CLI (2.7 MB of JavaScript to compile): scripts call it often.
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version}\n`);
} else {
  const { main } = bundleIsFresh() ? await import(BUNDLE) : await (await import("tsx/esm/api")).tsImport("./main.ts", import.meta.url);
  process.exitCode = await main(process.argv);
}
