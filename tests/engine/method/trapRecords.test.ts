import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { plantTraps } from "../../../src/engine/method/trapRecords";
import { inspectTable } from "../../../src/engine/inspect";
import type { Table } from "../../../src/engine/table/table";

const table = (rows: (string | number)[][]): Table => ({
  sheet: "Clients",
  headerRow: 1,
  headers: ["N° client", "Nom", "E-mail", "Panier moyen"],
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
});
const owned = [{ email: "piege1@moi.fr" }, { email: "piege2@moi.fr" }];

describe("plantTraps", () => {
  it("keeps every real row in order, adds exactly N traps at owned addresses, with new ids and names (property)", () => {
    const row = fc.tuple(
      fc.integer({ min: 1, max: 99999 }).map((n) => `C${String(n).padStart(5, "0")}`),
      fc.constantFrom("Marie Dupont", "Paul Martin"),
      fc.constant("x@y.fr"),
      fc.integer({ min: 1, max: 500 }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), fc.integer(), (rows, count, seed) => {
        let state = seed;
        const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
        const t = table(rows.map((r) => [...r]));
        const { rows: out, traps } = plantTraps(t, inspectTable(t, "fr"), { count, owned, random });
        expect(out).toHaveLength(rows.length + count);
        expect(traps).toHaveLength(count);
        const trapAt = new Set(traps.map((trap) => trap.position));
        expect(out.filter((_, i) => !trapAt.has(i))).toEqual(rows.map((r) => [...r]));
        for (const trap of traps) {
          expect(out[trap.position]).toEqual(trap.cells);
          expect(["piege1@moi.fr", "piege2@moi.fr"]).toContain(trap.cells[2]);
          expect(rows.map((r) => r[0])).not.toContain(trap.cells[0]);
          expect(["Marie Dupont", "Paul Martin"]).not.toContain(trap.cells[1]);
        }
      }),
      { numRuns: 50 },
    );
  });

  const seeded = (seed: number) => {
    let state = seed;
    return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
  };
  const sheetOf = (headers: string[], rows: (string | number)[][]): Table => ({
    sheet: "Clients",
    headerRow: 1,
    headers,
    rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
  });

  it("writes the trap's names in the sheet's case: 'Dupont', 'DUPONT', or 'DUPONT Marie' in one column", () => {
    const cased = (names: [string, string][]) => {
      const t = sheetOf(
        ["Prénom", "Nom", "E-mail"],
        names.map(([first, last], i) => [first, last, `c${i}@exemple.fr`]),
      );
      return plantTraps(t, inspectTable(t, "fr"), { count: 5, owned, random: seeded(7) }).traps.map((trap) => String(trap.cells[1]));
    };
    const title = cased([
      ["Marie", "Dupont"],
      ["Paul", "Martin"],
      ["Léa", "Brûlé"],
      ["Jean", "Le Goff"],
    ]);
    for (const last of title) expect(last).toMatch(/^\p{Lu}[\p{Ll}' -]*(?:[ -]\p{Lu}[\p{Ll}]*)*$/u);
    const upper = cased([
      ["Marie", "DUPONT"],
      ["Paul", "MARTIN"],
      ["Léa", "BRÛLÉ"],
      ["Jean", "LE GOFF"],
    ]);
    for (const last of upper) expect(last).toBe(last.toUpperCase());
    const full = (names: string[]) => {
      const t = sheetOf(
        ["Nom", "E-mail"],
        names.map((name, i) => [name, `c${i}@exemple.fr`]),
      );
      return plantTraps(t, inspectTable(t, "fr"), { count: 4, owned, random: seeded(3) }).traps.map((trap) => String(trap.cells[0]));
    };
    // Surnames may be two words ("Le Gall"); first names may be hyphenated ("Jean-Pierre").
    const titled = "[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*";
    for (const name of full(["DUPONT Marie", "MARTIN Paul", "BERNARD Léa", "PETIT Jean"]))
      expect(name).toMatch(/^[A-Z]+(?:[ -][A-Z]+)* [A-Z][a-z]+(?:-[A-Z][a-z]+)?$/);
    for (const name of full(["Marie Dupont", "Paul Martin", "Léa Bernard", "Jean Petit"])) expect(name).toMatch(new RegExp(`^${titled}$`));
    for (const name of full(["Mme Marie Dupont", "M. Paul Martin", "Mme Léa Bernard", "M. Jean Petit"]))
      expect(name).toMatch(new RegExp(`^(Mme|M\\.) ${titled}$`));
  });

  it("never carries a real customer's identifier: fresh codes of the same shape, no e-mail-like login nor IBAN", () => {
    const headers = ["N° client", "Nom", "E-mail", "Code adhérent", "IBAN", "Identifiant web", "N° commande", "Panier moyen", "Canal"];
    const rows = Array.from({ length: 12 }, (_, i) => [
      `CL${1000 + i}`,
      `Client${"abcdefghijkl"[i]} Dupont`,
      `c${i}@exemple.fr`,
      `ADH-${String(i).padStart(4, "0")}`,
      `FR76 3000 6000 0112 3456 7890 ${10 + i}`,
      `user${i}@site`,
      100_000 + i * 7,
      100 + (i % 3) * 10,
      i % 2 ? "Web" : "Magasin",
    ]);
    const everyone = sheetOf(headers, rows);
    // One segment (the first 4 rows): the traps must not take an id of the other 8 either.
    const segment = { ...everyone, rows: everyone.rows.slice(0, 4) };
    const columns = inspectTable(everyone, "fr");
    for (let seed = 1; seed <= 20; seed++) {
      const { traps } = plantTraps(segment, columns, { count: 3, owned, random: seeded(seed) }, everyone.rows);
      for (const trap of traps) {
        const [client, , , member, iban, login, order, basket, channel] = trap.cells;
        expect(client).toMatch(/^CL\d{4}$/);
        expect(member).toMatch(/^ADH-\d{4}$/);
        expect(typeof order).toBe("number");
        for (const [index, value] of [client, member, order].entries()) expect(rows.map((row) => row[[0, 3, 6][index]!])).not.toContain(value);
        expect(iban).toBeNull();
        expect(login).toBeNull();
        // What says nothing about who the customer is still comes from the segment's rows.
        expect([100, 110, 120]).toContain(basket);
        expect(["Web", "Magasin"]).toContain(channel);
      }
    }
  });

  it("refuses owned addresses the export has no column for", () => {
    const t = table([["C00001", "Marie Dupont", "x@y.fr", 10]]);
    expect(() => plantTraps(t, inspectTable(t, "fr"), { count: 1, owned: [{ city: "Lyon" }], random: Math.random })).toThrow(/no address the export holds/);
  });
});
