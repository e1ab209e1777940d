import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { runStructure } from "../../../src/app/runStructure";
import { letterOf } from "../../../src/hosts/workbook/cellShift";
import { shiftRange } from "../../../src/hosts/workbook/shiftSheetFeatures";
import { cellAt, readXlsxXml, sheetNamed } from "../../support/xlsx/readXlsxXml";

/**
 * openpyxl's sheet without header row (headerless-features.xlsx, make_fixtures.py): Tria adds
 * row 1 and its columns, and everything the sheet holds moves as Excel's "Insert rows" then
 * "Insert columns" would move it. Read back by openpyxl (merges, rules, validations, notes,
 * links, heights, names, formulas, the chart's anchor) and recalculated by LibreOffice Calc.
 */
const FIXTURE = "tests/fixtures/workbooks/headerless-features.xlsx";
const dir = mkdtempSync(join(tmpdir(), "tria-header-row-"));
const openpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;
const soffice = spawnSync("soffice", ["--version"]).status === 0;

async function structured(): Promise<string> {
  const host = await openWorkbookFile(FIXTURE);
  const { report } = await runStructure(host, { lang: "fr", apply: true });
  expect([report.headerRow, report.headerAdded]).toEqual([1, true]);
  const output = join(dir, "structured.xlsx");
  writeFileSync(output, await host.outputBytes());
  return output;
}

/** What openpyxl reads of the written workbook. */
interface Read {
  header: (string | null)[];
  merges: string[];
  note: string | null;
  formats: string[];
  validations: string[];
  comments: Record<string, string>;
  links: Record<string, string>;
  heights: Record<string, number | null>;
  names: Record<string, string>;
  clientFormulas: Record<string, string>;
  summary: (string | null)[];
  anchor: [number, number];
}

const SCRIPT = String.raw`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Clients"]
merged = [str(r) for r in ws.merged_cells.ranges]
first = ws.merged_cells.ranges[0] if ws.merged_cells.ranges else None
out = {
  "header": [c.value for c in ws[1]],
  "merges": merged,
  "note": ws.cell(row=first.min_row, column=first.min_col).value if first else None,
  "formats": [str(cf.sqref) for cf in ws.conditional_formatting],
  "validations": [str(dv.sqref) for dv in ws.data_validations.dataValidation],
  "comments": {c.coordinate: c.comment.text for row in ws.iter_rows() for c in row if c.comment},
  "links": {c.coordinate: c.hyperlink.target for row in ws.iter_rows() for c in row if c.hyperlink},
  "heights": {str(r): ws.row_dimensions[r].height for r in (1, 2, 3)},
  "names": {d.name: d.attr_text for d in wb.defined_names.definedName} if hasattr(wb.defined_names, "definedName") else {n: d.attr_text for n, d in wb.defined_names.items()},
  "clientFormulas": {c.coordinate: c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")},
  "summary": [wb["Synthèse"].cell(row=r, column=2).value for r in (1, 2, 3)],
  "anchor": [ws._charts[0].anchor._from.col, ws._charts[0].anchor._from.row] if ws._charts else [-1, -1],
}
print(json.dumps(out))
`;

describe("a header row added above a sheet moves what the sheet holds, as Excel's Insert rows does", () => {
  it.skipIf(!openpyxl)(
    "merges, rules, validations, notes, links, heights, names and formulas go down one row and across with their columns",
    async () => {
      const output = await structured();
      const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", SCRIPT, output], { encoding: "utf8" })) as Read;
      // Row 1 names the file's columns (« Colonne A »…) beside Tria's: where each original column went.
      const at = (letter: string) => {
        const index = read.header.indexOf(`Colonne ${letter}`);
        expect(index, `Colonne ${letter} in ${read.header.join("|")}`).toBeGreaterThanOrEqual(0);
        return letterOf(index + 1);
      };
      const [A, B, C, E, G, H, I] = ["A", "B", "C", "E", "G", "H", "I"].map(at) as [string, string, string, string, string, string, string];
      // Merged note of row 8 → row 9, its text kept, stretched over the columns Tria put inside it.
      expect(read.merges).toEqual([`${A}9:${C}9`]);
      expect(read.note).toBe("Note : chiffres au 30/06");
      expect(read.formats).toEqual([`${H}2:${H}7`]);
      expect(read.validations).toEqual([`${G}2:${G}7`]);
      expect(read.comments[`${B}3`]).toContain("Cliente fidèle depuis 2015");
      expect(Object.keys(read.comments).filter((ref) => read.comments[ref]!.includes("Cliente fidèle"))).toEqual([`${B}3`]);
      expect(read.links[`${E}4`]).toBe("mailto:paul.vincent@icloud.com");
      expect(read.heights["3"]).toBe(30);
      expect(read.heights["2"]).not.toBe(30);
      expect(read.names.Paniers).toBe(`Clients!$${H}$2:$${H}$7`);
      // The formula column: each row's formula now names its own (moved) row.
      expect(read.clientFormulas[`${I}2`]).toBe(`=${G}2*${H}2`);
      expect(read.clientFormulas[`${I}7`]).toBe(`=${G}7*${H}7`);
      expect(read.summary).toEqual(["=SUM(Paniers)", `=SUM(Clients!${G}2:${G}7)`, `=SUM(Clients!${I}2:${I}7)`]);
      // The chart was anchored at K2 (0-based column 10, row 1): one row down, right by the columns inserted before K.
      expect(read.anchor[1]).toBe(2);
      const chart = await JSZip.loadAsync(readFileSync(output)).then((zip) =>
        Promise.all(
          Object.keys(zip.files)
            .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
            .map((n) => zip.file(n)!.async("string")),
        ),
      );
      expect(chart.join("")).toContain(`'Clients'!$${H}$2:$${H}$7`);
    },
    60_000,
  );

  it.skipIf(process.env.TRIA_SKIP_LIBREOFFICE === "1")(
    "LibreOffice Calc recalculates the other sheet's totals to the original values",
    async () => {
      if (!soffice) throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set TRIA_SKIP_LIBREOFFICE=1).");
      const output = await structured();
      execFileSync(
        "soffice",
        ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "lo"), output],
        { stdio: "pipe", timeout: 240_000 },
      );
      const book = await readXlsxXml(new Uint8Array(readFileSync(join(dir, "lo", "structured.xlsx"))));
      const synthese = sheetNamed(book, "Synthèse");
      // Σ Panier moyen (through the name), Σ Nb achats, Σ achats × panier: as computed on the original rows.
      expect(cellAt(synthese, 1, 2).value).toBeCloseTo(2021.63, 2);
      expect(cellAt(synthese, 2, 2).value).toBe(39);
      expect(cellAt(synthese, 3, 2).value).toBeCloseTo(3 * 191.69 + 17 * 828.67 + 424.06 + 10 * 191.71 + 2 * 75.5 + 6 * 310, 2);
    },
    300_000,
  );

  it("shiftRange moves rows, columns or both", () => {
    expect(shiftRange("A8:C8", { row: (r) => r + 1 })).toBe("A9:C9");
    expect(shiftRange("$H$1:$H$6", { row: (r) => r + 1, column: (c) => (c >= 3 ? c + 2 : c) })).toBe("$J$2:$J$7");
    expect(shiftRange("A:C", { row: (r) => r + 1 })).toBe("A:C");
    expect(shiftRange("4:9", { row: (r) => r + 1 })).toBe("5:10");
    expect(shiftRange("4:9", (c) => c + 1)).toBe("4:9");
  });
});
