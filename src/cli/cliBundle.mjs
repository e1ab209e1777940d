// Where the bundled CLI lives and whether it can be trusted: it must exist and be newer than
// every source file under src/ (a developer who edits a .ts file gets tsx until the next
// `npm run bundle:cli`, never a stale bundle). Plain JavaScript: it runs before any transpiler.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const BUNDLE = fileURLToPath(new URL("../../build/cli/tria.mjs", import.meta.url));
/** The help texts the bundle printed when it was built (src/tools/bundleCli.ts). */
export const HELP_TEXTS = fileURLToPath(new URL("../../build/cli/help.json", import.meta.url));
const SOURCES = fileURLToPath(new URL("../", import.meta.url));
const SOURCE_FILE = /\.(ts|tsx|mts|json)$/;

export function bundleIsFresh() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    return false;
  }
  for (const entry of readdirSync(SOURCES, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !SOURCE_FILE.test(entry.name)) continue;
    const path = `${entry.parentPath ?? entry.path}/${entry.name}`;
    if (statSync(path).mtimeMs > built) return false;
  }
  return true;
}
