import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { detectRoles } from "../../../src/engine/table/detectRoles";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { findDuplicates, type DuplicateOptions } from "../../../src/engine/duplicates/findDuplicates";
import { dedupePlan } from "../../../src/engine/duplicates/dedupePlan";
import { mergePlan } from "../../../src/engine/duplicates/mergePlan";
import { parseUserRule } from "../../../src/engine/duplicates/userRules";
import { buildReport } from "../../../src/engine/buildReport";

function run(rows: CellValue[][], options: DuplicateOptions = {}) {
  const table = tableFromSheet({ name: "Clients", rows }, { headerRow: 1 });
  return { table, result: findDuplicates(table, detectRoles(table), options) };
}

const FRENCH: CellValue[][] = [
  ["Nom", "Société", "Adresse", "Tél.", "E-mail", "Date dernier achat"],
  ["Jean-Pierre Martin", null, "12 avenue de la République, 75011 Paris", "06 12 34 56 78", null, "12/03/2024"],
  ["Sophie Durand", "Lebon Coiffure", "4 rue Victor Hugo, 69002 Lyon", "04 78 00 11 22", "contact@leboncoiffure.fr", "01/02/2023"],
  ["Martin J.P.", null, "12 av. de la République 75011 PARIS", "+33612345678", "jp.martin@free.fr", "05/06/2025"],
  ["Claire Petit", null, "8 place Bellecour, 69002 Lyon", "06 98 76 54 32", "claire.petit@orange.fr", null],
  ["Mme DURAND Sophie", "SARL Le Bon Coiffure", "4 r. Victor Hugo 69002 LYON", null, null, null],
  ["Claire Petitjean", null, "20 cours Gambetta, 69003 Lyon", "06 11 22 33 44", "claire.pj@gmail.com", null],
];

describe("findDuplicates", () => {
  it("finds the brief's cases: Lebon Coiffure / Le Bon Coiffure, Jean-Pierre Martin / Martin J.P., 06 12 34 56 78 / +33612345678", () => {
    const { result } = run(FRENCH);
    const groups = result.clusters.map((c) => c.members);
    expect(groups).toEqual([
      [0, 2],
      [1, 4],
    ]);
    const martin = result.clusters[0]!;
    expect(martin.matchedOn).toEqual(expect.arrayContaining(["phone", "name", "postalCode", "address"]));
    // The most complete row survives (it has an e-mail).
    expect(martin.survivor).toBe(2);
    const coiffure = result.clusters[1]!;
    expect(coiffure.matchedOn).toEqual(expect.arrayContaining(["company", "name"]));
    expect(coiffure.survivor).toBe(1);
    expect(coiffure.score).toBeGreaterThan(0.85);
  });

  it("keeps apart two different customers who only share a town and a first name", () => {
    const { result } = run(FRENCH);
    expect(result.clusters.flatMap((c) => c.members)).not.toContain(3);
    expect(result.clusters.flatMap((c) => c.members)).not.toContain(5);
  });

  it("works on English headers with split name and address columns", () => {
    const rows: CellValue[][] = [
      ["First name", "Last name", "Street", "Postcode", "City", "Mobile", "Email", "Birth date"],
      ["Jean", "Dupont", "5 boulevard Carnot", "59000", "Lille", "0611223344", "jean.dupont@gmail.com", "1980-04-02"],
      ["Marie", "Curie", "1 rue Pierre et Marie Curie", "75005", "Paris", null, null, "1967-11-07"],
      ["DUPONT", "JEAN", "5 bd Carnot", "59000", "LILLE", null, "jean.dupont@gmial.com", "02/04/1980"],
    ];
    const { result } = run(rows);
    expect(result.clusters.map((c) => c.members)).toEqual([[0, 2]]);
  });

  it("follows the threshold and the fields option", () => {
    const strict = run(FRENCH, { threshold: 0.9999999 }).result;
    expect(strict.clusters.length).toBeLessThan(2);
    // A shared phone alone, in a six-row file where the model has little to learn from: about 0.89.
    const phoneOnly = run(FRENCH, { fields: ["phone"], threshold: 0.8 }).result;
    expect(phoneOnly.clusters.map((c) => c.members)).toEqual([[0, 2]]);
    expect(phoneOnly.clusters[0]!.matchedOn).toEqual(["phone"]);
  });

  it("applies a user rule: same first name + last name + birth date ⇒ duplicate", () => {
    const rows: CellValue[][] = [
      ["Prénom", "Nom", "Date de naissance", "Ville"],
      ["Paul", "Bernard", "03/05/1990", "Nantes"],
      ["Paul", "Bernard", "03/05/1990", "Brest"],
      ["Paul", "Bernard", "04/05/1990", "Nantes"],
    ];
    const without = run(rows).result;
    expect(without.clusters.map((c) => c.members)).not.toContainEqual([0, 1]);
    const rule = parseUserRule("prénom + nom + date de naissance").rule!;
    const withRule = run(rows, { rules: [rule] }).result;
    expect(withRule.clusters.map((c) => c.members)).toContainEqual([0, 1]);
    const link = withRule.clusters.find((c) => c.members.includes(1))!.links[0]!;
    expect(link.rule).toEqual(rule);
    expect(link.score).toBe(1);
  });

  it("never compares all pairs: rows sharing no key are not compared", () => {
    const rows: CellValue[][] = [["Nom", "E-mail", "Code postal"]];
    for (let i = 0; i < 2000; i++) rows.push([`Client${i} Nom${i}`, `c${i}@exemple.fr`, String(10000 + i)]);
    const { result } = run(rows);
    expect(result.stats.compared).toBeLessThan(2000);
    expect(result.clusters).toEqual([]);
  });

  it("handles a table with no identifying column and empty cells without failing", () => {
    const { result } = run([
      ["Montant", "Commentaire"],
      [12, null],
      [12, "x"],
      [null, { error: "#N/A" }],
    ]);
    expect(result.clusters).toEqual([]);
  });
});

