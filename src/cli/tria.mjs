#!/usr/bin/env node
// The `tria` command. `npm install` bundles the CLI to plain JavaScript (build/cli/tria.mjs,
// src/tools/bundleCli.ts), so it starts in a fraction of a second. Without a fresh bundle
// (a source edited since, or no install step) the TypeScript runs through tsx, as before.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { BUNDLE, HELP_TEXTS, bundleIsFresh } from "./cliBundle.mjs";
import { nodeFlags, relaunch, runtimeFlags } from "./nodeFlags.mjs";

const args = process.argv.slice(2);
const help = helpText(args);
const flags = nodeFlags(args, process.execArgv, process.env.NODE_OPTIONS);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // Answered before loading the CLI (1.5 MB of JavaScript to compile, ExcelJS apart): scripts call it often.
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version}\n`);
} else if (help !== null) {
  process.stdout.write(help);
} else if (flags.relaunch.length > 0) {
  // structure, dedupe, run: run again in a Node started with a bigger heap (and young generation, nodeFlags.mjs);
  // here, with what V8 still takes, if no second process can be started.
  process.exitCode = await relaunch(flags.relaunch, fileURLToPath(import.meta.url), args).catch(() => runHere(runtimeFlags(flags.relaunch)));
} else {
  process.exitCode = await runHere(flags.now);
}

async function runHere(v8Flags) {
  for (const flag of v8Flags) setFlagsFromString(flag);
  const { main } = bundleIsFresh() ? await import(BUNDLE) : await (await import("tsx/esm/api")).tsImport("./main.ts", import.meta.url);
  return main(process.argv);
}

/** `tria --help` / `tria CMD --help` as the bundle printed them when it was built (build/cli/help.json), or null. */
function helpText(args) {
  const last = args[args.length - 1];
  if (args.length === 0 || args.length > 2 || (last !== "--help" && last !== "-h")) return null;
  try {
    const texts = JSON.parse(readFileSync(HELP_TEXTS, "utf8"));
    const text = texts[args.length === 2 ? args[0] : ""];
    return typeof text === "string" && bundleIsFresh() ? text : null;
  } catch {
    return null;
  }
}
