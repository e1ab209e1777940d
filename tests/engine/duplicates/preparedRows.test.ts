import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { IdLists } from "../../../src/engine/duplicates/idLists";
import { Interner } from "../../../src/engine/duplicates/interner";
import { candidatePairs } from "../../../src/engine/duplicates/candidatePairs";
import { keyHash } from "../../../src/engine/duplicates/keyHash";
import { prepareRows } from "../../../src/engine/duplicates/preparedRows";
import { recordOf } from "../../../src/engine/duplicates/recordOf";
import { RowComparer, type FieldEvidence } from "../../../src/engine/duplicates/compare/compareRows";
import { fieldColumns, MATCH_FIELDS } from "../../../src/engine/duplicates/duplicateFields";
import { detectRoles } from "../../../src/engine/table/detectRoles";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { generateLabelledCustomers } from "../../../src/tools/samples/labelledCustomers";

describe("interned values", () => {
  it("gives each distinct text one id and counts its occurrences", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3000 }), (texts) => {
        const interner = new Interner();
        const ids = texts.map((t) => interner.id(t));
        expect(interner.size).toBe(new Set(texts).size);
        texts.forEach((t, k) => {
          expect(interner.text(ids[k]!)).toBe(t);
          expect(interner.find(t)).toBe(ids[k]);
          expect(interner.count(ids[k]!)).toBe(texts.filter((x) => x === t).length);
        });
      }),
      { numRuns: 50 },
    );
    expect(new Interner().find("absent")).toBe(-1);
  });

  it("keeps one list of ids per row in one flat array, rows left out being empty", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 5 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 0, max: 3 }),
        (lists, skip) => {
          const rows = new IdLists(lists.length + skip, 0);
          lists.forEach((list, r) => {
            rows.start(r);
            for (const id of list) rows.add(id);
          });
          rows.finish();
          lists.forEach((list, r) => expect(rows.list(r)).toEqual(list));
          for (let r = lists.length; r < lists.length + skip; r++) expect(rows.sizeOf(r)).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("candidate pairs", () => {
  it("are exactly the pairs of rows sharing a key, each once, blocks over the cap left out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }), { minLength: 2, maxLength: 120 }),
        fc.integer({ min: 2, max: 12 }),
        (keysOfRow, cap) => {
          const rowsOfKey = new Map<number, Set<number>>();
          keysOfRow.forEach((keys, row) => keys.forEach((k) => rowsOfKey.set(k, (rowsOfKey.get(k) ?? new Set()).add(row))));
          const expected = new Set<number>();
          for (const rows of rowsOfKey.values()) {
            if (rows.size > cap) continue;
            const list = [...rows].sort((a, b) => a - b);
            for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) expected.add(list[a]! * keysOfRow.length + list[b]!);
          }
          const { pairs } = candidatePairs(keysOfRow.length, (row, emit) => keysOfRow[row]!.forEach((k) => emit(keyHash(1, k))), cap, cap);
          expect([...pairs]).toEqual([...expected].sort((a, b) => a - b));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("mixes key parts so that different ids give different keys", () => {
    const seen = new Set<number>();
    for (let a = 0; a < 300; a++) for (let b = 0; b < 300; b++) seen.add(keyHash(5, a, b));
    expect(seen.size).toBeGreaterThan(89_990);
    expect(keyHash(1, 7)).toBe(keyHash(1, 7));
    expect(keyHash(1, 7)).not.toBe(keyHash(2, 7));
  });
});

describe("prepared rows", () => {
  const file = generateLabelledCustomers(600, 5, { layout: "single" });
  const table = tableFromSheet({ name: "Clients", rows: file.rows }, { headerRow: 1 });
  const columns = fieldColumns(detectRoles(table));
  const prepared = prepareRows(table, columns);

  it("hold each row's normalised values, readable back as a record", () => {
    const sample = table.rows.findIndex((row) => typeof row.cells[5] === "string" && String(row.cells[5]).includes("@"));
    const record = recordOf(prepared, sample);
    expect(record.email).toBe(String(table.rows[sample]!.cells[5]).trim().toLowerCase());
    expect(record.name.length).toBeGreaterThan(0);
    expect(record.filled).toBeGreaterThan(3);
    expect(record.address.postalCode).toMatch(/^(\d{4,5})?$/);
  });

  it("stop comparing early only when the pair cannot reach the floor", () => {
    const comparer = new RowComparer(prepared, new Set(MATCH_FIELDS));
    const n = prepared.rows;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.double({ min: -10, max: 40, noNaN: true }), (i, j, floor) => {
        const full = comparer.score(i, j);
        const early = comparer.score(i, j, floor);
        expect(early >= floor).toBe(full >= floor);
        if (early >= floor) expect(early).toBeCloseTo(full, 9);
      }),
      { numRuns: 2000 },
    );
    // The true duplicates of the file score over the default threshold far more often than not.
    let over = 0;
    for (const [dup, original] of file.duplicateOf) if (comparer.score(dup - 1, original - 1) > 14) over++;
    expect(over / file.duplicateOf.size).toBeGreaterThan(0.9);
  });

  it("explain a comparison field by field, the bits adding up to the score", () => {
    const comparer = new RowComparer(prepared, new Set(MATCH_FIELDS));
    const [dup, original] = [...file.duplicateOf][0]!;
    const evidence: FieldEvidence[] = [];
    const bits = comparer.score(dup - 1, original - 1, 1000, evidence);
    expect(evidence.length).toBeGreaterThan(1);
    expect(evidence.reduce((sum, e) => sum + e.bits, 0)).toBeCloseTo(bits, 9);
  });
});
