import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { runStructure } from "../../../src/app/runStructure";
import { isTriaError } from "../../../src/engine/errors";
import { cellAt, columnLetters, readXlsxXml, sheetNamed, type XSheet } from "../../support/xlsx/readXlsxXml";

/**
 * Charts and pictures of workbooks written by openpyxl and LibreOffice, after Structure
 * inserts its columns: read back from the written zip (relationships and DrawingML, not
 * ExcelJS), each chart is still on its sheet, plots the same cells at their new letters, and
 * sits as far right of them as before. What cannot be kept (a pivot table) is refused first.
 */

interface Drawn {
  readonly formulas: string[];
  /** 1-based columns of every anchor's top-left cell. */
  readonly anchorColumns: number[];
  readonly pictures: number;
  readonly charts: number;
}

/** Follows workbook.xml → sheet → drawing → charts by their relationships. */
async function drawnOn(bytes: Uint8Array, sheetName: string): Promise<Drawn> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const target = (rels: string, id: string, dir: string) => {
    const found =
      new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ??
      new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    const path = (found![1]!.startsWith("/") ? found![1]!.slice(1) : dir + found![1]!).split("/");
    const out: string[] = [];
    for (const part of path) {
      if (part === "..") out.pop();
      else out.push(part);
    }
    return out.join("/");
  };
  const workbook = await text("xl/workbook.xml");
  const sheetId = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)![1]!;
  const sheetPath = target(await text("xl/_rels/workbook.xml.rels"), sheetId, "xl/");
  const sheetXml = await text(sheetPath);
  const drawingId = /<drawing\b[^>]*r:id="([^"]+)"/.exec(sheetXml)?.[1];
  if (!drawingId) return { formulas: [], anchorColumns: [], pictures: 0, charts: 0 };
  const rels = (path: string) => path.replace(/([^/]+)$/, "_rels/$1.rels");
  const dir = (path: string) => path.replace(/[^/]+$/, "");
  const drawingPath = target(await text(rels(sheetPath)), drawingId, dir(sheetPath));
  const drawing = await text(drawingPath);
  const drawingRels = await text(rels(drawingPath));
  const formulas: string[] = [];
  const chartIds = [...drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]!);
  for (const id of chartIds) {
    const chart = await text(target(drawingRels, id, dir(drawingPath)));
    expect(chart).toContain("chartSpace");
    formulas.push(...[...chart.matchAll(/<(?:c:)?f>([^<]*)<\/(?:c:)?f>/g)].map((m) => m[1]!));
  }
  const pictures = [...drawing.matchAll(/<(?:\w+:)?blip [^>]*r:embed="([^"]+)"/g)].map((m) => m[1]!);
  for (const id of pictures) expect(zip.file(target(drawingRels, id, dir(drawingPath)))).not.toBeNull();
  const anchorColumns = [...drawing.matchAll(/<(?:\w+:)?from>\s*<(?:\w+:)?col>(\d+)</g)].map((m) => Number(m[1]) + 1);
  return { formulas, anchorColumns, pictures: pictures.length, charts: chartIds.length };
}

function columnOfHeader(sheet: XSheet, headerRow: number, header: string): number {
  for (let column = 1; column <= sheet.lastColumn; column++) if (cellAt(sheet, headerRow, column).value === header) return column;
  throw new Error(`no header ${header}`);
}

async function structured(name: string): Promise<Uint8Array> {
  const host = await openWorkbookFile(`tests/fixtures/workbooks/${name}`);
  await runStructure(host, { lang: "fr", apply: true });
  return host.outputBytes();
}

