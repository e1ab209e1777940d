import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";

/**
 * CSV files as other tools write them (found by the new-user trial): an orders export with a
 * "Total" row whose sum is text, like every cell of a CSV, and English headers "Total amount"
 * and "Purchases". Before the fix the total row was scored as a customer named "Total", and
 * the English file was refused for want of an amount and a number of purchases.
 */
const dir = mkdtempSync(join(tmpdir(), "tria-other-csv-"));
const file = (name: string, lines: readonly string[], bom = "") => {
  writeFileSync(join(dir, name), bom + lines.join("\r\n") + "\r\n");
  return join(dir, name);
};

describe("CSV files other tools wrote", () => {
  it("an orders CSV (';', BOM, '284,53 €') ending in a Total row: the row is left out, not scored as a customer", async () => {
    const orders = file(
      "commandes.csv",
      [
        "N° commande;Code client;Date commande;Montant",
        "1000;C001;11/11/2024;284,53 €",
        "1001;C001;04/07/2024;60,50 €",
        "1002;C002;11/07/2025;192,47 €",
        "1003;C003;;20,00 €",
        ";Total;;557.50",
      ],
      "\uFEFF",
    );
    const run = await runCli(["score", orders, "--report", join(dir, "orders.json")]);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "orders.json"), "utf8")) as Report;
    expect(report.leftOutRows).toEqual([{ row: 6, reason: "total" }]);
    expect(report.scores.map((score) => score.customer).sort()).toEqual(["C001", "C002", "C003"]);
    // One cell flagged: French says it in the singular.
    expect(run.stdout).toMatch(/^2 clients notés sur 3 \(1 cellule incomplète signalée\)/);
  });

  it("English headers 'Total amount' and 'Purchases' are the amount and the number of purchases", async () => {
    const customers = file("customers.csv", [
      "Customer,Last purchase date,Total amount,Purchases",
      'Ann Smith,2025-07-26,"1,234.56",6',
      "Bob Jones,2024-02-01,89.90,3",
      "Cy Twombly,2023-12-15,450.00,1",
    ]);
    const run = await runCli(["inspect", customers, "--json", "--lang", "en"]);
    expect(run.code).toBe(0);
    const roles = (JSON.parse(run.stdout) as Report).columns.map((column) => column.role);
    expect(roles).toEqual(["fullName", "lastPurchaseDate", "totalAmount", "frequency"]);
  });
});
