import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cellAddress, chunkAddresses, columnLetters, columnRunAddress, qualified } from "../../../src/hosts/excel/a1";
import { blocksByBytes, nextBlockSize, syncInBlocks } from "../../../src/hosts/excel/payload";
import { addressesByLook, flaggedCells } from "../../../src/hosts/excel/flaggedCells";
import { rowRuns } from "../../../src/hosts/excel/columnFlags";
import { placeColumns } from "../../../src/hosts/columnPlacement";
import { FLAG_KINDS } from "../../../src/engine/legend";
import { columnIndex, parseAddress } from "../../../src/tools/fakeExcel/fakeExcel";
import type { CellFlag } from "../../../src/engine/plan";

describe("a1", () => {
  it("column letters: A, Z, AA, XFD and a round trip over Excel's 16,384 columns", () => {
    expect([1, 26, 27, 52, 703, 16_384].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 16_384 }), (n) => columnIndex(columnLetters(n)) === n - 1));
  });

  it("addresses parse back to the same cell or run of rows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 1_048_576 }), fc.nat(1000), (column, row, extra) => {
        expect(parseAddress(cellAddress(row, column))).toEqual({ row: row - 1, column: column - 1, rows: 1, columns: 1 });
        const last = Math.min(1_048_576, row + extra);
        expect(parseAddress(columnRunAddress(column, row, last))).toEqual({ row: row - 1, column: column - 1, rows: last - row + 1, columns: 1 });
      }),
    );
  });

  it("qualified quotes sheet names with spaces or quotes, Excel's way", () => {
    expect(qualified("Clients", "A1")).toBe("Clients!A1");
    expect(qualified("Mes clients", "A1")).toBe("'Mes clients'!A1");
    expect(qualified("L'équipe", "B2")).toBe("'L''équipe'!B2");
  });

  it("chunked address lists keep every address once, in order, each chunk under the limit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 1_048_576 })), { maxLength: 300 }),
        fc.integer({ min: 20, max: 400 }),
        (cells, max) => {
          const addresses = cells.map(([c, r]) => cellAddress(r, c));
          const chunks = chunkAddresses(addresses, max);
          expect(chunks.flatMap((chunk) => chunk.split(","))).toEqual(addresses);
          for (const chunk of chunks) expect(chunk.length <= max || !chunk.includes(",")).toBe(true);
        },
      ),
    );
  });
});

describe("payload", () => {
  const costs = fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 400 });

  it("blocks cover every row exactly once, in order, each under the limit unless one row alone is heavier", () => {
    fc.assert(
      fc.property(costs, fc.integer({ min: 1, max: 20_000 }), (cost, max) => {
        const blocks = blocksByBytes(cost.length, (r) => cost[r]!, max);
        let next = 0;
        for (const { start, count } of blocks) {
          expect(start).toBe(next);
          expect(count).toBeGreaterThan(0);
          const bytes = cost.slice(start, start + count).reduce((a, b) => a + b, 0);
          expect(bytes <= max || count === 1).toBe(true);
          expect(nextBlockSize(start, cost.length, (r) => cost[r]!, max)).toBe(count);
          next = start + count;
        }
        expect(next).toBe(cost.length);
      }),
    );
  });

  it("syncInBlocks queues every row once even when Excel refuses some requests as too large", async () => {
    await fc.assert(
      fc.asyncProperty(costs, fc.integer({ min: 100, max: 20_000 }), fc.integer({ min: 50, max: 20_000 }), async (cost, max, excelLimit) => {
        const done: number[] = [];
        let pending: [number, number][] = [];
        const sync = async () => {
          const bytes = pending.reduce((s, [a, n]) => s + cost.slice(a, a + n).reduce((x, y) => x + y, 0), 0);
          const rows = pending.reduce((s, [, n]) => s + n, 0);
          const queued = pending;
          pending = [];
          // Excel's real limit, below our budget: a refused request changed nothing.
          if (bytes > excelLimit && rows > 1) throw Object.assign(new Error("too large"), { code: "RequestPayloadSizeLimitExceeded" });
          for (const [a, n] of queued) for (let r = a; r < a + n; r++) done.push(r);
        };
        await syncInBlocks(
          sync,
          cost.length,
          (r) => cost[r]!,
          max,
          (start, count) => pending.push([start, count]),
        );
        expect(done).toEqual(cost.map((_, i) => i));
      }),
    );
  });
});

describe("flaggedCells", () => {
  const flag = fc.record({
    row: fc.integer({ min: 2, max: 60 }),
    column: fc.oneof(fc.record({ source: fc.integer({ min: 0, max: 4 }) }), fc.constant({ added: "x" })),
    kind: fc.constantFrom(...FLAG_KINDS),
    message: fc.string({ maxLength: 8 }),
  }) as fc.Arbitrary<CellFlag>;

  it("grouping by look loses no flagged cell and never duplicates one", () => {
    const placement = placeColumns([{ key: "x", header: "X", after: 1, values: [] }], new Map(), 5, false);
    fc.assert(
      fc.property(fc.array(flag, { maxLength: 200 }), (flags) => {
        const cells = flaggedCells(flags, placement);
        expect(cells.reduce((n, c) => n + c.kinds.length, 0)).toBe(flags.length);
        const covered: string[] = [];
        for (const { addresses } of addressesByLook(cells).values()) {
          for (const address of addresses) {
            const rect = parseAddress(address);
            for (let r = 0; r < rect.rows; r++) covered.push(`${rect.row + r + 1}:${rect.column + 1}`);
          }
        }
        expect(covered.sort()).toEqual(cells.map((c) => `${c.row}:${c.column}`).sort());
      }),
    );
  });

  it("row runs cover each row once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 300 }), (rows) => {
        const covered = rowRuns(rows).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
        expect(covered).toEqual([...new Set(rows)].sort((a, b) => a - b));
      }),
    );
  });
});
