import { describe, expect, it } from "vitest";
import fc from "fast-check";
import JSZip from "jszip";
import { insertedAt } from "../../../../src/hosts/workbook/cellShift";
import { outsideRows } from "../../../../src/hosts/workbook/node/sheetOutsideRows";
import { sheetViewsXml } from "../../../../src/hosts/workbook/stream/sheetViews";

/**
 * Views moved as Excel's "Insert columns/rows" moves them, and row heights found in a sheet's
 * XML wherever the stream cuts it.
 */
const FROZEN_C2 =
  '<sheetViews><sheetView tabSelected="1" zoomScale="120" workbookViewId="0"><pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>' +
  '<selection pane="bottomRight" activeCell="D5" sqref="D5:E6"/></sheetView></sheetViews>';

describe("sheetViewsXml", () => {
  it("a column inserted among the frozen ones widens the split; one inserted right after them does not", () => {
    const inside = sheetViewsXml(FROZEN_C2, { column: insertedAt(2, 1) }, { selected: true, freezeRow: 1 });
    expect(inside).toContain('<pane xSplit="3" ySplit="1" topLeftCell="D2" activePane="bottomRight" state="frozen"/>');
    expect(inside).toContain('activeCell="E5" sqref="E5:F6"');
    const after = sheetViewsXml(FROZEN_C2, { column: insertedAt(3, 2) }, { selected: true, freezeRow: 1 });
    expect(after).toContain('<pane xSplit="2" ySplit="1" topLeftCell="C2"');
    expect(after).toContain('activeCell="F5" sqref="F5:G6"');
  });

  it("a header row added above: a frozen row moves down, the zoom stays, one sheet only is selected", () => {
    const other = sheetViewsXml(FROZEN_C2, { row: insertedAt(1, 1) }, { selected: false, freezeRow: 0 });
    expect(other).toContain('<pane xSplit="2" ySplit="2" topLeftCell="C3"');
    expect(other).toContain('zoomScale="120"');
    expect(other).not.toContain("tabSelected");
  });

  it("Tria freezes the header row only where the user froze nothing, keeping their zoom and grid lines", () => {
    const plain = sheetViewsXml('<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>', {}, { selected: true, freezeRow: 1 });
    expect(plain).toBe(
      '<sheetViews><sheetView showGridLines="0" workbookViewId="0" tabSelected="1"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>',
    );
    expect(sheetViewsXml("", {}, { selected: false, freezeRow: 0 })).toBe('<sheetViews><sheetView workbookViewId="0"></sheetView></sheetViews>');
  });
});

describe("outsideRows: row heights", () => {
  it("finds every row of a height of its own, wherever the part is cut, and none at the default height (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ height: fc.constantFrom(null, 15, 24, 30.75), custom: fc.boolean(), text: fc.string({ minLength: 50, maxLength: 400 }) }), {
          minLength: 100,
          maxLength: 300,
        }),
        async (rows) => {
          const expected = new Map<number, string>();
          const xml = rows
            .map(({ height, custom, text }, i) => {
              const r = i + 1;
              if (height !== null && (custom || height !== 15)) expected.set(r, ` ht="${height}"${custom ? ' customHeight="1"' : ""}`);
              const attributes = height === null ? "" : ` ht="${height}"${custom ? ' customHeight="1"' : ""}`;
              const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
              return `<row r="${r}" spans="1:2"${attributes} x14ac:dyDescent="0.25"><c r="A${r}" t="inlineStr"><is><t>${escaped} ht="9"</t></is></c></row>`;
            })
            .join("");
          const zip = new JSZip().file(
            "sheet.xml",
            `<worksheet><sheetFormatPr defaultRowHeight="15"/><sheetData>${xml}</sheetData><pageMargins left="0.7"/></worksheet>`,
          );
          const read = await outsideRows((await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }))).file("sheet.xml")!);
          expect(read).not.toBeNull();
          expect(new Map(read!.heights)).toEqual(expected);
          expect(read!.tail).toBe('<pageMargins left="0.7"/></worksheet>');
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
