import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addressProcessor } from "../../../../src/engine/structure/processors/addressProcessor";
import { companyProcessor, fullNameProcessor } from "../../../../src/engine/structure/processors/nameProcessor";
import { postalCodeIndex } from "../../../../src/app/structureProcessors";
import { JobMemos } from "../../../../src/engine/structure/memo/jobMemos";
import type { ProcessorContext } from "../../../../src/engine/structure/columnProcessor";
import type { CellValue } from "../../../../src/engine/table/cellValue";
import type { ColumnRole } from "../../../../src/engine/table/columnRole";

/**
 * The memos must not change what the Structure job writes: the same column run with the job's
 * memos (tiny ones, so that values are evicted and computed again) and without any memo gives
 * the same parts, issues and splits. Values repeat on purpose, as in customer files.
 */
const NAMES = ["M. DUPONT Jean", "Mme Martin", "dupont, jean", "SARL Dupont & Fils", "Jean de LA FONTAINE", "Dr. Émile Zola", "  ", "J.-P. Martin"];
const ADDRESSES = [
  "12 bis, rue de la Paix 75002 PARIS",
  "3 av. Foch 69006 Lyn",
  "32 rue de la Paix 71390",
  "BP 45 - 13100 Aix en Provence",
  "Rue Neuve 12, 1000 Bruxelles, Belgique",
  "30, quai des Jardins Saint-Jean-de-Ceyrargues",
];
const cell = (pool: readonly string[]) => fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 12 }), fc.constant(null));

function context(names: readonly CellValue[], memos: JobMemos | undefined): ProcessorContext {
  return { lang: "fr", defaultCountry: "FR", ...(memos ? { memos } : {}), valuesOfRole: (role: ColumnRole) => (role === "fullName" ? names : null) };
}

function plain(result: { parts: readonly unknown[]; issues: ReadonlyMap<number, unknown>; splits?: ReadonlyMap<number, unknown> }) {
  return { parts: result.parts, issues: [...result.issues], splits: [...(result.splits ?? [])] };
}

describe("memoized processors", () => {
  it("write the same with and without the job's memos", () => {
    const address = addressProcessor(postalCodeIndex());
    fc.assert(
      fc.property(fc.array(fc.tuple(cell(NAMES), cell(ADDRESSES)), { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (rows, limit) => {
        const names = rows.map(([name]) => name);
        const addresses = rows.map(([, a]) => a);
        const memos = new JobMemos(limit);
        for (const [processor, values, header, role] of [
          [fullNameProcessor, names, "Nom", "fullName"],
          [companyProcessor, names, "Société", "company"],
          [address, addresses, "Adresse", "address"],
        ] as const) {
          const source = { index: 0, header, role };
          const withMemo = processor.process(values, context(names, memos), source);
          const without = processor.process(values, context(names, undefined), source);
          expect(plain(withMemo)).toEqual(plain(without));
        }
      }),
      { numRuns: 60 },
    );
  });
});
