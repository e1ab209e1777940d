import { describe, expect, it } from "vitest";
import { handleJobRequest } from "../../src/app/handleJobRequest";
import type { JobMessage } from "../../src/app/jobProtocol";
import type { RawSheet } from "../../src/engine/table/table";
import type { CellValue } from "../../src/engine/table/cellValue";

/** 60 customers buying every 10 to 60 days from January 2024; channel of the first order alternates. */
function ordersSheet(): RawSheet {
  const rows: CellValue[][] = [["N° client", "Date commande", "Montant", "Canal"]];
  for (let c = 0; c < 60; c++) {
    const gap = 10 + (c % 6) * 10;
    const orders = 1 + (c % 7);
    for (let k = 0; k < orders; k++)
      rows.push([
        `C${String(c).padStart(3, "0")}`,
        new Date(Date.UTC(2024, 0, 1 + c + k * gap)),
        20 + (c % 5) * 15 + k,
        k === 0 ? (c % 2 ? "Web" : "Magasin") : "Web",
      ]);
  }
  return { name: "Commandes", rows };
}

describe("the Predict job through the worker's handler (taskpane, web page and ribbon all go this way)", () => {
  it("fits, plans, and returns a Plan with its sheets (forecasts, plan, lifetime by channel) and the report's predictions", async () => {
    const messages: JobMessage[] = [];
    await handleJobRequest(
      structuredClone({
        id: 3,
        job: "predict" as const,
        sheet: ordersSheet(),
        options: {
          lang: "en" as const,
          horizon: 12,
          unit: "months" as const,
          margin: 0.4,
          costPerContact: 0.5,
          calibrationEnd: new Date(Date.UTC(2024, 5, 30)),
        },
      }),
      (m) => messages.push(structuredClone(m)),
    );
    const done = messages[messages.length - 1]!;
    if (done.type !== "done") throw new Error(JSON.stringify(done));
    expect(done.result.plan.addedSheets.map((s) => s.name)).toEqual(["Customer forecasts", "Campaign plan", "Lifetime by channel", "Tria modèle"]);
    expect(done.result.plan.addedSheets.map((s) => s.hidden === true)).toEqual([false, false, false, true]);
    const p = done.result.report.predictions!;
    expect(p.unit).toBe("months");
    expect(p.calibrationEnd).toBe("2024-06-30");
    expect(p.customers).toHaveLength(60);
    expect(p.plan.marginRate).toBe(0.4);
    expect(p.channels.map((c) => c.channel).sort()).toEqual(["Magasin", "Web"]);
    expect(p.holdout).not.toBeNull();
    for (const c of p.customers) {
      expect(c.pAlive).toBeGreaterThan(0);
      expect(c.pAlive).toBeLessThanOrEqual(1);
      expect(c.expectedPurchases).toBeGreaterThanOrEqual(0);
    }
  });

  it("refuses a customer file with a message in both languages", async () => {
    const messages: JobMessage[] = [];
    await handleJobRequest(
      {
        id: 4,
        job: "predict",
        sheet: {
          name: "Clients",
          rows: [
            ["Nom", "Ville"],
            ["Dupont", "Paris"],
          ],
        },
        options: { lang: "fr" },
      },
      (m) => messages.push(m),
    );
    const last = messages[messages.length - 1]!;
    if (last.type !== "error") throw new Error("expected an error");
    expect(last.error.messages.fr).toContain("liste de commandes");
    expect(last.error.messages.en).toContain("orders list");
  });
});
