import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync, spawnSync } from "node:child_process";
import type { Report } from "../../src/engine/report";
import { SEGMENT_KEYS } from "../../src/engine/scoring/data/segmentGrid";
import { runScoreCli } from "./scoreHarness";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";

const tmp = () => mkdtempSync(join(tmpdir(), "tria-score-"));

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("tria score", () => {
  it("on the bundled sample (customer rows): scores, segments, groups and the summary sheet in a real xlsx", async () => {
    const dir = tmp();
    const out = join(dir, "clients.xlsx");
    const run = await runScoreCli(["samples/clients-demo.xlsx", "-o", out, "--report", join(dir, "r.json")]);
    expect(run.error).toBeNull();
    expect(run.stdout).toContain("clients notés sur 500");
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.job).toBe("score");
    expect(report.scores).toHaveLength(500);
    const scored = report.scores.filter((s) => s.code !== null);
    expect(scored.length).toBeGreaterThan(400);
    expect(new Set(scored.map((s) => s.segment))).toEqual(new Set(SEGMENT_KEYS));
    expect(new Set(scored.map((s) => s.group))).toEqual(new Set(["A", "B", "C", "D"]));
    for (const s of scored) expect(s.code).toBe(`${s.r}${s.f}${s.m}`);
    // Every unscored customer has a flagged cell saying why.
    const flaggedRows = new Set(report.flags.map((f) => f.row));
    for (const s of report.scores.filter((x) => x.code === null)) expect(flaggedRows.has(s.row!)).toBe(true);

    const workbook = await readBack(out);
    const sheet = workbook.getWorksheet("Clients")!;
    const header = sheet.getRow(3).values as unknown[];
    expect(header.slice(12, 19)).toEqual(["R", "F", "M", "Code RFM", "Score RFM", "Segment", "Groupe"]);
    const first = report.scores[0]!;
    expect(sheet.getRow(first.row!).getCell(15).value).toBe(first.code);
    const summary = workbook.getWorksheet("Synthèse RFM")!;
    expect(String(summary.getCell("A1").value)).toContain("Synthèse RFM");
    expect(summary.getCell("A4").value).toBe("Champions");
    expect(summary.getCell("C4").numFmt).toBe("0.0%");
    expect(workbook.getWorksheet("Légende")).toBeDefined();
  });

  it("draws the summary's bar chart as a native Excel chart that LibreOffice Calc reads", async () => {
    const dir = tmp();
    const out = join(dir, "chart.xlsx");
    expect((await runScoreCli(["samples/clients-demo.xlsx", "-o", out])).error).toBeNull();
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("&apos;Synthèse RFM&apos;!$A$4:$A$14");
    expect(chart).toContain("&apos;Synthèse RFM&apos;!$B$4:$B$14");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/xl/charts/chart1.xml"');
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async("string")),
    );
    // One sheet draws it (the summary): the streaming writer's or addNativeCharts' drawing.
    expect(sheets.filter((xml) => /<drawing r:id="[^"]+"\/>/.test(xml))).toHaveLength(1);
    if (process.env.TRIA_SKIP_LIBREOFFICE === "1") return;
    if (spawnSync("soffice", ["--version"]).status !== 0)
      throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set TRIA_SKIP_LIBREOFFICE=1).");
    // Calc re-saves the chart only if it understood it.
    const resaved = join(dir, "lo");
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx", "--outdir", resaved, out], {
      stdio: "pipe",
      timeout: 120_000,
    });
    const again = await JSZip.loadAsync(readFileSync(join(resaved, "chart.xlsx")));
    const charts = Object.keys(again.files).filter((p) => p.startsWith("xl/charts/chart"));
    expect(charts.length).toBe(1);
    expect(await again.file(charts[0]!)!.async("string")).toContain("$B$4:$B$14");
  }, 180_000);

  it("run twice, updates its own columns and summary instead of adding new ones, with the same scores", async () => {
    const dir = tmp();
    await runScoreCli(["samples/clients-demo.xlsx", "-o", join(dir, "a.xlsx"), "--report", join(dir, "a.json")]);
    const again = await runScoreCli([join(dir, "a.xlsx"), "-o", join(dir, "b.xlsx"), "--report", join(dir, "b.json")]);
    expect(again.error).toBeNull();
    const first = JSON.parse(readFileSync(join(dir, "a.json"), "utf8")) as Report;
    const second = JSON.parse(readFileSync(join(dir, "b.json"), "utf8")) as Report;
    expect(second.scores).toEqual(first.scores);
    const workbook = await readBack(join(dir, "b.xlsx"));
    expect(workbook.worksheets.map((w) => w.name).filter((n) => n !== "_tria")).toEqual(["Clients", "Synthèse RFM", "Légende"]);
    expect(workbook.getWorksheet("Clients")!.getRow(3).cellCount).toBe(18);
  });

  it("on the bundled orders file (CSV, one row per order): one score per customer, in English", async () => {
    const dir = tmp();
    const out = join(dir, "orders.xlsx");
    const run = await runScoreCli(["samples/commandes-demo.csv", "-o", out, "--report", join(dir, "r.json"), "--lang", "en"], "en");
    expect(run.error).toBeNull();
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.counts.rows).toBe(2000);
    expect(report.scores).toHaveLength(200);
    expect(report.scores.every((s) => typeof s.customer === "string" && s.row === undefined)).toBe(true);
    // One row per customer in its own sheet, best first, read by the XML reader (not ExcelJS);
    // the 2,000 order rows get no score columns (--on-orders copies them there).
    const book = await readXlsxXml(readFileSync(out));
    const orders = sheetNamed(book, "commandes-demo");
    expect(orders.lastColumn).toBe(7);
    const customers = sheetNamed(book, "Scored customers");
    const headers = Array.from({ length: customers.lastColumn }, (_, c) => cellAt(customers, 1, c + 1).value);
    expect(headers).toEqual([
      "Customer no.",
      "Last purchase",
      "Recency (days)",
      "Orders",
      "Net total",
      "R",
      "F",
      "M",
      "RFM code",
      "RFM score",
      "Segment",
      "Group",
      "Main category",
      "Main channel",
      "Potential",
    ]);
    expect(customers.lastRow).toBe(201);
    const byCustomer = new Map(report.scores.map((s) => [s.customer, s]));
    let previous = Number.POSITIVE_INFINITY;
    for (let row = 2; row <= 201; row++) {
      const value = (column: number) => cellAt(customers, row, column).value;
      const entry = byCustomer.get(String(value(1)))!;
      expect([value(3), value(4), value(5), value(6), value(7), value(8), value(9), value(10), value(12)]).toEqual([
        entry.recency,
        entry.frequency,
        entry.monetary,
        entry.r,
        entry.f,
        entry.m,
        entry.code,
        entry.score,
        entry.group,
      ]);
      expect(Number(value(10))).toBeLessThanOrEqual(previous);
      previous = Number(value(10));
      // The last purchase is a real date, shown as one: the reference day minus the recency.
      expect(typeof value(2)).toBe("number");
      expect(cellAt(customers, row, 2).numFmt).toBe("yyyy-mm-dd");
    }
    const workbook = await readBack(out);
    const summary = workbook.getWorksheet("RFM summary")!;
    const gridRow = summary.getColumn(1).values.findIndex((v) => v === "R \\ F");
    expect(gridRow).toBeGreaterThan(0);
    // The heat map: the busiest R × F cell has the darkest fill.
    let darkest = 0;
    for (let r = gridRow + 1; r <= gridRow + 5; r++) {
      for (let c = 2; c <= 6; c++) {
        const fill = summary.getRow(r).getCell(c).fill as ExcelJS.FillPattern | undefined;
        if (fill?.fgColor?.argb === "FF548235") darkest++;
      }
    }
    expect(darkest).toBeGreaterThanOrEqual(1);
  });

  it("--on-orders also copies each customer's scores onto every order row", async () => {
    const dir = tmp();
    const out = join(dir, "orders.xlsx");
    const run = await runScoreCli(["samples/commandes-demo.csv", "--on-orders", "-o", out, "--report", join(dir, "r.json")]);
    expect(run.error).toBeNull();
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    const book = await readXlsxXml(readFileSync(out));
    const orders = sheetNamed(book, "commandes-demo");
    const header = (name: string) => Array.from({ length: orders.lastColumn }, (_, c) => cellAt(orders, 1, c + 1).value).indexOf(name) + 1;
    const [customerColumn, codeColumn] = [header("N° client"), header("Code RFM")];
    expect(customerColumn).toBeGreaterThan(0);
    expect(codeColumn).toBeGreaterThan(8);
    const codeOf = new Map(report.scores.map((s) => [s.customer, s.code]));
    for (let row = 2; row <= orders.lastRow; row++)
      expect(cellAt(orders, row, codeColumn).value).toBe(codeOf.get(String(cellAt(orders, row, customerColumn).value)) ?? null);
    expect(book.sheets.map((s) => s.name)).toContain("Clients notés");
  });

  it("takes classes, weights, a reference date and a points grid", async () => {
    const dir = tmp();
    const grid = join(dir, "grid.json");
    writeFileSync(
      grid,
      JSON.stringify({
        hot: 200,
        warm: 50,
        rules: [
          { column: "Nb achats / an", kind: "perUnit", points: 10, cap: 150 },
          { column: "E-mail", kind: "filled", points: 60 },
        ],
      }),
    );
    const out = join(dir, "o.xlsx");
    const run = await runScoreCli([
      "samples/clients-demo.xlsx",
      "-o",
      out,
      "--report",
      join(dir, "r.json"),
      "--classes",
      "3",
      "--weights",
      "2,1,1",
      "--reference-date",
      "31/12/2026",
      "--points",
      grid,
    ]);
    expect(run.error).toBeNull();
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    for (const s of report.scores.filter((x) => x.code !== null)) {
      expect([s.r, s.f, s.m].every((v) => v! >= 1 && v! <= 3)).toBe(true);
      expect(s.score).toBe(2 * s.r! + s.f! + s.m!);
    }
    const sheet = (await readBack(out)).getWorksheet("Clients")!;
    expect((sheet.getRow(3).values as unknown[]).slice(19, 21)).toEqual(["Points comportement", "Chaleur"]);
    expect(["Chaud", "Tiède", "Froid"]).toContain(sheet.getCell("T4").value);
  });

  it("says what is wrong, in French and English; a wrong option exits 2, a missing column 5", async () => {
    const classes = await runScoreCli(["samples/clients-demo.xlsx", "--classes", "7", "-o", join(tmp(), "x.xlsx")]);
    expect([classes.code, classes.error]).toEqual([2, expect.stringContaining("choisissez 3, 4, 5 ou 10")]);
    const day = await runScoreCli(["samples/clients-demo.xlsx", "--reference-date", "hier", "-o", join(tmp(), "x.xlsx")], "en");
    expect([day.code, day.error]).toEqual([2, expect.stringContaining("Unreadable reference date")]);
    const dir = tmp();
    writeFileSync(join(dir, "g.json"), "{ nope");
    const points = await runScoreCli(["samples/clients-demo.xlsx", "--points", join(dir, "g.json")]);
    expect([points.code, points.error]).toEqual([2, expect.stringContaining("Grille de points invalide")]);
    writeFileSync(join(dir, "contacts.csv"), "Nom;Ville\r\nDupont;Paris\r\n");
    const missing = await runScoreCli([join(dir, "contacts.csv"), "-o", join(dir, "c.xlsx")]);
    expect([missing.code, missing.error]).toEqual([5, expect.stringContaining("il manque la date du dernier achat")]);
  });
});
