/**
 * `npx tsx tests/engine/structure/address/measureSplitSpeed.ts [N]`: splitAddress and rnvpLines
 * on N addresses (default 1,048,576, Excel's row limit), built from the corpus with varying
 * house numbers so no two consecutive rows are the same string.
 */
import { splitAddress } from "../../../../src/engine/structure/address/splitAddress";
import { rnvpLines } from "../../../../src/engine/structure/address/rnvpLines";
import { FOREIGN_CORPUS, FRENCH_CORPUS } from "./addressCorpus";

const n = Number(process.argv[2] ?? 1_048_576);
const corpus = [...FRENCH_CORPUS, ...FOREIGN_CORPUS].map((c) => c.input);
const inputs = Array.from({ length: n }, (_, i) => `${(i % 997) + 1} ${corpus[i % corpus.length]!}`);

let checksum = 0;
// The machine is shared: report CPU time (user) too, wall time alone overstates under load.
const c0 = process.cpuUsage();
const t0 = performance.now();
const parts = new Array(n);
for (let i = 0; i < n; i++) {
  parts[i] = splitAddress(inputs[i]!).parts;
  checksum += parts[i].postalCode.length;
}
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
for (let i = 0; i < n; i++) checksum += rnvpLines(parts[i]).lines[5].length;
const t2 = performance.now();
console.log(
  `splitAddress: ${n} addresses in ${(t1 - t0).toFixed(0)} ms wall = ${(((t1 - t0) * 1000) / n).toFixed(2)} µs/address; CPU ${(c1.user / 1000).toFixed(0)} ms = ${(c1.user / n).toFixed(2)} µs/address`,
);
console.log(`rnvpLines:    ${n} addresses in ${(t2 - t1).toFixed(0)} ms = ${(((t2 - t1) * 1000) / n).toFixed(2)} µs/address`);
console.log(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (checksum ${checksum})`);
