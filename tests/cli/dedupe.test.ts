import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { Command, CommanderError } from "commander";
import ExcelJS from "exceljs";
import type { Report } from "../../src/engine/report";
import { registerDedupeCommand } from "../../src/cli/dedupeCommand";

/** The command as main.ts will wire it: usage errors exit 2 (the lead adds it to main.ts). */
async function tria(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c: Buffer) => out.push(c.toString("utf8")));
  (stderr as unknown as PassThrough).on("data", (c: Buffer) => err.push(c.toString("utf8")));
  const io = { stdout, stderr, env: { LANG: "fr_FR.UTF-8" } };
  const program = new Command()
    .name("tria")
    .exitOverride()
    .configureOutput({ writeOut: (s) => stdout.write(s), writeErr: (s) => stderr.write(s) });
  registerDedupeCommand(program, io);
  let code = 0;
  try {
    await program.parseAsync(["node", "tria", ...args]);
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2;
    else throw error;
  }
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const tmp = () => mkdtempSync(join(tmpdir(), "tria-dedupe-"));

describe("tria dedupe", () => {
  it("with only --report writes the report and a summary, no workbook", async () => {
    const dir = tmp();
    const defaultOutput = join("out", "clients-demo.tria.xlsx");
    const stamp = () => (existsSync(defaultOutput) ? statSync(defaultOutput).mtimeMs : null);
    const before = stamp();
    const run = await tria(["dedupe", "samples/clients-demo.csv", "--report", join(dir, "r.json")]);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.job).toBe("dedupe");
    expect(report.duplicates.length).toBeGreaterThan(5);
    for (const d of report.duplicates) {
      expect(d.rows).toContain(d.survivor);
      expect(d.score).toBeGreaterThanOrEqual(0.8);
    }
    expect(run.stdout).toMatch(/\d+ groupes de doublons, \d+ lignes en double \(\d+ paires comparées\)/);
    expect(run.stdout).toMatch(/garder la ligne \d+/);
    expect(run.stdout).not.toContain("Écrit");
    expect(stamp()).toBe(before);
  });

  it("-o writes the workbook; --merge adds the merged sheet, in English", async () => {
    const dir = tmp();
    const out = join(dir, "deduped.xlsx");
    const run = await tria(["dedupe", "samples/clients-demo.xlsx", "-o", out, "--merge", "--lang", "en", "--threshold", "0.9"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Written: ${out}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const clients = workbook.getWorksheet("Clients")!;
    const header = clients.getRow(3).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(["Duplicate group", "Duplicate of row", "Match score", "Matched on"]));
    expect(workbook.getWorksheet("Merged customers")).toBeDefined();
  });

  it("explains a bad threshold, field or rule and exits 2", async () => {
    const threshold = await tria(["dedupe", "samples/clients-demo.csv", "--threshold", "3"]);
    expect(threshold.code).toBe(2);
    expect(threshold.stderr).toContain("--threshold attend un score entre 0 et 1");
    const field = await tria(["dedupe", "samples/clients-demo.csv", "--fields", "email,pointure"]);
    expect(field.code).toBe(2);
    expect(field.stderr).toContain("champ inconnu « pointure »");
    const rule = await tria(["dedupe", "samples/clients-demo.csv", "--rule", "nom+pointure", "--lang", "en"]);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('unknown "pointure"');
  });
});
