import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { runScore } from "../../src/app/runScore";
import { WorkbookHost } from "../../src/hosts/workbook/workbookHost";
import { ScoringError } from "../../src/engine/scoring/scoringError";

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);

describe("runScore", () => {
  it("scores an orders CSV, applies the Plan to a copy, and reports one entry per customer", async () => {
    const host = await WorkbookHost.fromBytes(
      csv([
        "N° commande;N° client;Date commande;Montant TTC;Statut",
        "O1;A;01/03/2024;100,00 €;Livrée",
        "O2;A;10/03/2024;50,00 €;Livrée",
        "O3;B;20/03/2024;400,00 €;Annulée",
        "O4;B;05/02/2024;80,00 €;Livrée",
        "O5;C;;60,00 €;Livrée",
      ]),
      "commandes.csv",
    );
    const phases: string[] = [];
    const { report } = await runScore(host, { lang: "en", apply: true, onOrders: true, onProgress: (p) => phases.push(p.phase) });
    expect(report.job).toBe("score");
    expect(report.scores.map((s) => [s.customer, s.frequency, s.monetary, s.code === null])).toEqual([
      ["A", 2, 150, false],
      ["B", 1, 80, false],
      ["C", null, null, true],
    ]);
    expect(report.flags).toEqual([expect.objectContaining({ row: 6, column: "Date commande", kind: "incomplete" })]);
    expect(phases).toContain("score");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await host.outputBytes()).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("commandes")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "N° commande",
      "N° client",
      "Date commande",
      "Montant TTC",
      "Statut",
      "R",
      "F",
      "M",
      "RFM code",
      "RFM score",
      "Segment",
      "Group",
    ]);
    expect(sheet.getCell("I2").value).toBe(report.scores[0]!.code);
    expect(sheet.getCell("I6").value).toBeNull();
    expect(workbook.getWorksheet("RFM summary")).toBeDefined();
    expect(workbook.getWorksheet("Scored customers")!.getColumn(1).values.slice(2)).toEqual(["A", "B", "C"]);
  });

  it("by default, leaves the order rows as they are and scores one row per customer in its own sheet", async () => {
    const host = await WorkbookHost.fromBytes(
      csv(["N° client;Date commande;Montant TTC", "A;01/03/2024;100", "B;05/02/2024;80", "A;10/03/2024;50"]),
      "commandes.csv",
    );
    const { report } = await runScore(host, { lang: "fr", apply: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await host.outputBytes()).buffer as ArrayBuffer);
    expect(workbook.getWorksheet("commandes")!.columnCount).toBe(3);
    const sheet = workbook.getWorksheet("Clients notés")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("N° client");
    expect(sheet.getColumn(1).values.slice(2)).toEqual(
      report.scores
        .slice()
        .sort((a, b) => b.score! - a.score!)
        .map((s) => s.customer),
    );
    expect(sheet.getRow(2).getCell(2).value).toEqual(new Date(Date.UTC(2024, 2, 10)));
    expect(sheet.getRow(2).getCell(2).numFmt).toBe("dd/mm/yyyy");
  });

  it("fails with a clear message and writes nothing when RFM columns are missing", async () => {
    const host = await WorkbookHost.fromBytes(csv(["Nom;Ville", "Dupont;Paris"]), "contacts.csv");
    await expect(runScore(host, { lang: "fr", apply: true })).rejects.toBeInstanceOf(ScoringError);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await host.outputBytes()).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["contacts"]);
  });
});
