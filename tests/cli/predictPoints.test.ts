import { describe, expect, it } from "vitest";
import { predictCsv } from "../../src/cli/predictCsv";
import { WorkbookHost } from "../../src/hosts/workbook/workbookHost";
import { runPredict } from "../../src/app/runPredict";
import type { PointsGrid } from "../../src/engine/scoring/behaviourPoints";

/**
 * 120 customers; every third answered the last campaign. Their e-mail clicks (a customer
 * attribute repeated on each order row, as exports give it) are higher but overlap the others';
 * the latest row counts. `pointsHeader` names the column as Score writes it instead of "Clics".
 */
function ordersCsv(pointsHeader = "Clics"): string {
  const lines = [`N° client;Date commande;Montant;A répondu;${pointsHeader};Ouvertures`];
  for (let c = 0; c < 120; c++) {
    const responder = c % 3 === 0;
    const clicks = (responder ? 4 : 1) + ((c * 7) % 5);
    for (let k = 0; k < 1 + (c % 5); k++) {
      const day = new Date(Date.UTC(2024, 0, 1 + ((c * 5) % 60) + k * (12 + (c % 4) * 9)));
      const date = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
      // An older row carries an older click count: only the latest row is the customer's now.
      lines.push(`C${c};${date};${30 + (c % 6) * 10 + k};${responder ? "oui" : "non"};${k === 0 && c % 5 > 0 ? 0 : clicks};${c % 7}`);
    }
  }
  return lines.join("\r\n");
}

const GRID: PointsGrid = { rules: [{ column: "Clics", kind: "perUnit", points: 2 }], hot: 10, warm: 5 };

describe("behavioural points as a fourth predictor of campaign answers", () => {
  it("with the Score job's grid: a points coefficient, a better fit than R, F, M alone, same on a Table and streamed", async () => {
    const bytes = new TextEncoder().encode(ordersCsv());
    const withPoints = predictCsv(bytes, "commandes", "commandes.csv", { lang: "fr", withSheets: true, points: GRID }).report.predictions!.response!;
    const without = predictCsv(bytes, "commandes", "commandes.csv", { lang: "fr", withSheets: false }).report.predictions!.response!;
    expect(without.features).toEqual(["recency", "frequency", "monetary"]);
    expect(withPoints.features).toEqual(["recency", "frequency", "monetary", "points"]);
    expect(withPoints.coefficients.map((c) => c.name)).toEqual(["intercept", "recency", "frequency", "monetary", "points"]);
    const points = withPoints.coefficients[4]!;
    expect(points.estimate).toBeGreaterThan(0);
    expect(points.z).toBeGreaterThan(2);
    // Nested models: adding a measure never lowers the likelihood; here it adds a lot.
    expect(withPoints.logLikelihood).toBeGreaterThan(without.logLikelihood + 5);
    expect(withPoints.deciles[2]!.cumulativeGain).toBeGreaterThanOrEqual(without.deciles[2]!.cumulativeGain);

    const host = await WorkbookHost.fromBytes(bytes, "commandes.csv");
    const whole = await runPredict(host, { lang: "fr", apply: false, points: GRID });
    expect(whole.report.predictions!.response).toEqual(withPoints);
  });

  it("names the measure on the response sheet, with the 5 % threshold for four measures", () => {
    const bytes = new TextEncoder().encode(ordersCsv());
    const run = predictCsv(bytes, "commandes", "commandes.csv", { lang: "en", withSheets: true, points: GRID });
    const sheet = run.plan.addedSheets.find((s) => s.name === "Campaign response")!;
    const texts = sheet.rows.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Behaviour points");
    expect(texts.some((t) => t.includes("above 9.49"))).toBe(true);
  });

  it("without a grid, a 'Points comportement' column an earlier Score run wrote is the fourth measure", () => {
    const bytes = new TextEncoder().encode(ordersCsv("Points comportement"));
    const response = predictCsv(bytes, "commandes", "commandes.csv", { lang: "fr", withSheets: false }).report.predictions!.response!;
    expect(response.features).toEqual(["recency", "frequency", "monetary", "points"]);
    expect(response.coefficients[4]!.estimate).toBeGreaterThan(0);
  });

  it("refuses a grid naming a column the file does not have, in French and English", () => {
    const bytes = new TextEncoder().encode(ordersCsv());
    const grid: PointsGrid = { rules: [{ column: "Visites", kind: "perUnit" }], hot: 10, warm: 5 };
    expect(() => predictCsv(bytes, "commandes", "commandes.csv", { lang: "fr", withSheets: false, points: grid })).toThrow(/Visites/);
  });
});
