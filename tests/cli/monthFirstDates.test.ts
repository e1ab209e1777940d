import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";

/*
 * A US export writes 12/31/2024: a column where a second part over 12 proves month first is
 * read month first whole (01/02/2025 is 2 January); a column that proves nothing stays French.
 */
const dir = mkdtempSync(join(tmpdir(), "tria-month-first-"));

async function report(args: readonly string[], name: string): Promise<Report> {
  const path = join(dir, `${name}.json`);
  const run = await runCli([...args, "--report", path]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(readFileSync(path, "utf8")) as Report;
}

describe("dates written month first", () => {
  it("tria score: the orders' recency counts from 2 January, 3 February and 4 March", async () => {
    const file = join(dir, "orders-us.csv");
    writeFileSync(file, "N° client;Date de commande;Montant\nA;12/31/2024;10\nA;01/02/2025;20\nB;01/15/2025;30\nB;02/03/2025;40\nC;03/04/2025;50\n");
    const scores = (await report(["score", file, "--reference-date", "2025-04-01"], "us")).scores;
    // Read day first, A's last order would be 1 February (59 days), B's 2 March (30), C's 3 April (after the reference day).
    expect(scores.map((s) => [s.customer, s.recency])).toEqual([
      ["A", 89],
      ["B", 57],
      ["C", 28],
    ]);
  });

  it("tria score: a column that proves nothing is read day first, as French files are", async () => {
    const file = join(dir, "orders-fr.csv");
    writeFileSync(file, "N° client;Date de commande;Montant\nA;12/01/2025;10\nA;01/02/2025;20\nC;03/03/2025;50\n");
    const scores = (await report(["score", file, "--reference-date", "2025-04-01"], "fr")).scores;
    expect(scores.map((s) => [s.customer, s.recency])).toEqual([
      ["A", 59],
      ["C", 29],
    ]);
  });

  it("tria comply: 3 years counted from a US last purchase (01/12/2023 is 12 January, past on 1 February 2026)", async () => {
    const file = join(dir, "clients-us.csv");
    writeFileSync(
      file,
      "Nom;E-mail;Date dernier achat\nAnn Smith;ann@example.com;01/12/2023\nBob Jones;bob@example.com;12/31/2023\nCarl Doe;carl@example.com;02/01/2023\n",
    );
    const privacy = (await report(["comply", file, "--today", "2026-02-01"], "comply-us")).privacy!;
    // Day first, 01/12/2023 would be 1 December 2023 (not expired) and 02/01/2023 2 January (expired too).
    expect(privacy.expired.map((e) => [e.row, e.lastActivity])).toEqual([
      [2, "2023-01-12"],
      [4, "2023-02-01"],
    ]);
  });
});

describe("tria segment on dates written month first", () => {
  it("compares a US column's days with the day typed: 01/02/2025 is 2 January there", async () => {
    const file = join(dir, "segment-us.csv");
    writeFileSync(file, "Nom;Date dernier achat\nAnn;12/31/2024\nBob;01/02/2025\nCarl;02/01/2025\n");
    const segment = await report(["segment", file, "--where", "Date dernier achat < 15/01/2025", "--name", "Avant"], "segment-us");
    // Read day first, Bob's 01/02/2025 would be 1 February (after), Carl's 02/01/2025 2 January (before).
    expect(segment.segments?.[0]?.rows).toEqual([2, 3]);
  });
});
