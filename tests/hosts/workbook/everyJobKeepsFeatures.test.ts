import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { checkCliRun } from "../../support/xlsx/checkCliRun";
import { workbookFeatures, type WorkbookFeatures } from "../../support/xlsx/workbookFeatures";
import { readXlsxXml, type XBook } from "../../support/xlsx/readXlsxXml";
import { saveAllWithCalc } from "../../support/saveWithCalc";

/*
 * Issue 10's "done when": every job that writes a workbook, on every workbook made by another
 * program (openpyxl, pandas, LibreOffice) with merges, rules, validations, links, formulas,
 * filters, tables, charts, pictures and notes. The output is read back by the XML reader: every
 * original cell is at its new place with its value and look (checkCliRun, 0 mismatches), and
 * no feature is lost. Jobs may add (Tria's notes, score's summary chart), never take away.
 */
const FIXTURES = [
  "openpyxl-features.xlsx",
  "openpyxl-features-table.xlsx",
  "openpyxl-chart.xlsx",
  "openpyxl-comments.xlsx",
  "openpyxl-image.xlsx",
  "libreoffice-table.xlsx",
  "libreoffice-chart.xlsx",
  "headerless-features.xlsx",
  "merged-note-row.xlsx",
  "pandas-named-sheet.xlsx",
];
const JOBS: [job: string, extra: string[]][] = [
  ["structure", []],
  ["dedupe", []],
  ["score", []],
  ["comply", []],
  ["calls", []],
  ["segment", []],
];
/** Features a job may add (its notes, score's chart): counted at least as many; every other one exactly. */
const MAY_GROW: readonly (keyof WorkbookFeatures)[] = ["notes", "charts", "definedNames", "conditionalFormats", "hyperlinks", "formulas"];

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tria-every-job-"));
});

describe.each(FIXTURES)("%s", (fixture) => {
  it.each(JOBS)(
    "tria %s: every cell at its place, every feature kept",
    async (job, extra) => {
      const input = join("tests/fixtures/workbooks", fixture);
      const output = join(dir, `${fixture}-${job}.xlsx`);
      // Segment's condition names a column the sheet has (a headerless sheet's columns are "Colonne A"…).
      const where = job === "segment" ? ["--where", `${fixture.startsWith("headerless") ? "Colonne B" : "Nom"} n'est pas vide`, "--name", "Nommés"] : [];
      const result = await checkCliRun(job, input, output, join(dir, `${fixture}-${job}.json`), [...extra, ...where]);
      // A headerless sheet of names has nothing to score: refused with its reason, nothing written.
      if (job === "score" && fixture === "headerless-features.xlsx") {
        expect(result.code).toBe(5);
        expect(result.stderr).toMatch(/montant|commande|achat/i);
        return;
      }
      expect(result.code, result.stderr).toBe(0);
      expect(result.mismatches.slice(0, 3)).toEqual([]);
      expect(result.mismatchedCells).toBe(0);
      const before = await workbookFeatures(new Uint8Array(await readFile(input)));
      const after = await workbookFeatures(new Uint8Array(await readFile(output)));
      for (const key of Object.keys(before) as (keyof WorkbookFeatures)[]) {
        if (MAY_GROW.includes(key)) expect(after[key], key).toBeGreaterThanOrEqual(before[key]);
        else expect(after[key], key).toBe(before[key]);
      }
    },
    90_000,
  );
});

/** Every formula's result in the book, sorted: what LibreOffice computed, wherever the formula went. */
function formulaResults(book: XBook): string[] {
  const results: string[] = [];
  for (const sheet of book.sheets) for (const cell of sheet.cells.values()) if (cell.formula !== null) results.push(JSON.stringify(cell.value));
  return results.sort();
}

describe.skipIf(process.env.TRIA_SKIP_LIBREOFFICE === "1")("LibreOffice opens what every job wrote", () => {
  it("recalculates every user formula to the original's values (cached values taken out first, so Calc must)", async () => {
    if (spawnSync("soffice", ["--version"]).status !== 0)
      throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set TRIA_SKIP_LIBREOFFICE=1).");
    const withFormulas = ["openpyxl-features.xlsx", "headerless-features.xlsx"];
    const outputs = withFormulas.flatMap((fixture) =>
      JOBS.map(([job]) => join(dir, `${fixture}-${job}.xlsx`)).filter((file) => !file.endsWith("headerless-features.xlsx-score.xlsx")),
    );
    const uncached: string[] = [];
    for (const file of [...withFormulas.map((fixture) => join("tests/fixtures/workbooks", fixture)), ...outputs]) {
      const zip = await JSZip.loadAsync(await readFile(file));
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)))
        zip.file(name, (await zip.file(name)!.async("string")).replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1"));
      const copy = join(dir, `uncached-${uncached.length}.xlsx`);
      await writeFile(copy, await zip.generateAsync({ type: "uint8array" }));
      uncached.push(copy);
    }
    const saved = saveAllWithCalc(uncached, join(dir, "calc"), dir);
    const results = await Promise.all(saved.map(async (file) => formulaResults(await readXlsxXml(new Uint8Array(await readFile(file))))));
    withFormulas.forEach((fixture, index) => {
      const original = results[index]!;
      expect(original.length, fixture).toBeGreaterThan(0);
      expect(
        original.filter((value) => value === "null"),
        fixture,
      ).toEqual([]);
      outputs.forEach((output, at) => {
        if (!output.includes(fixture)) return;
        const written = results[withFormulas.length + at]!;
        // Tria's own formulas (if any) come on top: the user's results are all there.
        const left = [...written];
        for (const value of original) {
          const found = left.indexOf(value);
          expect(found, `${output}: ${value}`).toBeGreaterThanOrEqual(0);
          left.splice(found, 1);
        }
      });
    });
  }, 240_000);
});
