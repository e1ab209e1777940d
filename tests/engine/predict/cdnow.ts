import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** CDNOW_sample (../shared/data/cdnow): calibration to 1997-09-30, time in weeks, same-day purchases once. */
export interface CdnowCustomers {
  readonly x: number[];
  readonly tx: number[];
  readonly T: number[];
  /** Repeat purchases and their mean value (same-day purchases summed), for Gamma-Gamma. */
  readonly meanRepeatValue: number[];
  readonly holdoutPurchases: number[];
  readonly firstDay: number[];
  readonly days: number[][];
}

/** shared/ sits beside the repository (../shared) or beside the worktrees' parent: look upwards. */
function findShared(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "shared/data/cdnow/CDNOW_sample.txt");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
export const CDNOW_FILE = findShared();
const day = (yyyymmdd: string) => Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))) / 86_400_000;
export const CDNOW_CALIBRATION_END = day("19970930");

export function cdnowCustomers(): CdnowCustomers {
  const byCustomer = new Map<string, Map<number, number>>();
  for (const line of readFileSync(CDNOW_FILE ?? "", "utf8").split("\n")) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 5) continue;
    const [id, , date, , value] = parts as [string, string, string, string, string];
    const days = byCustomer.get(id) ?? new Map<number, number>();
    byCustomer.set(id, days);
    const d = day(date);
    days.set(d, (days.get(d) ?? 0) + Number(value));
  }
  const result: CdnowCustomers = { x: [], tx: [], T: [], meanRepeatValue: [], holdoutPurchases: [], firstDay: [], days: [] };
  for (const days of byCustomer.values()) {
    const sorted = [...days.keys()].sort((a, b) => a - b);
    const first = sorted[0]!;
    const calibration = sorted.filter((d) => d <= CDNOW_CALIBRATION_END);
    const repeats = calibration.slice(1);
    result.x.push(repeats.length);
    result.tx.push((calibration[calibration.length - 1]! - first) / 7);
    result.T.push((CDNOW_CALIBRATION_END - first) / 7);
    result.meanRepeatValue.push(repeats.length ? repeats.reduce((s, d) => s + days.get(d)!, 0) / repeats.length : 0);
    result.holdoutPurchases.push(sorted.length - calibration.length);
    result.firstDay.push(first);
    result.days.push(sorted);
  }
  return result;
}
