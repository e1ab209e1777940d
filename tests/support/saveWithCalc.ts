import { execFileSync } from "node:child_process";
import { basename, join } from "node:path";

/**
 * Saves `file` again as .xlsx with LibreOffice Calc (headless, a profile of its own under
 * `workDir` so runs in parallel don't share one) into `outDir`; returns the saved file's path.
 */
export function saveWithCalc(file: string, outDir: string, workDir: string, timeout = 240_000): string {
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${workDir}/profile`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, file],
    { stdio: "pipe", timeout },
  );
  return join(outDir, basename(file).replace(/\.[^.]+$/, ".xlsx"));
}

/** saveWithCalc for many files in one LibreOffice start (~5 s each start saved); returns the saved paths in order. */
export function saveAllWithCalc(files: readonly string[], outDir: string, workDir: string, timeout = 240_000): string[] {
  execFileSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${workDir}/profile`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ...files],
    { stdio: "pipe", timeout },
  );
  return files.map((file) => join(outDir, basename(file).replace(/\.[^.]+$/, ".xlsx")));
}
