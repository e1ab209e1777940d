import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitModel } from "../../../src/engine/duplicates/model/fitModel";
import { genericLevels } from "../../../src/engine/duplicates/model/fieldLevels";
import { compactDate } from "../../../src/engine/duplicates/dateOfCell";
import { adjacentSwap } from "../../../src/engine/duplicates/compare/genericColumns";
import { dateLevel } from "../../../src/engine/duplicates/compare/dateLevel";
import { findDuplicates } from "../../../src/engine/duplicates/findDuplicates";
import { dedupePlan } from "../../../src/engine/duplicates/dedupePlan";
import { detectRoles } from "../../../src/engine/table/detectRoles";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import type { CellValue } from "../../../src/engine/table/cellValue";

/** A level drawn from `probabilities` by a uniform number in [0, 1). */
function draw(probabilities: readonly number[], x: number): number {
  let sum = 0;
  for (let l = 0; l < probabilities.length; l++) {
    sum += probabilities[l]!;
    if (x < sum) return l;
  }
  return probabilities.length - 1;
}

/** A deterministic number in [0, 1) for a pair and a slot. */
function unit(i: number, j: number, s: number): number {
  let h = Math.imul(i + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(j + 0x27d4eb2f, 0xc2b2ae35) ^ Math.imul(s + 1, 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4_294_967_296;
}

describe("Fellegi-Sunter learnt by EM", () => {
  it("recovers the m-probabilities and the share of matches of a file whose truth is known", () => {
    const slots = [genericLevels("text"), genericLevels("digits"), genericLevels("date")];
    const mTrue = [
      [0.8, 0.1, 0.05, 0.05],
      [0.7, 0.1, 0.1, 0.1],
      [0.9, 0.03, 0.04, 0.03],
    ];
    const uRandom = [
      [0.01, 0.01, 0.02, 0.96],
      [0.001, 0.001, 0.01, 0.988],
      [0.001, 0.0005, 0.02, 0.9785],
    ];
    // Candidates: blocking kept rows that share a lot more than random pairs do.
    const uCandidates = [
      [0.05, 0.05, 0.1, 0.8],
      [0.001, 0.001, 0.01, 0.988],
      [0.001, 0.0005, 0.02, 0.9785],
    ];
    const rows = 20_000;
    const isMatch = (i: number, j: number) => j === i + 1 && i % 2 === 0 && i % 10 < 6;
    const candidates: number[] = [];
    for (let i = 0; i + 1 < rows; i += 2) candidates.push(i * rows + i + 1);
    for (let i = 0; i + 7 < rows; i += 3) candidates.push(i * rows + i + 7);
    candidates.sort((a, b) => a - b);
    const isCandidate = new Set(candidates);
    const model = fitModel(
      slots,
      rows,
      Float64Array.from(candidates),
      (i, j, out) => {
        const a = Math.min(i, j);
        const b = Math.max(i, j);
        const table = isMatch(a, b) ? mTrue : isCandidate.has(a * rows + b) ? uCandidates : uRandom;
        for (let s = 0; s < slots.length; s++) out[s] = draw(table[s]!, unit(a, b, s));
      },
      { lambda0: 0.01 },
    );
    const matches = candidates.filter((pair) => isMatch(Math.floor(pair / rows), pair % rows)).length;
    expect(model.lambda).toBeCloseTo(matches / candidates.length, 1);
    for (let s = 0; s < slots.length; s++) expect(model.m[s]![0]!).toBeCloseTo(mTrue[s]![0]!, 1);
    // The weight of agreeing is log2(m/u): strongly positive; of disagreeing, negative.
    for (let s = 0; s < slots.length; s++) {
      expect(model.weights[s]![0]!).toBeGreaterThan(2);
      expect(model.weights[s]![3]!).toBeLessThan(0);
    }
  });
});

describe("comparison helpers", () => {
  it("reads yyyymmdd dates, and only real ones", () => {
    expect(compactDate("19560409")).toBe(Date.UTC(1956, 3, 9));
    expect(compactDate(" 19560409 ")).toBe(Date.UTC(1956, 3, 9));
    expect(compactDate(20000229)).toBe(Date.UTC(2000, 1, 29));
    expect(compactDate("19000229")).toBeNull();
    expect(compactDate("12345678")).toBeNull();
    expect(compactDate("1956049")).toBeNull();
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (date) => {
        const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
        const text = `${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, "0")}${String(date.getUTCDate()).padStart(2, "0")}`;
        expect(compactDate(text)).toBe(day);
        expect(compactDate(Number(text))).toBe(day);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const time = compactDate(text);
        expect(time === null || Number.isFinite(time)).toBe(true);
      }),
    );
  });

  it("sees two swapped digits and a swapped day and month", () => {
    expect(adjacentSwap("1804974", "1809474")).toBe(true);
    expect(adjacentSwap("1804974", "1804974")).toBe(false);
    expect(adjacentSwap("1804974", "1804947")).toBe(true);
    expect(adjacentSwap("1804974", "8104974")).toBe(true);
    expect(adjacentSwap("1804974", "1894074")).toBe(false);
    const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
    expect(dateLevel(day(1980, 3, 12), day(1980, 3, 12))).toBe(0);
    expect(dateLevel(day(1980, 3, 12), day(1980, 12, 3))).toBe(1);
    expect(dateLevel(day(1980, 3, 12), day(1981, 3, 12))).toBe(2);
    expect(dateLevel(day(1980, 3, 12), day(1975, 7, 1))).toBe(3);
  });
});

