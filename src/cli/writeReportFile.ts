import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";

/** Text gathered before each write: big enough for few system calls, small beside the report. */
const CHUNK = 1 << 20;

/**
 * Write a JSON report as a stream: the top level indented as before, each entry of a list
 * (scores, flags, splits…) on one line of its own. A million-order report is never one string
 * of hundreds of MB (JSON.stringify with indentation was seconds and as much memory again),
 * and the file stays readable line by line (`grep '"row":5,'`).
 */
export async function writeReportFile(path: string, report: object): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let pending = "";
  const push = async (text: string) => {
    pending += text;
    if (pending.length < CHUNK) return;
    const full = !out.write(pending);
    pending = "";
    if (full) await once(out, "drain");
  };
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  await push("{\n");
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]!;
    await push(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(value) && value.length > 0) {
      await push("[\n");
      for (let i = 0; i < value.length; i++) await push(`    ${JSON.stringify(value[i]) ?? "null"}${i < value.length - 1 ? "," : ""}\n`);
      await push("  ]");
    } else {
      await push(JSON.stringify(value, null, 2).replace(/\n/g, "\n  "));
    }
    await push(k < entries.length - 1 ? ",\n" : "\n");
  }
  await push("}\n");
  out.end(pending);
  await once(out, "finish");
}
