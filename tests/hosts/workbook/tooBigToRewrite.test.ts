import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TriaError } from "../../../src/engine/errors";
import { EXIT } from "../../../src/cli/exitCodes";
import { BYTES_PER_CELL, cellCount, refuseTooBigToRewrite } from "../../../src/hosts/workbook/rewriteBudget";
import { writeBigMergedWorkbook } from "../../support/xlsx/bigMergedWorkbook";

/**
 * A workbook that must go through ExcelJS (here: a merged title) and is too big for the memory
 * the process has is refused before anything is loaded or written, with a sentence that says
 * why and what to do, instead of dying "out of memory" minutes later. The real command, in a
 * Node given a 256 MB heap, on 40,000 rows × 15 columns (600,000 cells: before, this very run
 * died "JavaScript heap out of memory"): the same sum as 4 million cells in the default 4 GB.
 */
const dir = mkdtempSync(join(tmpdir(), "tria-too-big-"));

function tria(args: readonly string[], lang: string, heapMb: number) {
  return spawnSync(process.execPath, ["src/cli/tria.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: lang, NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
    timeout: 240_000,
  });
}

describe("a workbook too big for ExcelJS is refused before writing", () => {
  it("tria segment -o: exit 'cannot write', a French sentence saying why and what to do, no file; the report alone still works", async () => {
    const input = join(dir, "clients-fusion.xlsx");
    await writeBigMergedWorkbook(input, 40_000, 15);
    const output = join(dir, "out.xlsx");
    const refused = tria(["segment", input, "--where", "Champ 3 >= 100", "--name", "X", "-o", output], "fr_FR.UTF-8", 256);
    expect(refused.status, refused.stderr).toBe(EXIT.cannotWrite);
    expect(refused.stderr).toContain("clients-fusion.xlsx compte 600016 cellules");
    expect(refused.stderr).toMatch(/environ 572 Mo, plus que les \d{3} Mo disponibles, donc rien n'a été écrit/);
    expect(refused.stderr).toMatch(/sans ces éléments .* ou au format \.csv/);
    expect(refused.stderr).not.toMatch(/heap|memory|at \w+ \(/i);
    expect(existsSync(output)).toBe(false);

    const report = join(dir, "report.json");
    const reportOnly = tria(["segment", input, "--where", "Champ 3 >= 100", "--name", "X", "--report", report], "fr_FR.UTF-8", 256);
    expect(reportOnly.status, reportOnly.stderr).toBe(0);
    expect(JSON.parse(readFileSync(report, "utf8"))).toHaveProperty("sheet", "Clients");
  }, 300_000);

  it("counts the cells ExcelJS would hold, and refuses only past the limit, in English too", () => {
    const sheet = { name: "Clients", rows: [["Nom", "E-mail", null], ["A", "", 3], []] };
    expect(cellCount([sheet, sheet])).toBe(8);
    expect(() => refuseTooBigToRewrite([sheet], "a.xlsx", 4 * BYTES_PER_CELL)).not.toThrow();
    let error: unknown;
    try {
      refuseTooBigToRewrite([sheet], "a.xlsx", 4 * BYTES_PER_CELL - 1);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TriaError);
    expect((error as TriaError).code).toBe("tooBigToRewrite");
    expect((error as TriaError).messageIn("en")).toMatch(/^a\.xlsx has 4 cells and holds features .* nothing was written\. Save a copy .* or as \.csv/);
  });
});
