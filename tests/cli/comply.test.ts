import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { FLAG_STYLES } from "../../src/engine/legend";
import { runCli } from "./cliHarness";
import { writeRgpdFixture } from "./rgpdFixture";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";
import { checkCliRun } from "../support/xlsx/checkCliRun";

describe("tria comply", () => {
  it("flags sensitive notes, expired rows and missing consent; writes the Registre; --purge writes a new file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-comply-"));
    const input = join(dir, "clients.xlsx");
    await writeRgpdFixture(input);
    // The second reader sees on every cell what the report says, and nothing else changed.
    const run = await checkCliRun("comply", input, join(dir, "out.xlsx"), join(dir, "r.json"), ["--today", "01/12/2026", "--purge", join(dir, "purged.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.mismatches).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.job).toBe("comply");
    const privacy = report.privacy!;
    expect(privacy.today).toBe("2026-12-01");
    expect(privacy.sensitive.map((s) => [s.column, s.category]).sort()).toEqual([
      ["Notes", "bank"],
      ["Notes", "health"],
      ["Notes", "nir"],
      ["Notes", "political"],
    ]);
    expect(privacy.expired).toEqual([
      { row: 3, rule: "customer3Years", lastActivity: "2021-01-10" },
      { row: 5, rule: "prospect3Years", lastActivity: "2022-11-30" },
    ]);
    // Row 4 is a business (Société filled): e-mail opt-out rules, not consent.
    expect(privacy.noConsent).toEqual([3, 5]);
    expect(report.flags.every((f) => f.kind === "privacy")).toBe(true);
    expect(report.flags.find((f) => f.row === 5 && f.message.includes("NIR"))?.message).toContain("clé vérifiée");

    const out = await readXlsxXml(readFileSync(join(dir, "out.xlsx")));
    expect(out.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Clients", "Registre", "Légende"]));
    const register = sheetNamed(out, "Registre");
    expect(cellAt(register, 9, 1).value).toBe("Base légale");
    expect(String(cellAt(register, 9, 2).value)).toContain("consentement (art. L34-5 CPCE)");
    const clients = sheetNamed(out, "Clients");
    expect(cellAt(clients, 2, 8).border).toContain(`top:mediumDashed:${FLAG_STYLES.privacy.border}`);
    expect(cellAt(clients, 3, 8).border).toBeNull();
    expect(cellAt(sheetNamed(out, "Légende"), 9, 2).value).toBe("privacy");

    const purged = sheetNamed(await readXlsxXml(readFileSync(join(dir, "purged.xlsx"))), "Clients");
    expect(purged.lastRow).toBe(4);
    expect(cellAt(purged, 3, 1).value).toBe("Léa Bernard");
    expect(cellAt(purged, 4, 1).value).toBe("Zoé Roux");
  });

  it("says in English when there is no consent column, and refuses a bad --today", async () => {
    const bad = await runCli(["comply", "samples/clients-demo.csv", "--today", "someday"], { LANG: "en_GB.UTF-8" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--today: "someday" is not a date');
    const dir = mkdtempSync(join(tmpdir(), "tria-comply-"));
    const run = await runCli(["comply", "samples/clients-demo.csv", "--today", "2026-12-01", "--report", join(dir, "r.json"), "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("no consent column");
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.privacy!.consentColumn).toBeNull();
    expect(report.columnFlags.some((f) => f.column === "E-mail" && f.kind === "privacy")).toBe(true);
  });
});
