import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../../src/hosts/workbook/node/openWorkbookFile";
import { runCli } from "../../../cli/cliHarness";
import { saveWithCalc } from "../../../support/saveWithCalc";
import { readXlsxXml, sheetNamed } from "../../../support/xlsx/readXlsxXml";

/**
 * A plain workbook written back streamed keeps what the user sees besides the cells: frozen
 * panes, zoom, grid lines, the selected cell, row heights, the tab colour, the page setup and
 * print titles, the theme its colours name. Columns inserted and a header row added above move
 * them as Excel's "Insert" does. Fixtures written by openpyxl (make_fixtures.py), read back by
 * openpyxl when it is installed, and always by the package's XML.
 */
const FIXTURES = "tests/fixtures/workbooks";
const dir = mkdtempSync(join(tmpdir(), "tria-views-"));
const openpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;

async function structure(file: string, folder = FIXTURES): Promise<string> {
  expect((await openWorkbookFile(`${folder}/${file}`)).streamsOutput, file).toBe(true);
  const output = join(dir, file);
  const run = await runCli(["structure", `${folder}/${file}`, "-o", output]);
  expect(run.code, run.stderr).toBe(0);
  return output;
}

async function part(file: string, name: string): Promise<string> {
  return (await (await JSZip.loadAsync(readFileSync(file))).file(name)?.async("string")) ?? "";
}

/** What openpyxl reads of each sheet's view and rows, and of the theme. */
function readWithOpenpyxl(file: string): Record<string, unknown> {
  const script = [
    "import json, sys, openpyxl",
    "wb = openpyxl.load_workbook(sys.argv[1])",
    "out = {'theme': wb.loaded_theme.decode('utf8') if wb.loaded_theme else None, 'sheets': {}}",
    "for ws in wb.worksheets:",
    "    view = ws.sheet_view",
    "    out['sheets'][ws.title] = {'freeze': ws.freeze_panes, 'zoom': view.zoomScale, 'grid': view.showGridLines, 'selected': bool(view.tabSelected),",
    "        'active': [s.activeCell for s in view.selection], 'heights': {str(r): d.height for r, d in ws.row_dimensions.items() if d.height},",
    "        'tab': ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor else None, 'orientation': ws.page_setup.orientation,",
    "        'fitToWidth': ws.page_setup.fitToWidth, 'titles': ws.print_title_rows, 'header': [c.value for c in ws[1]],",
    "        'a1': [ws['A1'].font.color.theme if ws['A1'].font.color else None, ws['A1'].fill.fgColor.theme, ws['A1'].font.b]}",
    // A colour given in RGB answers its theme with a descriptor: null.
    "print(json.dumps(out, default=lambda value: None))",
  ].join("\n");
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" })) as Record<string, unknown>;
}

describe("a plain .xlsx keeps its views, row heights, theme and print settings when streamed", () => {
  it("openpyxl's frozen header and columns, zoom, grid lines, selection, heights, tab colour, landscape page, print titles, theme", async () => {
    const output = await structure("openpyxl-views.xlsx");
    const sheet = await part(output, "xl/worksheets/sheet1.xml");
    // The two frozen columns (N° client, Nom) stay two: Tria's columns go in after Nom, past the split.
    expect(sheet).toMatch(/<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"\/>/);
    expect(sheet).toMatch(/<sheetView [^>]*showGridLines="0"[^>]*zoomScale="130"[^>]*tabSelected="1"/);
    expect(sheet).toMatch(/<row r="1" ht="32" customHeight="1">/);
    expect(sheet).toMatch(/<row r="4" ht="24" customHeight="1">/);
    expect(sheet).toContain('<tabColor rgb="001F6F43"/>');
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(await part(output, "xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Clients'!1:1</definedName>`);
    const theme = await part(`${FIXTURES}/openpyxl-views.xlsx`, "xl/theme/theme1.xml");
    expect(theme.length).toBeGreaterThan(1000);
    expect(await part(output, "xl/theme/theme1.xml")).toBe(theme);
    expect(await part(output, "[Content_Types].xml")).toContain('PartName="/xl/theme/theme1.xml"');
    const readme = await part(output, "xl/worksheets/sheet2.xml");
    expect(readme).toMatch(/<sheetView zoomScale="80" workbookViewId="0">/);
    expect(readme).toMatch(/<row r="1" ht="40" customHeight="1">/);
    if (!openpyxl) return;
    const read = readWithOpenpyxl(output) as { theme: string; sheets: Record<string, Record<string, unknown>> };
    const clients = read.sheets["Clients"]!;
    // The selected cell, E3 (an e-mail), is still on the e-mail: its column moved right.
    const email = (clients["header"] as string[]).indexOf("E-mail");
    expect(email).toBeGreaterThan(4);
    const emailLetter = String.fromCharCode(65 + (email % 26));
    expect({ ...clients, header: undefined }).toEqual({
      freeze: "C2",
      zoom: 130,
      grid: false,
      selected: true,
      active: [email >= 26 ? `A${emailLetter}3` : `${emailLetter}3`, "A1", "A1"],
      heights: { "1": 32, "4": 24 },
      tab: "001F6F43",
      orientation: "landscape",
      fitToWidth: 1,
      titles: "1:1",
      a1: [0, 4, true],
      header: undefined,
    });
    expect(read.sheets["Lisez-moi"]).toMatchObject({ zoom: 80, selected: false, heights: { "1": 40 } });
    expect(read.theme).toBe(theme);
  }, 60_000);

  it("a sheet without header row: the heights move down with their rows, the frozen first column stays", async () => {
    const output = await structure("openpyxl-views-headerless.xlsx");
    const sheet = await part(output, "xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<pane xSplit="1" topLeftCell="B1" activePane="topRight" state="frozen"\/>/);
    expect(sheet).toMatch(/<row r="2" ht="30" customHeight="1">/);
    expect(sheet).toMatch(/<row r="4" ht="22.5" customHeight="1">/);
    expect(sheet).not.toMatch(/<row r="(1|3)" ht=/);
    if (!openpyxl) return;
    const clients = (readWithOpenpyxl(output) as { sheets: Record<string, Record<string, unknown>> }).sheets["Clients"]!;
    expect(clients).toMatchObject({ freeze: "B1", zoom: 90, heights: { "2": 30, "4": 22.5 } });
    expect((clients["header"] as string[])[0]).toBe("Colonne A");
  }, 60_000);

  it.skipIf(process.env.TRIA_SKIP_LIBREOFFICE === "1")(
    "the same workbook saved by LibreOffice (its own way of writing views and row formats) is written back well-formed",
    async () => {
      const saved = saveWithCalc(`${FIXTURES}/openpyxl-views.xlsx`, mkdtempSync(join(dir, "calc-")), mkdtempSync(join(dir, "profile-")));
      const output = await structure("openpyxl-views.xlsx", join(saved, ".."));
      // The XML reader parses every part strictly: an element left open fails here.
      const clients = sheetNamed(await readXlsxXml(readFileSync(output)), "Clients");
      expect(clients.lastRow).toBe(7);
      expect(await part(output, "xl/worksheets/sheet1.xml")).toMatch(/<row r="1" ht="31.5" customHeight="1">/);
      if (openpyxl)
        expect((readWithOpenpyxl(output) as { sheets: Record<string, Record<string, unknown>> }).sheets["Clients"]).toMatchObject({ orientation: "landscape" });
    },
    240_000,
  );
});
