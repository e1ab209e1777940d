/**
 * `npm run bundle:cli` (run by `npm install` through the prepare script): bundles the CLI
 * into build/cli/tria.mjs with esbuild (a devDependency; tsx uses the same one), so `tria`
 * starts as plain JavaScript instead of transpiling TypeScript at each start (~1.8 s).
 * build/ is ignored by git: the bundle is made on each machine, never committed. When it is
 * missing or older than a source file, src/cli/tria.mjs falls back to tsx (see cliBundle.mjs).
 */
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function bundleCli(): Promise<void> {
  // Chunks of an earlier build are never imported again: cleared, so build/ holds one build.
  rmSync(join(root, "build/cli/chunks"), { recursive: true, force: true });
  await build({
    entryPoints: { tria: join(root, "src/cli/main.ts") },
    outdir: join(root, "build/cli"),
    // What a job imports when it needs it (ExcelJS: loadExcelJs.ts) goes to a chunk of its own,
    // read and compiled only then: `tria score orders.csv -o …` never parses ExcelJS's 1.2 MB.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    outExtension: { ".js": ".mjs" },
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
  await writeHelpTexts(join(root, "build/cli/tria.mjs"), join(root, "build/cli/help.json"));
}

/**
 * `tria --help` and `tria COMMAND --help`, printed once by the bundle and kept beside it:
 * src/cli/tria.mjs answers them without loading the bundle (1.5 MB of JavaScript, and ExcelJS's chunk). The texts are
 * bilingual and do not depend on the terminal, so one copy serves every user.
 */
async function writeHelpTexts(bundle: string, target: string): Promise<void> {
  const { main } = (await import(pathToFileURL(bundle).href)) as { main: (argv: readonly string[], io: object) => Promise<number> };
  const helpOf = async (args: readonly string[]): Promise<string> => {
    let text = "";
    const stdout = { write: (chunk: string) => ((text += chunk), true) };
    await main(["node", "tria", ...args, "--help"], { stdout, stderr: stdout, env: {} });
    return text;
  };
  const top = await helpOf([]);
  const commands = [...(top.split(/\nCommands:\n/)[1]?.matchAll(/^ {2}(\w[\w-]*)/gm) ?? [])].map((m) => m[1]!).filter((name) => name !== "help");
  const texts: Record<string, string> = { "": top };
  for (const command of commands) texts[command] = await helpOf([command]);
  await writeFile(target, JSON.stringify(texts));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleCli();
