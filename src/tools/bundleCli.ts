/**
 * `npm run bundle:cli` (run by `npm install` through the prepare script): bundles the CLI
 * into build/cli/tria.mjs with esbuild (a devDependency; tsx uses the same one), so `tria`
 * starts as plain JavaScript instead of transpiling TypeScript at each start (~1.8 s).
 * build/ is ignored by git: the bundle is made on each machine, never committed. When it is
 * missing or older than a source file, src/cli/tria.mjs falls back to tsx (see cliBundle.mjs).
 */
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function bundleCli(): Promise<void> {
  await build({
    entryPoints: [join(root, "src/cli/main.ts")],
    outfile: join(root, "build/cli/tria.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Smaller code parses faster at each start; names are kept for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    sourcemap: "linked",
    logLevel: "warning",
    // Some dependencies are CommonJS and call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire as triaCreateRequire } from "node:module"; const require = triaCreateRequire(import.meta.url);' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleCli();
