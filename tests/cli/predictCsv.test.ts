import { describe, expect, it } from "vitest";
import { predictCsv } from "../../src/cli/predictCsv";
import { WorkbookHost } from "../../src/hosts/workbook/workbookHost";
import { runPredict } from "../../src/app/runPredict";
import { runScore } from "../../src/app/runScore";

/** 80 customers, with a cancelled order, a return, a row without date and one without customer: the Score job's rules. */
function ordersCsv(): string {
  const lines = ["N° client;Date commande;Montant;Canal;Statut;A répondu"];
  for (let c = 0; c < 80; c++) {
    const gap = 9 + (c % 7) * 11;
    const orders = 1 + (c % 6);
    for (let k = 0; k < orders; k++) {
      const day = new Date(Date.UTC(2024, 0, 1 + ((c * 3) % 50) + k * gap));
      const date = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
      const status = k === 2 && c % 5 === 0 ? "Annulée" : "Livrée";
      lines.push(
        `C${c};${date};${String(20 + (c % 5) * 15 + k).replace(".", ",")},50;${k === 0 ? (c % 3 ? "Web" : "Magasin") : "Web"};${status};${c % 4 === 0 ? "oui" : "non"}`,
      );
    }
  }
  lines.push("C3;12/03/2024;-25,00;Web;Retour;", "C4;;30,00;Web;Livrée;", ";14/03/2024;30,00;Web;Livrée;", "");
  return lines.join("\r\n");
}

