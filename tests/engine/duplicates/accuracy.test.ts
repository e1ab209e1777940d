import { describe, expect, it } from "vitest";
import { measureDuplicateAccuracy, pairAccuracy, pairsOf } from "../../../src/tools/duplicateAccuracy";
import { generateLabelledCustomers } from "../../../src/tools/samples/labelledCustomers";

describe("duplicate accuracy on seeded labelled files", () => {
  it("scores pairs: precision, recall, F1", () => {
    const a = pairAccuracy(
      pairsOf([[1, 2, 3]]),
      pairsOf([
        [1, 2],
        [4, 5],
      ]),
    );
    expect(a).toMatchObject({ truePairs: 3, foundPairs: 2, correctPairs: 1, precision: 0.5 });
    expect(a.recall).toBeCloseTo(1 / 3);
  });

  for (const layout of ["single", "split"] as const) {
    for (const seed of [11, 12]) {
      it(`finds the duplicates of a ${layout}-layout file (seed ${seed}) with F1 above 0.95`, () => {
        const a = measureDuplicateAccuracy(generateLabelledCustomers(3000, seed, { layout }));
        expect(a.truePairs).toBeGreaterThan(100);
        expect(a.precision).toBeGreaterThan(0.95);
        expect(a.recall).toBeGreaterThan(0.95);
        expect(a.f1).toBeGreaterThan(0.95);
      });
    }
  }
});
