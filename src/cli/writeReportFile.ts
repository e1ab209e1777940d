import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";

/** Bytes gathered before each write: big enough for few system calls, small beside the report. */
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
  // Texts encoded as they come into a chunk of bytes, written when full: no list of pieces to
  // join into one string and encode again (a third of the writing time on a million orders).
  let chunk = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const flush = (): boolean => {
    if (used === 0) return false;
    const full = !out.write(chunk.subarray(0, used));
    chunk = Buffer.allocUnsafe(CHUNK);
    used = 0;
    return full;
  };
  // True when the stream's buffer is full: the caller awaits "drain" then. Not an async function:
  // an await per entry (a million flags) cost a promise and a turn of the event loop each.
  const push = (text: string): boolean => {
    // At most three bytes a UTF-16 unit: a text that may not fit goes after what is waiting.
    if (used + text.length * 3 <= CHUNK) {
      used += chunk.write(text, used);
      return false;
    }
    const full = flush();
    if (text.length * 3 > CHUNK) return !out.write(text) || full;
    used = chunk.write(text);
    return full;
  };
  const drain = () => once(out, "drain");
  await writeObject(report, "", push, drain);
  push("\n");
  flush();
  out.end();
  await once(out, "finish");
}

/** Lists at least this long inside an object (predictions.customers) are written entry by entry too. */
const LONG_LIST = 1_000;

/** An object's keys one per line; a list one entry per line; a nested object holding a long list, the same way, deeper. */
async function writeObject(object: object, indent: string, push: (text: string) => boolean, drain: () => Promise<unknown>): Promise<void> {
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  if (push("{\n")) await drain();
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]!;
    if (push(`${indent}  ${JSON.stringify(key)}: `)) await drain();
    if (Array.isArray(value) && value.length > 0 && (indent === "" || value.length >= LONG_LIST)) {
      if (push("[\n")) await drain();
      for (let i = 0; i < value.length; i++) if (push(`${indent}    ${JSON.stringify(value[i]) ?? "null"}${i < value.length - 1 ? "," : ""}\n`)) await drain();
      if (push(`${indent}  ]`)) await drain();
    } else if (indent === "" && isPlainObject(value) && Object.values(value).some((v) => Array.isArray(v) && v.length >= LONG_LIST)) {
      await writeObject(value, `${indent}  `, push, drain);
    } else if (push(JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}  `))) await drain();
    if (push(k < entries.length - 1 ? ",\n" : "\n")) await drain();
  }
  if (push(`${indent}}`)) await drain();
}

function isPlainObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
