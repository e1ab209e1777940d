/**
 * `npm run bench`: generated customer files of 10k, 100k and 1,048,576 rows (Excel's limit),
 * each job measured in a fresh process for time and peak memory (DESIGN.md §6).
 * Then RFM on 1,000,000 order rows (benchScore.ts) and the duplicate finder's accuracy on labelled
 * files (duplicateAccuracy.ts).
 * Options: --sizes 10000,100000 to choose sizes; --jobs inspect,structure,dedupe,score to choose jobs;
 * --xlsx-max N to cap the xlsx sizes
 * (ExcelJS holds a whole workbook in memory; default 1048576).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const argValue = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const sizes = (argValue("--sizes") ?? "10000,100000,1048576").split(",").map(Number);
const xlsxMax = Number(argValue("--xlsx-max") ?? 1_048_576);
const dir = join(tmpdir(), "tria-bench");
mkdirSync(dir, { recursive: true });

function runCase(...args: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", "--max-old-space-size=8192", "src/tools/benchCase.ts", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

const jobs = (argValue("--jobs") ?? "inspect,structure,dedupe,score").split(",");
console.log("job        format  rows        file MB   read ms    job ms  total ms  peak MB");
for (const rows of sizes) {
  for (const format of ["csv", "xlsx"] as const) {
    if (format === "xlsx" && rows > xlsxMax) continue;
    const file = join(dir, `customers-${rows}.${format}`);
    // Files are cached between runs: the generator is seeded, so they are the same each time.
    if (!existsSync(file)) runCase("generate", format, String(rows), file);
    for (const job of jobs) {
      const result = JSON.parse(runCase("job", job, file)) as Record<string, number>;
      const mb = (statSync(file).size / 1e6).toFixed(1);
      console.log(
        [
          job.padEnd(10),
          format.padEnd(6),
          String(rows).padEnd(10),
          mb.padStart(8),
          String(result.readMs).padStart(8),
          String(result.jobMs).padStart(9),
          String(result.totalMs).padStart(9),
          String(result.peakMemoryMb).padStart(8),
        ].join("  "),
      );
    }
  }
}

if (!process.argv.includes("--no-extras")) {
  console.log("\nRFM on order rows (benchScore.ts):");
  process.stdout.write(
    execFileSync(process.execPath, ["--import", "tsx", "--max-old-space-size=8192", "src/tools/benchScore.ts", "--orders", "1000000", "--customers", "0"], { encoding: "utf8" }),
  );
  console.log("\nDuplicate finder accuracy on labelled files (duplicateAccuracy.ts):");
  process.stdout.write(execFileSync(process.execPath, ["--import", "tsx", "src/tools/duplicateAccuracy.ts", "--rows", "5000", "--seeds", "1,2,3"], { encoding: "utf8" }));
  console.log("\nDuplicate finder accuracy on public labelled files (labelledFileAccuracy.ts):");
  const febrl = "tests/data/febrl";
  process.stdout.write(
    execFileSync(process.execPath, ["--import", "tsx", "src/tools/labelledFileAccuracy.ts", `${febrl}/dataset3.csv`, `${febrl}/dataset4a.csv+${febrl}/dataset4b.csv`], { encoding: "utf8" }),
  );
}
