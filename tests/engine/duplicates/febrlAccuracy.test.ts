import { describe, expect, it } from "vitest";
import { entityOf, measureLabelledRows, readLabelledRows } from "../../../src/tools/labelledFileAccuracy";

const FEBRL = "tests/data/febrl";

/**
 * Public labelled files Tria was never tuned on (Febrl, English/Australian headers as they
 * come, birth dates as yyyymmdd): the floor holds with the default settings, the same for
 * every file.
 */
describe("duplicate accuracy on the public Febrl files", () => {
  it("reads Febrl's entity labels", () => {
    expect(entityOf("rec-552-dup-3")).toBe("552");
    expect(entityOf(" rec-552-org")).toBe("552");
    expect(entityOf("client 7")).toBe("client 7");
  });

  it("dataset3 (one file, 5,000 records): F1 and pairs completeness over the floor", () => {
    const a = measureLabelledRows(readLabelledRows([`${FEBRL}/dataset3.csv`]));
    expect(a.truePairs).toBe(6538);
    expect(a.precision).toBeGreaterThan(0.97);
    expect(a.f1).toBeGreaterThan(0.97);
    expect(a.pairsCompleteness).toBeGreaterThan(0.97);
  });

  it("dataset4a + dataset4b (originals and altered copies, 10,000 records): F1 over the floor", () => {
    const a = measureLabelledRows(readLabelledRows([`${FEBRL}/dataset4a.csv`, `${FEBRL}/dataset4b.csv`]));
    expect(a.truePairs).toBe(5000);
    expect(a.precision).toBeGreaterThan(0.97);
    expect(a.f1).toBeGreaterThan(0.97);
    expect(a.pairsCompleteness).toBeGreaterThan(0.97);
  });
});
