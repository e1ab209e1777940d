/**
 * `npm run bench`: the commands a user types, each timed whole in a fresh process (start to
 * exit, peak memory), on generated files with varied values (DESIGN.md §6):
 *   tria --version; tria structure on 10k / 100k / 1,048,576 customer rows, report only and
 *   writing the workbook, and tria dedupe on them (report only); the same rows as .xlsx written
 *   back (structure, and segment for the workbook path alone); tria score on a 1,000,000-row French orders CSV (with the pandas
 *   recipe on the same file when Debian's python3-pandas is installed) and on CDNOW ×10;
 *   tria predict on the same orders (BG/NBD, Pareto/NBD, Gamma-Gamma, both sheets written);
 *   the Excel host on the fake Excel (benchExcel.ts), at the customer sizes up to 100,000: the
 *   varied rows read through createExcelHost, Structure's Plan applied, then undone, with per
 *   phase the syncs, the requests, their bytes (largest, mean) and the largest answer. At
 *   100,000 rows (11 columns; the Plan adds 35 and flags 48,497 cells): read 57 syncs,
 *   apply 154 (requests 2.75 MB at most, 0.39 MB mean), undo 138 (3.12 / 2.09 MB); answers
 *   3.12 MB at most (Excel on the web refuses 5 MB). At 10,000 rows: 7, 35 and 17 syncs.
 * Options: --sizes 10000,100000 (customer sizes), --only structure,score,start,excel (groups),
 * --timeout SECONDS (per command, default 300), --dir DIR (files, default out/bench),
 * --extras (also the engine-only score and predict benches and the duplicate accuracy).
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { CUSTOMER_SIZES, ORDER_ROWS, writeBenchFiles } from "./bench/benchFiles";
import { measureProcess, type ProcessFigures } from "./bench/measureProcess";
import { pandasPython } from "./bench/pandasPython";
import { bundleCli } from "./bundleCli";
// @ts-expect-error: plain JavaScript module without types (it runs before any transpiler)
import { bundleIsFresh } from "../cli/cliBundle.mjs";

const argValue = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const sizes = (argValue("--sizes") ?? CUSTOMER_SIZES.join(",")).split(",").map(Number);
const only = new Set((argValue("--only") ?? "start,score,structure,excel").split(","));
const timeoutMs = Number(argValue("--timeout") ?? 300) * 1000;
const dir = argValue("--dir") ?? join("out", "bench");
const TRIA = join("src", "cli", "tria.mjs");

await writeBenchFiles(dir);
// What users run is the bundle (`npm install` makes it): a source edited since would send every
// command through tsx (~2 s more at each start, `tria --help` included), so bundle it first.
if (!(bundleIsFresh as () => boolean)()) await bundleCli();
console.log(`${"command".padEnd(62)} ${"file MB".padStart(7)} ${"wall s".padStart(7)} ${"cpu s".padStart(6)} ${"peak MB".padStart(7)}`);

async function tria(label: string, file: string | null, args: readonly string[]): Promise<ProcessFigures> {
  // No Node flags: src/cli/tria.mjs starts the job with its own (src/cli/nodeFlags.mjs), as users run it.
  return run(label, file, process.execPath, [TRIA, ...args]);
}

async function run(label: string, file: string | null, command: string, args: readonly string[]): Promise<ProcessFigures & { stdout: string }> {
  const figures = await measureProcess(command, args, { timeoutMs });
  const mb = file ? (statSync(file).size / 1e6).toFixed(1) : "";
  const seconds = (ms: number | null) => (ms === null ? "" : (ms / 1000).toFixed(2));
  const failed = figures.exitCode === 0 ? "" : `  FAILED (${figures.exitCode}): ${figures.error.slice(0, 120)}`;
  console.log(
    `${label.padEnd(62)} ${mb.padStart(7)} ${seconds(figures.wallMs).padStart(7)} ${seconds(figures.cpuMs).padStart(6)} ${String(figures.peakMb ?? "?").padStart(7)}${failed}`,
  );
  return figures;
}

const out = (name: string) => join(dir, "results", name);

if (only.has("start")) {
  // Node itself, for scale: on a busy machine every wall time grows, this one too.
  await run("node -e 0 (Node's own start, for scale)", null, process.execPath, ["-e", "0"]);
  await tria("tria --version", null, ["--version"]);
  await tria("tria --help", null, ["--help"]);
}

if (only.has("score")) {
  const orders = join(dir, `orders-${ORDER_ROWS}.csv`);
  const scored = await tria(`tria score orders-1M.csv --report (1M orders)`, orders, ["score", orders, "--report", out("orders.score.json")]);
  // Streamed (predictCsv.ts): one row per customer kept, the workbook holds the job's sheets only.
  await tria(`tria predict orders-1M.csv --report (1M orders)`, orders, ["predict", orders, "--report", out("orders.predict.json")]);
  await tria(`tria predict orders-1M.csv -o … --report (1M orders)`, orders, [
    "predict",
    orders,
    "-o",
    out("orders.predict.xlsx"),
    "--report",
    out("orders.predict.json"),
  ]);
  const python = pandasPython();
  if (python) {
    const pandas = await run("pandas read_csv + groupby + qcut (same file)", orders, python, [join("src", "tools", "bench", "pandasRfm.py"), orders]);
    if (scored.exitCode === 0 && pandas.exitCode === 0)
      console.log(`  tria / pandas: wall ×${(scored.wallMs / pandas.wallMs).toFixed(2)}, cpu ×${((scored.cpuMs ?? 0) / (pandas.cpuMs ?? 1)).toFixed(2)}`);
  } else console.log("  (pandas recipe skipped: python3-pandas is not installed; apt-get install -y python3-pandas)");
  const cdnow = join(dir, "cdnow-x10.csv");
  if (existsSync(cdnow))
    await tria("tria score cdnow-x10.csv -o … --report (69,190 orders)", cdnow, [
      "score",
      cdnow,
      "-o",
      out("cdnow.tria.xlsx"),
      "--report",
      out("cdnow.score.json"),
    ]);
}

if (only.has("structure")) {
  for (const rows of sizes) {
    const csv = join(dir, `customers-varied-${rows}.csv`);
    await tria(`tria structure varied-${rows}.csv --report`, csv, ["structure", csv, "--report", out(`varied-${rows}.structure.json`)]);
    await tria(`tria structure varied-${rows}.csv -o … --report`, csv, [
      "structure",
      csv,
      "-o",
      out(`varied-${rows}.tria.xlsx`),
      "--report",
      out(`varied-${rows}.structure.json`),
    ]);
    await tria(`tria dedupe varied-${rows}.csv --report`, csv, ["dedupe", csv, "--report", out(`varied-${rows}.dedupe.json`)]);
    // The workbook of the same rows (1,048,575 at the largest: a full sheet), written back streamed.
    const xlsx = join(dir, `customers-varied-${rows}.xlsx`);
    await tria(`tria structure varied-${rows}.xlsx -o … --report`, xlsx, [
      "structure",
      xlsx,
      "-o",
      out(`varied-${rows}.xlsx.tria.xlsx`),
      "--report",
      out(`varied-${rows}.xlsx.structure.json`),
    ]);
    // The workbook path alone (read, one yes/no column, write), without Structure's own cost.
    await tria(`tria segment varied-${rows}.xlsx --where … -o …`, xlsx, [
      "segment",
      xlsx,
      "--where",
      "Panier moyen >= 100",
      "--name",
      "Panier100",
      "-o",
      out(`varied-${rows}.xlsx.segment.xlsx`),
    ]);
  }
  const own = join(dir, `customers-${CUSTOMER_SIZES[2]}-v2.csv`);
  if (sizes.includes(CUSTOMER_SIZES[2]))
    await tria(`tria structure customers-1048576.csv --report (generator's own)`, own, ["structure", own, "--report", out("own-1048576.structure.json")]);
}

if (only.has("excel")) {
  // The fake holds every cell as an object: past 100,000 rows it measures the fake, not the host
  // (tests/hosts/excel/excelScaleMillion.test.ts counts 1,048,576 rows' requests without the cells).
  for (const rows of sizes.filter((size) => size <= 100_000)) {
    const figures = await run(`Excel host (fake): read, structure, apply, undo ${rows} rows`, null, process.execPath, [
      "--import",
      "tsx",
      join("src", "tools", "benchExcel.ts"),
      String(rows),
    ]);
    process.stdout.write(figures.stdout);
  }
}

if (process.argv.includes("--extras")) {
  console.log("\nEngine only: RFM on order rows held in memory (benchScore.ts):");
  process.stdout.write(
    execFileSync(process.execPath, ["--import", "tsx", "--max-old-space-size=8192", "src/tools/benchScore.ts", "--orders", "1000000", "--customers", "0"], {
      encoding: "utf8",
    }),
  );
  console.log("\nEngine only: predictions on 1,000,000 orders held in memory (benchPredict.ts):");
  process.stdout.write(
    execFileSync(process.execPath, ["--import", "tsx", "--max-old-space-size=8192", "src/tools/benchPredict.ts", "--orders", "1000000"], { encoding: "utf8" }),
  );
  console.log("\nDuplicate finder accuracy on labelled files (duplicateAccuracy.ts):");
  process.stdout.write(
    execFileSync(process.execPath, ["--import", "tsx", "src/tools/duplicateAccuracy.ts", "--rows", "5000", "--seeds", "1,2,3"], { encoding: "utf8" }),
  );
  console.log("\nDuplicate finder accuracy on public labelled files (labelledFileAccuracy.ts):");
  const febrl = "tests/data/febrl";
  process.stdout.write(
    execFileSync(
      process.execPath,
      ["--import", "tsx", "src/tools/labelledFileAccuracy.ts", `${febrl}/dataset3.csv`, `${febrl}/dataset4a.csv+${febrl}/dataset4b.csv`],
      { encoding: "utf8" },
    ),
  );
}