describe("tria predict on a CSV, streamed (predictCsv)", () => {
  it("gives the same report as the job on the whole Table", async () => {
    const bytes = new TextEncoder().encode(ordersCsv());
    const options = { lang: "fr" as const, horizon: 26, unit: "weeks" as const, calibrationEnd: new Date(Date.UTC(2024, 5, 30)) };
    const streamed = predictCsv(bytes, "commandes", "commandes.csv", { ...options, withSheets: true });
    const host = await WorkbookHost.fromBytes(bytes, "commandes.csv");
    const whole = await runPredict(host, { ...options, apply: false });
    expect(streamed.report.predictions).toEqual(whole.report.predictions);
    expect(streamed.report.flags).toEqual(whole.report.flags);
    expect(streamed.report.counts).toEqual(whole.report.counts);
    // The row without date and the one without customer: the last two lines of the file (header is row 1).
    const last = whole.report.counts.rows + 1;
    expect(streamed.report.flags.map((f) => [f.row, f.kind])).toEqual([
      [last - 1, "incomplete"],
      [last, "incomplete"],
    ]);
    expect(streamed.plan.addedSheets.map((s) => s.name)).toEqual(whole.plan.addedSheets.map((s) => s.name));
    expect(streamed.plan.addedSheets[0]!.rows).toEqual(whole.plan.addedSheets[0]!.rows);
    expect(streamed.report.predictions!.channels.map((c) => c.channel).sort()).toEqual(["Magasin", "Web"]);
  });

  it("fits the response model on the past answers: coefficients, ten deciles, a sheet with two charts", () => {
    const { plan, report } = predictCsv(new TextEncoder().encode(ordersCsv()), "commandes", "commandes.csv", { lang: "fr", withSheets: true });
    const response = report.predictions!.response!;
    expect(response.customers).toBe(80);
    expect(response.responders).toBe(20); // every fourth customer said "oui"
    expect(response.coefficients.map((c) => c.name)).toEqual(["intercept", "recency", "frequency", "monetary"]);
    expect(response.deciles).toHaveLength(10);
    expect(response.deciles.reduce((s, d) => s + d.customers, 0)).toBe(80);
    expect(response.deciles[9]!.cumulativeGain).toBe(1);
    // Lift averages to 1 over the deciles (equal sizes): the model only reorders the customers.
    expect(response.deciles.reduce((s, d) => s + d.lift, 0) / 10).toBeCloseTo(1, 10);
    const sheet = plan.addedSheets.find((s) => s.name === "Réponse aux campagnes")!;
    expect(sheet.charts).toHaveLength(2);
  });

  it("gives every customer their chance of answering: a P(réponse) column beside the forecasts and the report's responseProbability", () => {
    const { plan, report } = predictCsv(new TextEncoder().encode(ordersCsv()), "commandes", "commandes.csv", { lang: "fr", withSheets: true });
    const customers = report.predictions!.customers;
    const response = report.predictions!.response!;
    for (const c of customers) {
      expect(c.responseProbability).toBeGreaterThan(0);
      expect(c.responseProbability).toBeLessThan(1);
    }
    // The probabilities are the model's: ranked by them, the customers fall in the report's deciles.
    const ranked = [...customers].sort((a, b) => b.responseProbability! - a.responseProbability!);
    const firstTenth = ranked.slice(0, response.deciles[0]!.customers);
    const mean = firstTenth.reduce((s, c) => s + c.responseProbability!, 0) / firstTenth.length;
    expect(mean).toBeCloseTo(response.deciles[0]!.averageProbability, 5);
    // The sheet: one column after "Groupe", each row's figure rounded to 4 decimals.
    const sheet = plan.addedSheets.find((s) => s.name === "Prévisions clients")!;
    const header = sheet.rows[0]!;
    const column = header.indexOf("P(réponse)");
    expect(column).toBe(header.indexOf("Groupe") + 1);
    const byId = new Map(customers.map((c) => [c.customer, c.responseProbability!]));
    for (const row of sheet.rows.slice(1)) expect(row[column]).toBeCloseTo(byId.get(String(row[0]))!, 4);
    // Without past answers: no column, null in the report.
    const noAnswers = ordersCsv()
      .split("\r\n")
      .map((line) => line.split(";").slice(0, 5).join(";"))
      .join("\r\n");
    const plain = predictCsv(new TextEncoder().encode(noAnswers), "commandes", "commandes.csv", { lang: "fr", withSheets: true });
    expect(plain.report.predictions!.customers.every((c) => c.responseProbability === null)).toBe(true);
    expect(plain.plan.addedSheets[0]!.rows[0]).not.toContain("P(réponse)");
  });

  it("draws Kaplan–Meier curves by first-order channel, with medians and the log-rank test", () => {
    const { plan, report } = predictCsv(new TextEncoder().encode(ordersCsv()), "commandes", "commandes.csv", {
      lang: "fr",
      unit: "days",
      lostAfter: 60,
      withSheets: true,
    });
    const survival = report.predictions!.survival!;
    expect(survival.lostAfter).toBe(60);
    expect(survival.channels.map((c) => c.channel)).toEqual(["Web", "Magasin"]);
    expect(survival.channels.reduce((s, c) => s + c.customers, 0)).toBe(80);
    for (const c of survival.channels) expect(c.lost + c.censored).toBe(c.customers);
    expect(survival.curve[0]!.survival).toEqual([1, 1]);
    for (let i = 1; i < survival.curve.length; i++)
      survival.curve[i]!.survival.forEach((s, c) => expect(s).toBeLessThanOrEqual(survival.curve[i - 1]!.survival[c]!));
    expect(survival.logRank!.degreesOfFreedom).toBe(1);
    expect(survival.logRank!.pValue).toBeGreaterThan(0);
    const sheet = plan.addedSheets.find((s) => s.name === "Durée de vie par canal")!;
    expect(sheet.charts!.map((c) => c.kind)).toEqual(["line"]);
  });

  it("writes no sheets for a report alone", () => {
    const streamed = predictCsv(new TextEncoder().encode(ordersCsv()), "commandes", "commandes.csv", { lang: "en", withSheets: false });
    expect(streamed.plan.addedSheets).toEqual([]);
    expect(streamed.report.predictions!.customers).toHaveLength(80);
  });
  it("reads 'N° commande;Client;Date commande;Montant' with codes under Client (C001, CL-0042) as an orders list", async () => {
    const lines = ["N° commande;Client;Date commande;Montant"];
    for (let c = 0; c < 40; c++) {
      const code = c % 3 === 0 ? `CL-${String(c).padStart(4, "0")}` : `C${String(c).padStart(3, "0")}`;
      for (let k = 0; k < 1 + (c % 4); k++)
        lines.push(`${lines.length};${code};${String(1 + ((c + 7 * k) % 28)).padStart(2, "0")}/0${1 + k}/2024;${20 + c},50`);
    }
    const bytes = new TextEncoder().encode(lines.join("\r\n"));
    const { report } = predictCsv(bytes, "commandes", "commandes.csv", { lang: "fr", withSheets: false });
    expect(report.columns.map((c) => c.role)).toEqual(["orderId", "customerId", "orderDate", "amount"]);
    expect(report.predictions!.customers).toHaveLength(40);
    const scored = await runScore(await WorkbookHost.fromBytes(bytes, "commandes.csv"), { lang: "fr", apply: false });
    expect(scored.report.scores.map((s) => s.customer).slice(0, 2)).toEqual(["CL-0000", "C001"]);
  });

  it("reads a US export sorted by date month first, as the whole Table does, though its first 5,000 lines are all 01/01 to 01/12", async () => {
    // 450 orders a day from 1 January: the first lines cannot tell 01/05/2024 (5 January) from 1 May.
    const lines = ["Customer ID,Order date,Amount"];
    for (let day = 1; day <= 45; day++) {
      const date = new Date(Date.UTC(2024, 0, day));
      const text = `${String(date.getUTCMonth() + 1).padStart(2, "0")}/${String(date.getUTCDate()).padStart(2, "0")}/2024`;
      for (let k = 0; k < 450; k++) lines.push(`C${(day * 7 + k * 13) % 900},${text},${10 + (k % 40)}.50`);
    }
    const bytes = new TextEncoder().encode(lines.join("\n"));
    const options = { lang: "en" as const, horizon: 4, unit: "weeks" as const };
    const streamed = predictCsv(bytes, "orders", "orders.csv", { ...options, withSheets: false });
    const whole = await runPredict(await WorkbookHost.fromBytes(bytes, "orders.csv"), { ...options, apply: false });
    expect(streamed.report.flags).toEqual([]);
    expect(streamed.report.predictions).toEqual(whole.report.predictions);
    // Read day first, the 45 days would spread over a year (01/05 = 1 May): the last purchase is 14 February.
    expect(whole.report.predictions!.calibrationEnd).toBe("2024-02-14");
  });
});
