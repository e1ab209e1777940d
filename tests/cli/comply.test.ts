import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { FLAG_STYLES } from "../../src/engine/legend";
import { runCli } from "./cliHarness";
import { writeRgpdFixture } from "../method/rgpdFixture";
import { readXlsxXml } from "../method/xlsxXml";

describe("tria comply", () => {
  it("flags sensitive notes, expired rows and missing consent; writes the Registre; --purge writes a new file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-comply-"));
    const input = join(dir, "clients.xlsx");
    await writeRgpdFixture(input);
    const run = await runCli(["comply", input, "--today", "01/12/2026", "-o", join(dir, "out.xlsx"), "--report", join(dir, "r.json"), "--purge", join(dir, "purged.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("au-delà de 3 ans       2 ligne(s)");
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.job).toBe("comply");
    const privacy = report.privacy!;
    expect(privacy.today).toBe("2026-12-01");
    expect(privacy.sensitive.map((s) => [s.column, s.category]).sort()).toEqual([["Notes", "bank"], ["Notes", "health"], ["Notes", "nir"], ["Notes", "political"]]);
    expect(privacy.expired).toEqual([
      { row: 3, rule: "customer3Years", lastActivity: "2021-01-10" },
      { row: 5, rule: "prospect3Years", lastActivity: "2022-11-30" },
    ]);
    // Row 4 is a business (Société filled): e-mail opt-out rules, not consent.
    expect(privacy.noConsent).toEqual([3, 5]);
    expect(report.flags.every((f) => f.kind === "privacy")).toBe(true);
    expect(report.flags.find((f) => f.row === 5 && f.message.includes("NIR"))?.message).toContain("clé vérifiée");

    const out = await readXlsxXml(readFileSync(join(dir, "out.xlsx")));
    expect(out.sheetNames).toEqual(expect.arrayContaining(["Clients", "Registre", "Légende"]));
    expect(out.cellText("Registre", "A9")).toBe("Base légale");
    expect(out.cellText("Registre", "B9")).toContain("consentement (art. L34-5 CPCE)");
    expect(out.borderOf("Clients", "H2")).toEqual({ style: "mediumDashed", rgb: `FF${FLAG_STYLES.privacy.border}` });
    expect(out.borderOf("Clients", "H3")).toBeNull();
    expect(out.cellText("Légende", "B9")).toBe("privacy");

    const purged = await readXlsxXml(readFileSync(join(dir, "purged.xlsx")));
    expect(purged.rowCount("Clients")).toBe(4);
    expect(purged.cellText("Clients", "A3")).toBe("Léa Bernard");
    expect(purged.cellText("Clients", "A4")).toBe("Zoé Roux");
    expect(purged.sheetNames).not.toContain("Registre");
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
