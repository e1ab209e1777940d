/**
 * Duplicates at scale, each size in its own process so that peak memory is its own:
 *   node --import tsx src/tools/benchDedupe.ts [--sizes 100000,1048576]
 *   node --import tsx src/tools/benchDedupe.ts one FILE     (one measurement, one JSON line)
 * Files are the bench's cached CSVs (src/tools/benchCase.ts generate), made when missing;
 * "-v2" since e-mail addresses are unique per customer, so an older cached file is not reused.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { tableFromSheet } from "../engine/table/tableFromSheet";
import { detectRoles } from "../engine/table/detectRoles";
import { findDuplicates } from "../engine/duplicates/findDuplicates";
import { dedupePlan } from "../engine/duplicates/dedupePlan";

async function one(file: string): Promise<void> {
  const start = performance.now();
  const host = await openWorkbookFile(file);
  const table = tableFromSheet(await host.readSheet(), { lang: "fr" });
  const read = performance.now();
  const detected = detectRoles(table);
  const detect = performance.now();
  const phases: Record<string, number> = {};
  // CPU time per phase too: on a shared machine wall time also counts the other processes' turns.
  const phasesCpu: Record<string, number> = {};
  const cpu = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
  let phaseStart = performance.now();
  let phaseCpu = cpu();
  let phase = "";
  const endPhase = () => {
    if (!phase) return;
    phases[phase] = Math.round(performance.now() - phaseStart);
    phasesCpu[phase] = Math.round(cpu() - phaseCpu);
  };
  const result = findDuplicates(table, detected, {
    onProgress: (p) => {
      if (p.phase === phase) return;
      endPhase();
      phase = p.phase;
      phaseStart = performance.now();
      phaseCpu = cpu();
    },
  });
  endPhase();
  const found = performance.now();
  const plan = dedupePlan(table, result, "fr");
  const end = performance.now();
  process.stdout.write(
    `${JSON.stringify({
      rows: table.rows.length,
      readMs: Math.round(read - start),
      detectMs: Math.round(detect - read),
      dedupeMs: Math.round(found - detect),
      phases,
      phasesCpu,
      planMs: Math.round(end - found),
      clusters: result.clusters.length,
      flags: plan.flags.length,
      pairs: result.stats.compared,
      oversizedBlocks: result.stats.oversizedBlocks,
      // CPU time too: on a shared machine wall time also counts the other processes' turns.
      cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
      peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const [command, arg] = process.argv.slice(2);
if (command === "one") await one(arg!);
else {
  const sizes = (argValue("--sizes") ?? "100000,1048576").split(",").map(Number);
  const dir = join(tmpdir(), "tria-bench");
  mkdirSync(dir, { recursive: true });
  const node = (...args: string[]) =>
    execFileSync(process.execPath, ["--import", "tsx", "--max-old-space-size=8192", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  console.log("job      rows        total ms  dedupe ms  cpu ms    clusters  pairs       peak MB");
  for (const rows of sizes) {
    const file = join(dir, `customers-${rows}-v2.csv`);
    if (!existsSync(file)) node("src/tools/benchCase.ts", "generate", "csv", String(rows), file);
    const r = JSON.parse(node("src/tools/benchDedupe.ts", "one", file)) as Record<string, number>;
    const total = r.readMs! + r.detectMs! + r.dedupeMs! + r.planMs!;
    console.log(
      `dedupe   ${String(rows).padEnd(10)}  ${String(total).padStart(8)}  ${String(r.dedupeMs).padStart(9)}  ${String(r.cpuMs).padStart(8)}  ${String(r.clusters).padStart(8)}  ${String(r.pairs).padStart(10)}  ${String(r.peakMemoryMb).padStart(7)}`,
    );
  }
}
