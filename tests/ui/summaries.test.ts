import { describe, expect, it } from "vitest";
import { createJobRunner } from "../../src/app/jobRunner";
import { flagCounts, issueList, suggestionsOfKind } from "../../src/ui/flagSummary";
import { heatColour, heatText, rfGrid, segmentCounts } from "../../src/ui/scoreSummary";
import { FLAG_KINDS } from "../../src/engine/legend";
import { HEAT_RAMP } from "../../src/engine/scoring/data/heatColours";
import { demoSheet } from "../app/demoSheet";

describe("flag summary of a real Structure run", async () => {
  const { report } = await createJobRunner(null).run("structure", await demoSheet(), { lang: "fr" });

  it("counts per kind in legend order, as the report says", () => {
    const counts = flagCounts(report);
    expect(counts.map((c) => c.kind)).toEqual(FLAG_KINDS.filter((k) => report.counts.flags[k]));
    expect(counts.length).toBeGreaterThanOrEqual(4);
    for (const c of counts) expect(c.count).toBe(report.counts.flags[c.kind]);
  });

  it("lists cell issues, most serious first, without the volatile column marks", () => {
    const issues = issueList(report);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((f) => f.kind === "volatile")).toBe(false);
    expect(issues[0]!.kind).toBe("invalid");
    expect(issueList(report, "typo").every((f) => f.kind === "typo")).toBe(true);
    expect(suggestionsOfKind(report, "typo").every((f) => f.suggestion !== undefined)).toBe(true);
  });
});

describe("score summary of a real Score run", async () => {
  const { report } = await createJobRunner(null).run("score", await demoSheet(), { lang: "fr" });

  it("segment counts add up to the customers scored, largest first", () => {
    const counts = segmentCounts(report);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(report.scores.filter((s) => s.segment).length);
    for (let i = 1; i < counts.length; i++) expect(counts[i - 1]!.count).toBeGreaterThanOrEqual(counts[i]!.count);
  });

  it("the R×F grid is classes × classes and holds every scored customer", () => {
    const grid = rfGrid(report);
    expect(grid.classes).toBe(5);
    expect(grid.cells.flat().reduce((a, b) => a + b, 0)).toBe(report.scores.filter((s) => s.r && s.f).length);
    expect(heatColour(0, grid.max)).toBe(`#${HEAT_RAMP[0]}`);
    expect(heatColour(grid.max, grid.max)).toBe(`#${HEAT_RAMP[HEAT_RAMP.length - 1]}`);
  });
});

describe("heat counts of a Score run with a points grid", async () => {
  const points = {
    hot: 30,
    warm: 10,
    rules: [
      { column: "Nb achats / an", kind: "perUnit" as const, points: 2, cap: 30 },
      { column: "Panier moyen", kind: "perUnit" as const, points: 0.05, cap: 40 },
    ],
  };
  const { report } = await createJobRunner(null).run("score", await demoSheet(), { lang: "fr", points });

  it("hot + warm + cold are the rows graded, and they say so in words", () => {
    const heat = report.heat!;
    expect(heat.hot + heat.warm + heat.cold).toBe(report.counts.rows);
    expect(heat.hot).toBeGreaterThan(0);
    expect(heat.cold).toBeGreaterThan(0);
    const text = heatText("fr", report).replace(/[\u00a0\u202f]/g, " ");
    expect(text).toMatch(/^Selon la grille de points : \d+ clients? chauds? · \d+ tièdes? · \d+ froids?$/);
    expect(heatText("en", report)).toMatch(/^By the points grid: \d+ hot customers? · \d+ warm · \d+ cold$/);
  });

  it("no grid, no heat line", async () => {
    const plain = await createJobRunner(null).run("score", await demoSheet(), { lang: "fr" });
    expect(plain.report.heat).toBeUndefined();
    expect(heatText("fr", plain.report)).toBe("");
  });
});
