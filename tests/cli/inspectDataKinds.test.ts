import { describe, expect, it } from "vitest";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";

describe("tria inspect: data kinds", () => {
  it("gives every column its kind in the table and in --json", async () => {
    const json = await runCli(["inspect", "samples/clients-demo.xlsx", "--json"]);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.columns.map((c) => c.dataKind)).toEqual([
      "other",
      "descriptive",
      "descriptive",
      "descriptive",
      "descriptive",
      "descriptive",
      "descriptive",
      "action",
      "reaction",
      "reaction",
      "action",
    ]);
    const table = await runCli(["inspect", "samples/clients-demo.xlsx"]);
    expect(table.stdout).toContain("Type de donnée");
    expect(table.stdout).toMatch(/Panier moyen .*Réaction/);
  });

  it("lets the user choose a column's kind", async () => {
    const run = await runCli(["inspect", "samples/clients-demo.xlsx", "--json", "--data-kind", "Client depuis=descriptive"]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.columns.find((c) => c.header === "Client depuis")?.dataKind).toBe("descriptive");
  });

  it("names an unknown column instead of failing silently (exit 2)", async () => {
    const run = await runCli(["inspect", "samples/clients-demo.xlsx", "--data-kind", "Zorglub=action"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("La colonne « Zorglub » n'existe pas");
  });
});
