import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORDERS_COUNT, SAMPLES_DIR, writeSamples } from "../../../src/tools/generateSamples";
import { generateOrders, ORDER_HEADER } from "../../../src/tools/samples/orders";
import { decodeWindows1252 } from "../decodeWindows1252";

let fresh = "";
beforeAll(async () => {
  fresh = mkdtempSync(join(tmpdir(), "tria-orders-"));
  await writeSamples(fresh);
});
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe("bundled orders file", () => {
  it("is exactly what the seeded generator writes (CSV and xlsx)", () => {
    for (const name of ["commandes-demo.csv", "commandes-demo.xlsx"]) {
      expect(readFileSync(join(fresh, name)).equals(readFileSync(join(SAMPLES_DIR, name))), name).toBe(true);
    }
  });

  it("is a French Excel CSV of orders with returns, cancellations and gaps", () => {
    const text = decodeWindows1252(readFileSync(join(SAMPLES_DIR, "commandes-demo.csv")));
    const lines = text.split("\r\n").filter((l) => l !== "");
    expect(lines[0]).toBe(ORDER_HEADER.join(";"));
    expect(lines).toHaveLength(ORDERS_COUNT + 1);
    expect(text).toContain(";Annulée");
    expect(text).toMatch(/;-\d[\d ]*,\d\d €;[^;]*;[^;]*;Retour/);
    expect(lines.some((l) => l.split(";")[2] === "")).toBe(true);
  });

  it("is seeded: the same seed gives the same orders, another seed others", () => {
    expect(generateOrders(50, 10, 1)).toEqual(generateOrders(50, 10, 1));
    expect(generateOrders(50, 10, 1)).not.toEqual(generateOrders(50, 10, 2));
  });
});