describe("the dedupe Plan and the merge", () => {
  it("adds four columns after the last one, flags the duplicate's key cells in purple with a note, and reports clusters", () => {
    const { table, result } = run(FRENCH);
    const plan = dedupePlan(table, result, "fr");
    expect(plan.addedColumns.map((c) => [c.header, c.after])).toEqual([
      ["Groupe doublon", null],
      ["Doublon de la ligne", null],
      ["Score de correspondance", null],
      ["Champs concordants", null],
    ]);
    const [group, duplicateOf, score, matchedOn] = plan.addedColumns.map((c) => c.values);
    expect(group).toEqual([1, 2, 1, null, 2, null]);
    // Sheet rows: data starts on row 2; row 2 (index 0) is a duplicate of the survivor on row 4.
    expect(duplicateOf).toEqual([4, null, null, null, 3, null]);
    expect(score![0]).toBeGreaterThan(0.8);
    expect(String(matchedOn![0])).toContain("téléphone");
    const flagged = plan.flags.filter((f) => f.row === 2);
    expect(flagged.every((f) => f.kind === "duplicate")).toBe(true);
    expect(flagged.map((f) => ("source" in f.column ? f.column.source : -1)).sort()).toEqual(expect.arrayContaining([0, 2, 3]));
    expect(flagged[0]!.message).toMatch(/^Même client que la ligne 4, score \d+ % : .*téléphone identique/);
    expect(plan.flags.some((f) => f.row === 4)).toBe(false);
    const report = buildReport(plan, []);
    expect(report.duplicates).toEqual([expect.objectContaining({ rows: [2, 4], survivor: 4 }), expect.objectContaining({ rows: [3, 6], survivor: 3 })]);
    expect(report.counts.duplicateRows).toBe(2);
  });

  it("speaks English when asked", () => {
    const { table, result } = run(FRENCH);
    const plan = dedupePlan(table, result, "en");
    expect(plan.addedColumns.map((c) => c.header)).toEqual(["Duplicate group", "Duplicate of row", "Match score", "Matched on"]);
    expect(plan.flags[0]!.message).toMatch(/^Same customer as row 4, score \d+%: /);
  });

  it("merges into a new sheet, filling the survivor's gaps, keeping every other customer and the source rows", () => {
    const { table, result } = run(FRENCH);
    const plan = mergePlan(table, result, "fr");
    const sheet = plan.addedSheets[0]!;
    expect(sheet.name).toBe("Clients fusionnés");
    expect(sheet.rows[0]).toEqual([...FRENCH[0]!, "Lignes d'origine"]);
    expect(sheet.rows).toHaveLength(1 + 4);
    const martin = sheet.rows.find((r) => r[6] === "2, 4")!;
    expect(martin[0]).toBe("Martin J.P.");
    expect(martin[4]).toBe("jp.martin@free.fr");
    const coiffure = sheet.rows.find((r) => r[6] === "3, 6")!;
    // The survivor's own text is kept; nothing was missing to fill.
    expect(coiffure[1]).toBe("Lebon Coiffure");
    // The original table is untouched: merging never deletes.
    expect(table.rows).toHaveLength(6);
  });
});