describe("why two rows are one: weights per field", () => {
  const rows: CellValue[][] = [["given_name", "surname", "street_number", "address_1", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id"]];
  const towns = ["bondi", "manly", "coogee", "ryde", "parramatta", "penrith"];
  for (let i = 0; i < 300; i++) {
    rows.push([
      `given${i % 97}a`,
      `surname${i}x`,
      String(1 + (i % 60)),
      `${["pine", "oak", "gum", "wattle"][i % 4]} street ${i}`,
      towns[i % 6]!,
      String(2000 + (i % 80)),
      ["nsw", "vic"][i % 2]!,
      `19${String(40 + (i % 50))}0${1 + (i % 9)}1${i % 10}`,
      String(1_000_000 + i * 7919),
    ]);
  }
  rows.push(["given5a", "surnam5x", "6", "gum street 5", "manly", "2005", "vic", "19450615", "1039595"]);

  it("finds an altered copy on a file with English headers and a national id, and explains it field by field", () => {
    const table = tableFromSheet({ name: "people", rows }, { headerRow: 1 });
    const result = findDuplicates(table, detectRoles(table));
    const cluster = result.clusters.find((c) => c.members.includes(300));
    expect(cluster?.members).toEqual([5, 300]);
    const link = cluster!.links[0]!;
    // The waterfall adds up: prior plus each field's weight gives the match probability.
    const bits = link.evidence.reduce((sum, e) => sum + e.bits, 0) - result.model.priorBits;
    expect(link.score).toBeCloseTo(1 / (1 + 2 ** -bits), 2);
    expect(link.evidence.map((e) => e.field)).toEqual(expect.arrayContaining(["name", "birthDate", "other"]));
    const plan = dedupePlan(table, result, "fr");
    const note = plan.flags.find((f) => f.row === 302)!.message;
    expect(note).toMatch(/a priori [−+]\d+,\d/);
    expect(note).toMatch(/soc_sec_id identique \+\d+,\d/);
    const sheet = plan.addedSheets.find((s) => s.key === "dedupe.model")!;
    expect(sheet.name).toBe("Modèle des doublons");
    expect(sheet.rows.some((row) => row[0] === "date de naissance" && row[1] === "identique" && Number(row[4]) > 3)).toBe(true);
    expect(plan.extras.duplicateModel?.fields.map((f) => f.field)).toEqual(expect.arrayContaining(["name", "state", "soc_sec_id"]));
    expect(plan.extras.duplicates?.[0]?.links?.[0]?.weights.length).toBeGreaterThan(2);
  });
});
