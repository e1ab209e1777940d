import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreTable } from "../../../src/engine/scoring/scoreTable";
import { ScoringError } from "../../../src/engine/scoring/scoringError";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { columnsOf, CUSTOMER_HEADERS, ORDER_HEADERS, table } from "./scoringTables";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("scoreTable on customer rows", () => {
  // Last purchases 1, 11, 21, 31, 41 days before the reference day (the day after 31/12/2024).
  const rows: CellValue[][] = [
    ["C1", "31/12/2024", 5, "500 €"],
    ["C2", "21/12/2024", 4, "400 €"],
    ["C3", "11/12/2024", 3, "300 €"],
    ["C4", "01/12/2024", 2, "200 €"],
    ["C5", day("2024-11-21"), 1, 100],
  ];
  const t = table(CUSTOMER_HEADERS, rows);

  it("hand-computed: R, F, M, code, score, segment, group", () => {
    const { plan } = scoreTable(t, columnsOf(t), {}, "fr");
    const scores = plan.extras.scores!;
    expect(scores.map((s) => [s.row, s.customer, s.recency, s.r, s.f, s.m, s.code, s.score, s.segment])).toEqual([
      [2, "C1", 1, 5, 5, 5, "555", 15, "champions"],
      [3, "C2", 11, 4, 4, 4, "444", 12, "loyalCustomers"],
      [4, "C3", 21, 3, 3, 3, "333", 9, "needAttention"],
      [5, "C4", 31, 2, 2, 2, "222", 6, "hibernating"],
      [6, "C5", 41, 1, 1, 1, "111", 3, "lost"],
    ]);
    // Revenue = basket × purchases: 2500, 1600, 900, 400, 100 (total 5500).
    // Revenue above: C1 0 % → A; C2 45 % → A; C3 74.5 % → B; C4 90.9 % → C; C5 98.2 % → D.
    expect(scores.map((s) => s.group)).toEqual(["A", "A", "B", "C", "D"]);
  });

  it("adds the columns after the last one, with French or English headers", () => {
    const fr = scoreTable(t, columnsOf(t), {}, "fr").plan;
    expect(fr.addedColumns.map((c) => c.header)).toEqual(["R", "F", "M", "Code RFM", "Score RFM", "Segment", "Groupe"]);
    expect(fr.addedColumns.every((c) => c.after === null)).toBe(true);
    expect(fr.addedColumns[5]!.values[0]).toBe("Champions");
    expect(fr.addedColumns[5]!.values[1]).toBe("Clients fidèles");
    const en = scoreTable(t, columnsOf(t), {}, "en").plan;
    expect(en.addedColumns.map((c) => c.header)).toEqual(["R", "F", "M", "RFM code", "RFM score", "Segment", "Group"]);
    expect(en.addedColumns[5]!.values[4]).toBe("Lost");
    expect(en.addedSheets[0]!.name).toBe("RFM summary");
    expect(fr.addedSheets[0]!.name).toBe("Synthèse RFM");
  });

  it("uses weights, classes and thresholds", () => {
    const weighted = scoreTable(t, columnsOf(t), { weights: { r: 2, f: 1, m: 0.5 } }, "fr").plan.extras.scores!;
    expect(weighted[0]!.score).toBe(17.5);
    const three = scoreTable(t, columnsOf(t), { classes: 3 }, "fr").plan.extras.scores!;
    // p = 0.1, 0.3, 0.5, 0.7, 0.9 → ceil(3p) = 1, 1, 2, 3, 3
    expect(three.map((s) => s.f)).toEqual([3, 3, 2, 1, 1]);
    const mine = scoreTable(t, columnsOf(t), { thresholds: { r: [15], f: [3], m: [250] } }, "fr").plan.extras.scores!;
    expect(mine.map((s) => s.code)).toEqual(["222", "222", "122", "111", "111"]);
  });

  it("counts recency from a reference date the user sets", () => {
    const scores = scoreTable(t, columnsOf(t), { referenceDate: day("2025-01-31") }, "fr").plan.extras.scores!;
    expect(scores.map((s) => s.recency)).toEqual([31, 41, 51, 61, 71]);
  });

  it("one customer gets the middle scores; all-equal customers all get the same", () => {
    const one = table(CUSTOMER_HEADERS, [["C1", "31/12/2024", 5, 500]]);
    expect(scoreTable(one, columnsOf(one), {}, "fr").plan.extras.scores![0]!.code).toBe("333");
    const same = table(CUSTOMER_HEADERS, [
      ["C1", "31/12/2024", 2, 50],
      ["C2", "31/12/2024", 2, 50],
      ["C3", "31/12/2024", 2, 50],
    ]);
    const scores = scoreTable(same, columnsOf(same), {}, "fr").plan.extras.scores!;
    expect(new Set(scores.map((s) => s.code))).toEqual(new Set(["333"]));
  });

  it("a customer with no date gets no score and an incomplete flag, not a crash", () => {
    const withGap = table(CUSTOMER_HEADERS, [...rows, ["C6", null, 3, 300], ["C7", "pas de date", 3, 300]]);
    const { plan } = scoreTable(withGap, columnsOf(withGap), {}, "fr");
    const c6 = plan.extras.scores!.find((s) => s.customer === "C6")!;
    expect(c6).toMatchObject({ recency: null, r: null, code: null, segment: null, group: null });
    expect(plan.flags).toEqual([
      expect.objectContaining({ row: 7, column: { source: 1 }, kind: "incomplete" }),
      expect.objectContaining({ row: 8, column: { source: 1 }, kind: "invalid" }),
    ]);
    expect(plan.addedColumns[0]!.values[5]).toBeNull();
    // The five complete customers keep exactly the scores they had alone.
    expect(plan.extras.scores!.slice(0, 5).map((s) => s.code)).toEqual(["555", "444", "333", "222", "111"]);
  });

  it("reads a days-since column as recency", () => {
    const days = table(
      ["Client", "Jours depuis dernier achat", "Nb achats", "CA total"],
      [
        ["A", 3, 10, 900],
        ["B", 300, 1, 20],
      ],
    );
    const scores = scoreTable(days, columnsOf(days), {}, "en").plan.extras.scores!;
    expect(scores.map((s) => [s.recency, s.r])).toEqual([
      [3, 4],
      [300, 2],
    ]);
  });

  it("says which inputs are missing, in the user's language", () => {
    const bad = table(["Nom", "Ville"], [["Dupont", "Paris"]]);
    let error: unknown;
    try {
      scoreTable(bad, columnsOf(bad), {}, "fr");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScoringError);
    expect((error as ScoringError).messageIn("fr")).toContain("la date du dernier achat, le nombre d'achats, le montant");
    expect((error as ScoringError).messageIn("en")).toContain("the last purchase date, the number of purchases, the amount");
    expect(() => scoreTable(t, columnsOf(t), { classes: 7 }, "fr")).toThrow(ScoringError);
  });
});