describe("charts and pictures are kept when columns go in", () => {
  it.each([
    ["openpyxl-chart.xlsx", 1, "Panier moyen"],
    ["libreoffice-chart.xlsx", 1, "Panier moyen"],
    ["openpyxl-features.xlsx", 3, "Panier moyen"],
    ["openpyxl-features-table.xlsx", 3, "Panier moyen"],
    ["openpyxl-image.xlsx", 1, "Nb achats / an"],
  ])(
    "%s: the chart plots its column at its new letter and stays right of it",
    async (file, headerRow, plotted) => {
      const before = await drawnOn(new Uint8Array(readFileSync(`tests/fixtures/workbooks/${file}`)), "Clients");
      const output = await structured(file);
      const after = await drawnOn(output, "Clients");
      expect(after.charts).toBe(before.charts);
      expect(after.pictures).toBe(before.pictures);
      const sheet = sheetNamed(await readXlsxXml(output), "Clients");
      const column = columnOfHeader(sheet, headerRow, plotted);
      const letters = columnLetters(column);
      expect(column).toBeGreaterThan(20); // Structure inserted its columns before it.
      const values = after.formulas.filter((f) => /\$\d+:\$/.test(f) && !/\$B\$/.test(f));
      expect(values).toEqual([expect.stringMatching(new RegExp(`!\\$${letters}\\$${headerRow + 1}:\\$${letters}\\$${headerRow + 6}$`))]);
      // Categories stay on Nom (B): no column went in before it.
      expect(after.formulas.some((f) => /!\$B\$\d+:\$B\$\d+$/.test(f))).toBe(true);
      // The anchors keep their distance from the table's last column (H, before Tria's own columns went in).
      let last = sheet.lastColumn;
      while (cellAt(sheet, headerRow, last).value === null) last--;
      expect(after.anchorColumns.map((c) => c - last)).toEqual(before.anchorColumns.map((c) => c - 8));
    },
    60_000,
  );

  it("a picture keeps its one copy: ExcelJS's unmoved one is not written beside it", async () => {
    const output = await JSZip.loadAsync(await structured("openpyxl-image.xlsx"));
    expect(Object.keys(output.files).filter((name) => /^xl\/media\/.+\.png$/.test(name))).toHaveLength(1);
    expect(Object.keys(output.files).filter((name) => /^xl\/drawings\/drawing\d+\.xml$/.test(name))).toHaveLength(1);
  }, 60_000);

  it("refuses a workbook holding a pivot table before writing, saying why in French and English", async () => {
    const zip = await JSZip.loadAsync(readFileSync("tests/fixtures/workbooks/openpyxl-chart.xlsx"));
    // The parts Excel writes for a pivot table; their content is not read, only declared.
    zip.file("xl/pivotTables/pivotTable1.xml", '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="TCD1"/>');
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/></Types>',
      ),
    );
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const host = await WorkbookHost.fromBytes(bytes, "ventes.xlsx");
    const error = await runStructure(host, { lang: "fr", apply: true }).catch((e: unknown) => e);
    expect(isTriaError(error) && error.code).toBe("featuresNotKept");
    if (!isTriaError(error)) return;
    expect(error.messageIn("fr")).toContain("ventes.xlsx contient un tableau croisé dynamique");
    expect(error.messageIn("fr")).toContain("rien n'a été écrit");
    const english = await runStructure(await WorkbookHost.fromBytes(bytes, "ventes.xlsx"), { lang: "en", apply: true }).catch((e: unknown) => e);
    expect(isTriaError(english) && english.messageIn("en")).toContain("ventes.xlsx holds a pivot table");
  }, 60_000);
});

describe("comments written by openpyxl", () => {
  it("come back with their text, on their moved cells", async () => {
    const output = await structured("openpyxl-comments.xlsx");
    const sheet = sheetNamed(await readXlsxXml(output), "Clients");
    expect(cellAt(sheet, 2, 2).note).toBe("Cliente fidèle depuis 2015");
    const email = columnOfHeader(sheet, 1, "E-mail");
    expect(email).toBeGreaterThan(5);
    expect(cellAt(sheet, 3, email).note).toBe("Adresse vérifiée au téléphone");
  }, 60_000);
});
