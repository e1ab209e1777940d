import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMetadata } from "../../../src/hosts/excel/excelMetadata";
import { chartSourceAddress } from "../../../src/hosts/excel/sheetCharts";
import { columnWidthPoints, lookRequests, numberFormatGrid, rowRuns } from "../../../src/hosts/excel/sheetLook";
import { parseAddress } from "../../../src/tools/fakeExcel/fakeExcel";
import { scoreSummarySheet } from "./summaryFixtures";

/** Every cell an A1 run list covers, as "row,column" (0-based). */
function cellsOf(runs: readonly string[]): string[] {
  return runs.flatMap((run) => {
    const rect = parseAddress(run);
    return Array.from({ length: rect.rows * rect.columns }, (_, i) => `${rect.row + Math.floor(i / rect.columns)},${rect.column + (i % rect.columns)}`);
  });
}

describe("an added sheet's look as Office.js requests", () => {
  it("joins cells of a row into runs", () => {
    expect(
      rowRuns([
        { row: 2, column: 0 },
        { row: 2, column: 1 },
        { row: 2, column: 2 },
        { row: 3, column: 4 },
        { row: 2, column: 5 },
      ]),
    ).toEqual(["A3:C3", "F3", "E4"]);
  });

  it("runs cover exactly the styled cells, once each, whatever the order and repeats", () => {
    const cell = fc.record({ row: fc.nat(40), column: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        const covered = cellsOf(rowRuns(cells));
        expect(new Set(covered).size).toBe(covered.length);
        expect(new Set(covered)).toEqual(new Set(cells.map((c) => `${c.row},${c.column}`)));
      }),
    );
  });

  it("groups fills by colour and bold apart, ignoring a colour that is not RRGGBB", () => {
    const requests = lookRequests({
      key: "k",
      name: "S",
      rows: [],
      cellStyles: [
        { row: 0, column: 0, fill: "ddebf7", bold: true },
        { row: 0, column: 1, fill: "DDEBF7", bold: true },
        { row: 1, column: 0, fill: "red" },
      ],
    });
    expect(requests).toEqual([
      { address: "A1:B1", fill: "DDEBF7" },
      { address: "A1:B1", bold: true },
    ]);
  });

  it("the summary fixture's 25 heat cells and titles need a handful of requests", () => {
    const requests = lookRequests(scoreSummarySheet(5));
    expect(requests.length).toBeLessThanOrEqual(8);
  });

  it("number formats line up with the values, null elsewhere, none without formats", () => {
    const sheet = scoreSummarySheet(2);
    const grid = numberFormatGrid(sheet, 3)!;
    expect(grid).toHaveLength(sheet.rows.length);
    expect(grid[3]).toEqual([null, null, "0.0%"]);
    expect(grid[0]).toEqual([null, null, null]);
    expect(numberFormatGrid({ key: "k", name: "S", rows: [[1]] }, 1)).toBeNull();
  });

  it("widths in characters become points (ECMA-376 §18.3.1.13, Calibri 11)", () => {
    expect(columnWidthPoints(8.43)).toBe(48); // Excel's default column: 64 px
    expect(columnWidthPoints(12)).toBe(66.75);
  });

  it("a chart's source is one range from the header row, or null when Office.js cannot take it", () => {
    const chart = { kind: "column" as const, title: "t", firstRow: 3, lastRow: 7, categoryColumn: 0, valueColumns: [1, 2], anchor: { row: 0, column: 5 } };
    expect(chartSourceAddress(chart)).toBe("A3:C8");
    expect(chartSourceAddress({ ...chart, kind: "pie" })).toBe("A3:B8");
    expect(chartSourceAddress({ ...chart, valueColumns: [2] })).toBeNull();
    expect(chartSourceAddress({ ...chart, valueColumns: [] })).toBeNull();
    expect(chartSourceAddress({ ...chart, firstRow: 0 })).toBeNull();
  });
});

describe("charts in Tria's metadata", () => {
  it("keeps well-formed chart descriptions and drops the rest", () => {
    const chart = scoreSummarySheet().charts![0]!;
    const text = JSON.stringify({
      version: 1,
      columns: [],
      sheets: ["S"],
      charts: [{ sheet: "S", chart }, { sheet: "S", chart: { ...chart, valueColumns: "B" } }, null, 3],
    });
    expect(parseMetadata(text).charts).toEqual([{ sheet: "S", chart }]);
    expect(parseMetadata(JSON.stringify({ version: 1, columns: [], sheets: [], charts: "x" })).charts).toBeUndefined();
  });
});
