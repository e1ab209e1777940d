import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import type { Plan } from "../../../src/engine/plan";
import { FLAG_STYLES } from "../../../src/engine/legend";
import { METADATA_SHEET } from "../../../src/hosts/workbook/triaMetadata";

/** A small, messy customer sheet the way people keep them: title, blank row, header on row 3. */
async function messyWorkbook(options: { formula?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  sheet.getCell("A1").value = "Fichier clients — export du 15/11/2026";
  sheet.mergeCells("A1:D1");
  sheet.getRow(3).values = ["Nom", "Adresse", "Tél.", "Dernier achat"];
  sheet.getRow(4).values = ["M. DUPONT Jean", "12 rue de la Paix 75002 PARIS", "0612345678", new Date(Date.UTC(2024, 0, 12))];
  sheet.getRow(5).values = ["Mme Martin", { richText: [{ text: "3 av. " }, { text: "Foch", font: { bold: true } }] }, { error: "#N/A" }, "12/03/2024"];
  sheet.getCell("C5").note = "Rappeler le soir";
  if (options.formula) sheet.getCell("E4").value = { formula: "LEN(C4)", result: 10 };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function planFor(overrides: Partial<Plan> = {}): Plan {
  return {
    job: "structure",
    sheet: "Clients",
    headerRow: 3,
    rows: [4, 5],
    addedColumns: [
      { key: "structure.address.postalCode", header: "Code postal", after: 1, values: ["75002", null] },
      { key: "structure.address.city", header: "Ville", after: 1, values: ["PARIS", null] },
      { key: "structure.phone.e164", header: "Téléphone (E.164)", after: 2, values: ["+33612345678", { error: "#N/A" }] },
    ],
    flags: [
      { row: 5, column: { source: 1 }, kind: "incomplete", message: "Adresse sans code postal" },
      { row: 5, column: { source: 2 }, kind: "invalid", message: "Numéro illisible" },
      { row: 4, column: { added: "structure.phone.e164" }, kind: "volatile", message: "À revérifier" },
      { row: 4, column: { source: 0 }, kind: "typo", message: "Nom en capitales", suggestion: "Dupont" },
    ],
    addedSheets: [{ key: "summary", name: "Synthèse", rows: [["Lignes", 2]] }],
    extras: {},
    ...overrides,
  };
}

async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe("WorkbookHost", () => {
  it("reads a real xlsx: merged title once, rich text, errors, dates, header on row 3", async () => {
    const host = await WorkbookHost.fromBytes(await messyWorkbook({ formula: true }), "clients.xlsx");
    expect(await host.listSheets()).toEqual(["Clients"]);
    const sheet = await host.readSheet();
    expect(sheet.rows[0]).toEqual(["Fichier clients — export du 15/11/2026"]);
    expect(sheet.rows[1]).toEqual([]);
    expect(sheet.rows[2]).toEqual(["Nom", "Adresse", "Tél.", "Dernier achat"]);
    expect(sheet.rows[3]).toEqual(["M. DUPONT Jean", "12 rue de la Paix 75002 PARIS", "0612345678", new Date(Date.UTC(2024, 0, 12)), 10]);
    expect(sheet.rows[4]).toEqual(["Mme Martin", "3 av. Foch", { error: "#N/A" }, "12/03/2024"]);
  });

  it("says which sheet is missing, and refuses an empty workbook", async () => {
    const host = await WorkbookHost.fromBytes(await messyWorkbook(), "clients.xlsx");
    await expect(host.readSheet("Prospects")).rejects.toMatchObject({ code: "sheetNotFound" });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Feuil1");
    const emptyHost = await WorkbookHost.fromBytes(new Uint8Array((await empty.xlsx.writeBuffer()) as ArrayBuffer), "vide.xlsx");
    await expect(emptyHost.readSheet()).rejects.toMatchObject({ code: "emptyWorkbook" });
  });

  it("applies a Plan to a copy: columns beside their source, legend colours, notes, legend sheet", async () => {
    const input = await messyWorkbook();
    const before = input.slice();
    const host = await WorkbookHost.fromBytes(input, "clients.xlsx");
    await host.apply(planFor(), { lang: "fr" });
    const out = await reload(await host.outputBytes());
    const sheet = out.getWorksheet("Clients")!;
    expect(sheet.getRow(3).values).toEqual([undefined, "Nom", "Adresse", "Code postal", "Ville", "Tél.", "Téléphone (E.164)", "Dernier achat"]);
    expect(sheet.getCell("C4").value).toBe("75002");
    expect(sheet.getCell("F4").value).toBe("+33612345678");
    expect(sheet.getCell("F5").value).toEqual({ error: "#N/A" });
    expect(sheet.getCell("E5").value).toEqual({ error: "#N/A" }); // the user's own error cell, kept
    expect(sheet.getCell("B5").border?.top?.color?.argb).toBe(`FF${FLAG_STYLES.incomplete.border}`);
    expect(fillOf(sheet.getCell("E5"))).toBe(`FF${FLAG_STYLES.invalid.fill}`);
    expect(fillOf(sheet.getCell("F4"))).toBe(`FF${FLAG_STYLES.volatile.fill}`);
    expect(fillOf(sheet.getCell("A4"))).toBe(`FF${FLAG_STYLES.typo.fill}`);
    expect(String(noteOf(sheet.getCell("A4")))).toContain("Nom en capitales → Dupont");
    // The user's own note is kept, Tria's follows it.
    expect(noteOf(sheet.getCell("E5"))).toMatch(/^Rappeler le soir\n— Tria —\nNuméro illisible$/);
    expect(out.getWorksheet("Légende")!.getCell("A4").value).toBe("Incomplet");
    expect(out.getWorksheet("Synthèse")!.getCell("B1").value).toBe(2);
    expect(out.getWorksheet(METADATA_SHEET)!.state).toBe("veryHidden");
    expect(input).toEqual(before);
  });

  it("styles a whole column for a column flag, under a cell's own more serious flag", async () => {
    const host = await WorkbookHost.fromBytes(await messyWorkbook(), "clients.xlsx");
    const plan = planFor({
      addedColumns: [],
      addedSheets: [],
      flags: [{ row: 5, column: { source: 2 }, kind: "invalid", message: "Numéro illisible" }],
      columnFlags: [{ column: { source: 2 }, kind: "volatile", message: "Information volatile" }],
    });
    await host.apply(plan, { lang: "fr" });
    const sheet = (await reload(await host.outputBytes())).getWorksheet("Clients")!;
    expect(fillOf(sheet.getCell("C4"))).toBe(`FF${FLAG_STYLES.volatile.fill}`);
    expect(fillOf(sheet.getCell("C5"))).toBe(`FF${FLAG_STYLES.invalid.fill}`);
    expect(noteOf(sheet.getCell("C3"))).toBe("— Tria —\nInformation volatile");
    expect(fillOf(sheet.getCell("C3"))).toBeUndefined();
  });

  it("updates its own columns on a second run instead of adding new ones", async () => {
    const first = await WorkbookHost.fromBytes(await messyWorkbook(), "clients.xlsx");
    await first.apply(planFor(), { lang: "fr" });
    const second = await WorkbookHost.fromBytes(await first.outputBytes(), "clients.tria.xlsx");
    // The engine is told which columns are Tria's, so it does not read them as the user's data.
    expect((await second.readSheet("Clients")).ownColumns).toEqual(
      new Map([
        [2, "structure.address.postalCode"],
        [3, "structure.address.city"],
        [5, "structure.phone.e164"],
      ]),
    );
    // Second run: the sheet now has 7 columns; the address source is still column B (index 1).
    const plan = planFor({
      addedColumns: [{ key: "structure.address.postalCode", header: "Code postal", after: 1, values: ["75003", "13100"] }],
      flags: [{ row: 5, column: { source: 4 }, kind: "invalid", message: "Toujours illisible" }],
      addedSheets: [],
    });
    await second.apply(plan, { lang: "fr" });
    const out = await reload(await second.outputBytes());
    const sheet = out.getWorksheet("Clients")!;
    expect(sheet.actualColumnCount).toBe(7);
    expect(sheet.getCell("C4").value).toBe("75003");
    expect(sheet.getCell("C5").value).toBe("13100");
    expect(noteOf(sheet.getCell("E5"))).toBe("Rappeler le soir\n— Tria —\nToujours illisible");
    expect(out.worksheets.filter((w) => w.name.startsWith("Légende")).map((w) => w.name)).toEqual(["Légende"]);
  });

  it("inserts added columns beside their source when the sheet has formulas, and moves the formulas' references", async () => {
    const host = await WorkbookHost.fromBytes(await messyWorkbook({ formula: true }), "clients.xlsx");
    await host.apply(planFor({ flags: [], addedSheets: [] }), { lang: "en" });
    const sheet = (await reload(await host.outputBytes())).getWorksheet("Clients")!;
    // Code postal and Ville after Adresse (B), Téléphone (E.164) after Tél.: E4's LEN(C4) is now H4's LEN(E4).
    expect(sheet.getCell("C3").value).toBe("Code postal");
    expect(sheet.getCell("F4").value).toBe("+33612345678");
    expect(sheet.getCell("H4").formula).toBe("LEN(E4)");
    expect(sheet.getCell("E4").value).toBe("0612345678");
    expect(host.warnings).toEqual([]);
  });

  it("writes a CSV's sheet to xlsx with the plan applied", async () => {
    const csv = new TextEncoder().encode("Nom;Adresse;Tél.\nDupont;12 rue de la Paix 75002 Paris;0612345678\n");
    const host = await WorkbookHost.fromBytes(csv, "clients.csv");
    expect(host.csvInfo).toEqual({ delimiter: ";", encoding: "utf-8", otherDelimiterRows: [] });
    const plan = planFor({
      sheet: "clients",
      headerRow: 1,
      rows: [2],
      addedColumns: [{ key: "k", header: "Code postal", after: 1, values: ["75002"] }],
      flags: [],
      addedSheets: [],
    });
    await host.apply(plan, { lang: "en" });
    const out = await reload(await host.outputBytes());
    expect(out.getWorksheet("clients")!.getRow(2).values).toEqual([undefined, "Dupont", "12 rue de la Paix 75002 Paris", "75002", "0612345678"]);
    expect(out.getWorksheet("Legend")).toBeDefined();
  });

  it("leaves the output untouched when a plan fails half-way", async () => {
    const host = await WorkbookHost.fromBytes(await messyWorkbook(), "clients.xlsx");
    const bad = planFor({ flags: [{ row: 4, column: { added: "nowhere" }, kind: "typo", message: "x" }] });
    await expect(host.apply(bad, { lang: "fr" })).rejects.toThrow(/nowhere/);
    const sheet = (await reload(await host.outputBytes())).getWorksheet("Clients")!;
    expect(sheet.getRow(3).values).toEqual([undefined, "Nom", "Adresse", "Tél.", "Dernier achat"]);
  });
});

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (typeof note === "string") return note;
  return (note?.texts ?? []).map((run) => run.text).join("");
}
