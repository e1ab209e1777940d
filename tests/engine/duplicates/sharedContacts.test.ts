import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { detectRoles } from "../../../src/engine/table/detectRoles";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { findDuplicates } from "../../../src/engine/duplicates/findDuplicates";
import { seededRandom } from "../../../src/engine/method/seededRandom";

// 30 first names and 30 surnames, no word in two of them.
const FIRST =
  "Jean Marie Paul Léa Luc Anne Hugo Zoé Louis Emma Jules Chloé Noah Inès Adam Sarah Tom Julie Nathan Camille Lucas Manon Théo Lina Arthur Clara Raphaël Alice Gabriel Rose".split(
    " ",
  );
const LAST =
  "Dupont Brûlé Martin Bernard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Blanc Guerin Boyer Garnier Chevalier Francois Legrand Gauthier".split(
    " ",
  );
const STREETS = ["rue de la Paix", "avenue Foch", "boulevard Voltaire", "rue Nationale", "place Bellecour", "quai Saint-Antoine"];
const TOWNS = [
  ["75002", "Paris"],
  ["69002", "Lyon"],
  ["59000", "Lille"],
] as const;
const HEADER = ["Civilité", "Prénom", "Nom", "Société", "E-mail", "Téléphone", "Adresse", "Code postal", "Ville"];

/** `staff` employees of one company (one switchboard, one contact@, three sites, every name different), then `customers` people, the first `twice` of them entered twice. */
function switchboardFile(staff: number, customers: number, twice: number, sameFirstNames = false, seed = 1): CellValue[][] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const rows: CellValue[][] = [HEADER];
  for (let i = 0; i < staff; i++) {
    const [code, town] = TOWNS[i % 3]!;
    // Every employee's first name and surname differ from every other's, or only the first names repeat.
    const first = FIRST[sameFirstNames ? i % 3 : i]!;
    const last = LAST[i]!;
    rows.push([
      i % 2 ? "M." : "Mme",
      first,
      last,
      "Acme Industrie",
      "contact@acme-industrie.fr",
      "01 44 55 66 77",
      `${10 + (i % 3)} ${STREETS[i % 3]}`,
      code,
      town,
    ]);
  }
  const people: CellValue[][] = [];
  for (let i = 0; i < customers; i++) {
    const [first, last, [code, town]] = [pick(FIRST), pick(LAST), pick(TOWNS)];
    const phone = `06 ${[0, 0, 0, 0].map(() => 10 + Math.floor(random() * 90)).join(" ")}`;
    people.push([
      i % 2 ? "M." : "Mme",
      first,
      last,
      null,
      `${first.toLowerCase()}.${last.toLowerCase()}${i}@free.fr`,
      phone,
      `${1 + i} ${pick(STREETS)}`,
      code,
      town,
    ]);
  }
  rows.push(...people);
  for (const person of people.slice(0, twice))
    rows.push(person.map((cell, c) => (c === 6 ? String(cell).replace("rue", "r.").replace("avenue", "av.") : cell)));
  return rows;
}

function groupsOf(rows: CellValue[][]) {
  const table = tableFromSheet({ name: "Clients", rows }, { headerRow: 1 });
  return findDuplicates(table, detectRoles(table));
}

describe("rows sharing a switchboard and contact@ (term frequency, names that differ)", () => {
  it("30 colleagues with one phone and one e-mail but different names form no group; real duplicates around them are still found", () => {
    const result = groupsOf(switchboardFile(30, 200, 10));
    expect(result.clusters.filter((c) => c.members.some((m) => m < 30))).toEqual([]);
    expect(result.clusters.map((c) => c.members.length)).toEqual(Array(10).fill(2));
  });

  it("colleagues who share first names (Jean Dupont, Jean Petit, Jean Simon…) and only the switchboard form no group either", () => {
    const result = groupsOf(switchboardFile(30, 200, 10, true));
    expect(result.clusters.filter((c) => c.members.some((m) => m < 30))).toEqual([]);
    expect(result.clusters.map((c) => c.members.length)).toEqual(Array(10).fill(2));
  });

  it("holds from 12 to 24 colleagues alone in a file (small files, where EM could take the crowd for the duplicates)", () => {
    for (const staff of [12, 20, 24]) expect(groupsOf(switchboardFile(staff, 3, 1)).clusters.map((c) => c.members.length)).toEqual([2]);
  });

  it("a shared e-mail weighs less the more rows hold it: one customer written twice at contact@ still links on the name", () => {
    const rows = switchboardFile(20, 30, 1);
    // Jean Dupont of Acme (row 0) entered again: same name, the shared phone and e-mail.
    rows.push(["Mme", "Jean", "Dupont", "Acme Industrie", "contact@acme-industrie.fr", "01 44 55 66 77", "10 rue de la Paix", "75002", "Paris"]);
    const result = groupsOf(rows);
    expect(result.clusters.map((c) => c.members)).toEqual(
      expect.arrayContaining([
        [0, 51],
        [20, 50],
      ]),
    );
    const emailBits = (members: readonly number[]) =>
      result.clusters.find((c) => c.members[0] === members[0])!.links[0]!.evidence.find((e) => e.field === "email")!.bits;
    // 21 rows hold contact@: log2(21 / 2) ≈ 3.4 bits less than an address only the two rows hold.
    expect(emailBits([20, 50]) - emailBits([0, 51])).toBeCloseTo(Math.log2(21 / 2), 5);
  });
});
