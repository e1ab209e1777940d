/**
 * `npm run bundle:cli` (run by `npm install` through the prepare script): bundles the CLI
 * into build/cli/tria.mjs with esbuild (a devDependency; tsx uses the same one), so `tria`
 * starts as plain JavaScript instead of transpiling TypeScript at each start (~1.8 s).
 * build/ is ignored by git: the bundle is made on each machine, never committed. When it is
 * missing or older than a source file, src/cli/tria.mjs falls back to tsx (see cliBundle.mjs).
 */
import { build } from "esbuild";
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
  await writeHelpTexts(join(root, "build/cli/tria.mjs"), join(root, "build/cli/help.json"));
}

/**
 * `tria --help` and `tria COMMAND --help`, printed once by the bundle and kept beside it:
 * src/cli/tria.mjs answers them without loading 2.8 MB of JavaScript. The texts are
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
