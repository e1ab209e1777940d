/**
 * Precision, recall and F1 of the duplicate finder on seeded labelled customer files (true
 * clusters known). `npm run bench` calls it; tests assert a floor with pairAccuracy().
 *   node --import tsx src/tools/duplicateAccuracy.ts [--rows 5000] [--seeds 1,2,3] [--layouts single,split,plain]
 * "plain" is the bench's own generated file (see LabelledOptions): at 1,048,576 rows it says
 * whether the clusters found there are real duplicates or namesakes joined by mistake.
 */
import { pathToFileURL } from "node:url";
import { detectRoles } from "../engine/table/detectRoles";
import { tableFromSheet } from "../engine/table/tableFromSheet";
import { findDuplicates, type DuplicateOptions } from "../engine/duplicates/findDuplicates";
import { generateLabelledCustomers, type LabelledCustomers, type LabelledOptions } from "./samples/labelledCustomers";

export interface PairAccuracy {
  readonly truePairs: number;
  readonly foundPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** All pairs inside each group, as "i:j" with i < j (sheet-independent row indexes). */
export function pairsOf(groups: Iterable<readonly number[]>): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const sorted = [...group].sort((a, b) => a - b);
    for (let a = 0; a < sorted.length; a++) for (let b = a + 1; b < sorted.length; b++) pairs.add(`${sorted[a]}:${sorted[b]}`);
  }
  return pairs;
}

/** True clusters of a labelled file, as data-row indexes (0 = first data row). */
export function trueClusters(file: LabelledCustomers): number[][] {
  const groups = new Map<number, number[]>();
  for (const [dup, original] of file.duplicateOf) {
    const group = groups.get(original - 1) ?? [original - 1];
    group.push(dup - 1);
    groups.set(original - 1, group);
  }
  return [...groups.values()];
}

export function pairAccuracy(truth: Set<string>, found: Set<string>): PairAccuracy {
  let correct = 0;
  for (const pair of found) if (truth.has(pair)) correct++;
  const precision = found.size === 0 ? 1 : correct / found.size;
  const recall = truth.size === 0 ? 1 : correct / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs: truth.size, foundPairs: found.size, correctPairs: correct, precision, recall, f1 };
}

/** Run the finder on one labelled file and score its pairs against the truth (and count the clusters of both). */
export function measureDuplicateAccuracy(
  file: LabelledCustomers,
  options: DuplicateOptions = {},
): PairAccuracy & { trueClusters: number; foundClusters: number } {
  const table = tableFromSheet({ name: "Clients", rows: file.rows }, { headerRow: 1 });
  const result = findDuplicates(table, detectRoles(table), options);
  const truth = trueClusters(file);
  return { ...pairAccuracy(pairsOf(truth), pairsOf(result.clusters.map((c) => c.members))), trueClusters: truth.length, foundClusters: result.clusters.length };
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = Number(argValue("--rows") ?? 5000);
  const seeds = (argValue("--seeds") ?? "1,2,3").split(",").map(Number);
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  console.log("duplicates  layout    rows   seed  true pairs  found  precision  recall  F1       clusters (true / found)");
  const layouts = (argValue("--layouts") ?? "single,split").split(",") as LabelledOptions["layout"][];
  for (const layout of layouts) {
    for (const seed of seeds) {
      const a = measureDuplicateAccuracy(generateLabelledCustomers(rows, seed, { layout }));
      console.log(
        `duplicates  ${layout.padEnd(8)}  ${String(rows).padStart(5)}  ${String(seed).padStart(4)}  ${String(a.truePairs).padStart(10)}  ${String(a.foundPairs).padStart(5)}  ${pct(a.precision).padStart(9)}  ${pct(a.recall).padStart(6)}  ${pct(a.f1).padEnd(7)}  ${a.trueClusters} / ${a.foundClusters}`,
      );
    }
  }
}