describe("scoreTable on an orders list", () => {
  const orders: CellValue[][] = [
    ["O1", "A", "01/03/2024", "100,00 €", "Livrée"],
    ["O2", "A", "10/03/2024", "50,00 €", "Livrée"],
    ["O3", "A", "12/03/2024", "-30,00 €", "Livrée"], // a return: money back, not a purchase
    ["O4", "B", "20/03/2024", "400,00 €", "Annulée"], // cancelled: never happened
    ["O5", "B", "05/02/2024", "80,00 €", "Livrée"],
    ["O6", "C", "15/03/2024", "20,00 €", "Retour"], // a return written as a positive amount
    ["O7", "C", "14/03/2024", "60,00 €", "Livrée"],
    ["O8", null, "14/03/2024", "60,00 €", "Livrée"],
  ];
  const t = table(ORDER_HEADERS, orders, "Commandes");

  it("aggregates per customer: returns lower the total, cancelled orders are left out", () => {
    const { plan, measures } = scoreTable(t, columnsOf(t), {}, "fr");
    const scores = plan.extras.scores!;
    // Reference: the day after the last purchase (15/03, a return, does not count) = 15/03/2024.
    expect(scores.map((s) => [s.customer, s.recency, s.frequency, s.monetary])).toEqual([
      ["A", 5, 2, 120],
      ["B", 39, 1, 80],
      ["C", 1, 1, 40],
    ]);
    expect(measures.cancelledRows).toBe(1);
    expect(measures.returnRows).toBe(2);
    expect(scores.every((s) => s.row === undefined)).toBe(true);
    // No score on the order rows: one row per customer in « Clients notés », best score first.
    expect(plan.addedColumns).toEqual([]);
    const sheet = plan.addedSheets.find((s) => s.key === "score.customers")!;
    expect(sheet.name).toBe("Clients notés");
    expect(sheet.rows[0]!.slice(0, 5)).toEqual(["N° client", "Dernier achat", "Récence (jours)", "Commandes", "Montant net"]);
    const best = [...scores].sort((a, b) => b.score! - a.score! || b.monetary! - a.monetary!);
    expect(sheet.rows.slice(1).map((row) => [row[0], row[2], row[3], row[4], row[8], row[9]])).toEqual(
      best.map((s) => [s.customer, s.recency, s.frequency, s.monetary, s.code, s.score]),
    );
    // The last purchase: the reference day (15/03/2024) minus the recency.
    expect(sheet.rows.map((row) => row[1]).slice(1)).toEqual(best.map((s) => new Date(Date.UTC(2024, 2, 15) - s.recency! * 86_400_000)));
    expect(plan.flags).toEqual([expect.objectContaining({ row: 9, column: { source: 1 }, kind: "incomplete" })]);
  });

  it("--on-orders: every order row shows its customer's scores too", () => {
    const { plan } = scoreTable(t, columnsOf(t), { onOrders: true }, "fr");
    const scores = plan.extras.scores!;
    expect(plan.addedSheets.map((s) => s.key)).toEqual(["score.customers", "score.summary"]);
    // The row without customer gets none (it is flagged).
    expect(plan.addedColumns[3]!.values).toEqual([
      scores[0]!.code,
      scores[0]!.code,
      scores[0]!.code,
      scores[1]!.code,
      scores[1]!.code,
      scores[2]!.code,
      scores[2]!.code,
      null,
    ]);
    expect(plan.flags).toEqual([expect.objectContaining({ row: 9, column: { source: 1 }, kind: "incomplete" })]);
  });

  it("counts order lines of one order once when there is an order number", () => {
    const lines = table(ORDER_HEADERS, [
      ["O1", "A", "01/03/2024", 10, ""],
      ["O1", "A", "01/03/2024", 15, ""],
      ["O2", "A", "02/03/2024", 5, ""],
      ["O3", "B", "02/03/2024", 5, ""],
    ]);
    const scores = scoreTable(lines, columnsOf(lines), {}, "fr").plan.extras.scores!;
    expect(scores.map((s) => [s.customer, s.frequency, s.monetary])).toEqual([
      ["A", 2, 30],
      ["B", 1, 5],
    ]);
  });

  it("property: a customer's scores never depend on the order of the rows", () => {
    const arbitraryOrders = fc.array(
      fc.tuple(
        fc.constantFrom("A", "B", "C", "D", "E", "F"),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -50, max: 500 }),
        fc.constantFrom("", "Livrée", "Annulée", "Retour"),
      ),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(arbitraryOrders, fc.func(fc.integer()), (list, key) => {
        const toRows = (l: typeof list) => l.map(([c, d, a, s], i): CellValue[] => [`O${i}`, c, new Date(Date.UTC(2024, 0, 1 + d)), a, s]);
        const shuffled = list
          .map((x, i) => ({ x, k: key(i), i }))
          .sort((a, b) => a.k - b.k || a.i - b.i)
          .map((e) => e.x);
        const byCustomer = (l: typeof list) => {
          const t1 = table(ORDER_HEADERS, toRows(l));
          const scores = scoreTable(t1, columnsOf(table(ORDER_HEADERS, toRows(list))), {}, "en").plan.extras.scores!;
          return Object.fromEntries(scores.map((s) => [s.customer, [s.code, s.score, s.segment, s.group, s.recency, s.frequency]]));
        };
        expect(byCustomer(shuffled)).toEqual(byCustomer(list));
      }),
      { numRuns: 60 },
    );
  });
});
