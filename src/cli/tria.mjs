#!/usr/bin/env node
// The `tria` command. The CLI is TypeScript run through tsx, so `npx tria …` works straight
// after `npm install`, with no build step; the engine code is the same the add-in bundles.
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("./main.ts", import.meta.url);
process.exitCode = await main(process.argv);
