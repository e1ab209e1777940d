import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../src/engine/report";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";
import { checkCliRun } from "../support/xlsx/checkCliRun";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** An orders list: C001's 2019 order is old, but C001 bought again in 2026; C002's last order is from 2023. */
async function writeOrders(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Commandes");
  sheet.addRow(["N° client", "Nom", "Date commande", "Montant"]);
  sheet.addRow(["C001", "Marie Dupont", day(2019, 1, 10), 50]);
  sheet.addRow(["C002", "Paul Martin", day(2021, 1, 10), 40]);
  sheet.addRow(["C001", "Marie Dupont", day(2026, 11, 15), 80]);
  sheet.addRow(["C002", "Paul Martin", day(2023, 3, 10), 30]);
  sheet.addRow(["C003", "Léa Bernard", day(2024, 2, 2), 100]);
  await workbook.xlsx.writeFile(path);
}

describe("tria comply on an orders list", () => {
  it("counts the 3 years from each customer's last order, not from each row, and --purge drops the customer's every order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-comply-orders-"));
    const input = join(dir, "commandes.xlsx");
    await writeOrders(input);
    const run = await checkCliRun("comply", input, join(dir, "out.xlsx"), join(dir, "r.json"), ["--today", "2026-12-01", "--purge", join(dir, "purged.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.mismatches).toEqual([]);
    const privacy = (JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report).privacy!;
    // Row 2 (C001, 2019) stays: C001 ordered again in 2026. Both of C002's rows go, from its last order.
    expect(privacy.expired).toEqual([
      { row: 3, rule: "customer3Years", lastActivity: "2023-03-10", customer: "C002" },
      { row: 5, rule: "customer3Years", lastActivity: "2023-03-10", customer: "C002" },
    ]);
    expect(privacy.expiredCustomers).toBe(1);

    const out = sheetNamed(await readXlsxXml(readFileSync(join(dir, "out.xlsx"))), "Commandes");
    expect(cellAt(out, 3, 3).note).toContain("Client C002 sans commande ni contact depuis plus de 3 ans (dernière : 10/03/2023)");
    expect(cellAt(out, 2, 3).note ?? "").toBe("");

    const purged = sheetNamed(await readXlsxXml(readFileSync(join(dir, "purged.xlsx"))), "Commandes");
    expect(purged.lastRow).toBe(4);
    expect([2, 3, 4].map((row) => cellAt(purged, row, 1).value)).toEqual(["C001", "C001", "C003"]);
  });
});
