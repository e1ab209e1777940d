import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import type { Plan } from "../../../src/engine/plan";

/**
 * A written workbook must open in LibreOffice Calc, not only in ExcelJS: Calc converts it
 * headless, and the converted sheet must hold the inserted columns. Needs Debian's
 * libreoffice-calc-nogui (CI installs it); TRIA_SKIP_LIBREOFFICE=1 opts out explicitly.
 */
const soffice = spawnSync("soffice", ["--version"]).status === 0;

describe.skipIf(process.env.TRIA_SKIP_LIBREOFFICE === "1")("written .xlsx in LibreOffice Calc", () => {
  it("opens the sample with Tria's columns, flags, notes and legend, and reads back the values", async () => {
    if (!soffice) throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set TRIA_SKIP_LIBREOFFICE=1).");
    const host = await WorkbookHost.fromBytes(new Uint8Array(readFileSync("samples/clients-demo.xlsx")), "clients-demo.xlsx");
    const plan: Plan = {
      job: "structure",
      sheet: "Clients",
      headerRow: 3,
      rows: [4, 5],
      addedColumns: [{ key: "k.cp", header: "Code postal", after: 3, values: ["13006", "58800"] }],
      flags: [
        { row: 4, column: { source: 5 }, kind: "typo", message: "Domaine mal écrit", suggestion: "gmail.com" },
        { row: 5, column: { source: 3 }, kind: "incomplete", message: "Adresse incomplète" },
      ],
      addedSheets: [],
      extras: {},
    };
    await host.apply(plan, { lang: "fr" });
    const dir = mkdtempSync(join(tmpdir(), "tria-lo-"));
    writeFileSync(join(dir, "out.xlsx"), await host.outputBytes());
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):59,34,76,1",
        "--outdir",
        dir,
        join(dir, "out.xlsx"),
      ],
      {
        stdio: "pipe",
        timeout: 120_000,
      },
    );
    // Calc quotes every text field on export; the quotes are not part of the values.
    const lines = readFileSync(join(dir, "out.csv"), "utf8").replace(/"/g, "").split(/\r?\n/);
    expect(lines[2]).toMatch(/^N° client;Nom;Société;Adresse;Code postal;Tél\.;E-mail;/);
    expect(lines[3]!.split(";")[4]).toBe("13006");
  }, 150_000);
});
