import { describe, expect, it } from "vitest";
import { columnFlagRows, type Plan } from "../../src/engine/plan";
import { FLAG_STYLES, type FlagKind } from "../../src/engine/legend";
import { placeColumns } from "../../src/hosts/columnPlacement";
import { flaggedCells, lookOf, resolveColumn } from "../../src/hosts/planCells";
import { NOTE_MARKER } from "../../src/hosts/triaNote";

/*
 * What every host promises, whatever it writes to (Excel through Office.js, an xlsx file, a
 * Google Sheet): one test body, run against each host by its own test file through a small
 * adapter. Flags: exactly the flagged cells carry the legend's look and a note, the user's note
 * kept above Tria's. Columns: beside their source, header and values, text kept as text. Rerun:
 * Tria's columns updated in place, and the looks of the earlier run taken off the cells it no
 * longer flags, the user's own fill back. Undo: the sheet as before the run.
 */

/** The user's sheet before any run: A Nom, B Téléphone, C Adresse, D Total. */
export const CONTRACT_ROWS: (string | number)[][] = [
  ["Nom", "Téléphone", "Adresse", "Total"],
  ["ana martin", "06 12 34 56 78", "3 rue Neuve 01000 Bourg-en-Bresse", 120],
  ["Bruno Petit", "0612", "12 rue de la Paix 75002 Paris", 80.5],
  ["CLAIRE DURAND", "07 51 93 49 22", "5 place Bellecour Lyon", 42],
  ["David Roux", "06 98 76 54 32", "", 0],
];

/** The user's own look before any run: a green fill on A2 (which the first run flags), a note on B3. */
export const USER_FILL = { row: 2, column: 1, color: "00FF00" };
export const USER_NOTE = { row: 3, column: 2, text: "Rappeler le soir" };

/** A first run: typos on two names, an invalid phone, a postal code Tria could not find, an empty address, phones and filled addresses volatile. */
export function firstPlan(): Plan {
  return {
    job: "structure",
    sheet: "Clients",
    headerRow: 1,
    rows: [2, 3, 4, 5],
    addedColumns: [
      { key: "phone.e164", header: "Téléphone (E.164)", after: 1, values: ["+33612345678", null, "+33751934922", "+33698765432"] },
      { key: "address.postalCode", header: "Code postal", after: 2, values: ["01000", "75002", null, null] },
      { key: "address.city", header: "Ville", after: 2, values: ["BOURG-EN-BRESSE", "PARIS", "LYON", null] },
    ],
    flags: [
      { row: 2, column: { source: 0 }, kind: "typo", message: "Nom en minuscules", suggestion: "Ana MARTIN" },
      { row: 4, column: { source: 0 }, kind: "typo", message: "Nom en capitales", suggestion: "Claire DURAND" },
      { row: 3, column: { source: 1 }, kind: "invalid", message: "Numéro trop court" },
      { row: 4, column: { added: "address.postalCode" }, kind: "incomplete", message: "Code postal manquant" },
      { row: 5, column: { source: 2 }, kind: "incomplete", message: "Adresse vide" },
    ],
    columnFlags: [
      { column: { source: 1 }, kind: "volatile", message: "Un téléphone change : revérifiez-le régulièrement." },
      // With its rows: the empty C5 is left alone (its own "incomplete" flag is the only look it gets).
      { column: { source: 2 }, kind: "volatile", message: "Une adresse change : revérifiez-la.", rows: [2, 3, 4] },
    ],
    addedSheets: [{ key: "summary", name: "Synthèse", rows: [["Lignes", 4]] }],
    extras: {},
  };
}

/**
 * The second run, after the user fixed A2 and filled C5: those flags are gone, a town changed,
 * and the addresses are no longer volatile (source 2 is now Tria's E.164 column: the sheet read
 * again has Tria's columns).
 */
export function secondPlan(): Plan {
  const plan = firstPlan();
  return {
    ...plan,
    columnFlags: plan.columnFlags?.filter((flag) => !("source" in flag.column && flag.column.source === 2)),
    addedColumns: plan.addedColumns.map((c) => (c.key === "address.city" ? { ...c, values: ["BOURG-EN-BRESSE", "PARIS", "LYON", "NANTES"] } : c)),
    flags: plan.flags.filter(
      (f) => !(f.row === 2 && "source" in f.column && f.column.source === 0) && !(f.row === 5 && "source" in f.column && f.column.source === 2),
    ),
  };
}

/** One cell as the contract reads it, in 1-based sheet coordinates. */
export interface ContractCell {
  /** The shown value: text, number, or "" when empty. */
  readonly value: unknown;
  /** The fill as RRGGBB (upper case), null when none (white counts as none). */
  readonly fill: string | null;
  /** The colour of the cell's top border as RRGGBB, null when none. */
  readonly border: string | null;
  readonly note: string;
}

export interface ContractView {
  cell(row: number, column: number): ContractCell;
  readonly columnCount: number;
  /** Visible sheets, in order. */
  readonly sheets: readonly string[];
}

export interface ContractSession {
  apply(plan: Plan): Promise<void>;
  /** Undo the last run (hosts that keep an undo). */
  undo?(): Promise<void>;
  read(): Promise<ContractView>;
}

export interface HostUnderContract {
  readonly name: string;
  /** A fresh session over CONTRACT_ROWS with USER_FILL and USER_NOTE. */
  open(): Promise<ContractSession>;
  /** Whether a rerun takes the earlier run's looks off (see the report of issue 16 for the hosts that do not yet). */
  readonly clearsStaleLooks: boolean;
}

/** What the Plan asks of every data cell of the sheet after it is applied (fresh placement). */
function expectedLooks(plan: Plan): Map<string, { kinds: FlagKind[]; noted: boolean }> {
  const placement = placeColumns(plan.addedColumns, new Map(), CONTRACT_ROWS[0]!.length, false);
  const looks = new Map<string, { kinds: FlagKind[]; noted: boolean }>();
  const at = (row: number, column: number) =>
    looks.get(`${row}:${column}`) ?? looks.set(`${row}:${column}`, { kinds: [], noted: false }).get(`${row}:${column}`)!;
  for (const flag of plan.columnFlags ?? []) for (const row of columnFlagRows(plan, flag)) at(row, resolveColumn(flag.column, placement)).kinds.push(flag.kind);
  for (const cell of flaggedCells(plan.flags, placement)) {
    at(cell.row, cell.column).kinds.push(...cell.kinds);
    at(cell.row, cell.column).noted = true;
  }
  return looks;
}

/** Every data cell whose look differs from what the Plan says; the user's fill is expected where Tria paints none. */
function lookMismatches(view: ContractView, plan: Plan): string[] {
  const expected = expectedLooks(plan);
  const wrong: string[] = [];
  for (const row of plan.rows) {
    for (let column = 1; column <= view.columnCount; column++) {
      const want = expected.get(`${row}:${column}`) ?? { kinds: [], noted: false };
      const look = lookOf(want.kinds);
      const userFill = row === USER_FILL.row && column === USER_FILL.column ? USER_FILL.color : null;
      const fill = look.fill?.toUpperCase() ?? userFill;
      const border = look.border?.toUpperCase() ?? null;
      const cell = view.cell(row, column);
      const noted = cell.note.includes(NOTE_MARKER);
      if (cell.fill !== fill || cell.border !== border || noted !== want.noted) {
        wrong.push(`${row}:${column} fill ${cell.fill}≠${fill} border ${cell.border}≠${border} note ${noted}≠${want.noted}`);
      }
    }
  }
  return wrong;
}

/** Values, looks and notes of the whole used area: two equal snapshots mean an identical sheet. */
async function snapshot(session: ContractSession): Promise<string[]> {
  const view = await session.read();
  const lines = [`sheets ${view.sheets.join("|")}`, `columns ${view.columnCount}`];
  for (let row = 1; row <= CONTRACT_ROWS.length; row++) {
    for (let column = 1; column <= view.columnCount; column++) lines.push(`${row}:${column} ${JSON.stringify(view.cell(row, column))}`);
  }
  return lines;
}

export function describeHostContract(host: HostUnderContract): void {
  describe(`host contract: ${host.name}`, () => {
    it("columns: Tria's columns stand beside their source, with their header, and text stays text", async () => {
      const session = await host.open();
      await session.apply(firstPlan());
      const view = await session.read();
      expect(Array.from({ length: 7 }, (_, c) => view.cell(1, c + 1).value)).toEqual([
        "Nom",
        "Téléphone",
        "Téléphone (E.164)",
        "Adresse",
        "Code postal",
        "Ville",
        "Total",
      ]);
      expect(view.columnCount).toBe(7);
      expect(view.cell(2, 3).value).toBe("+33612345678");
      expect(view.cell(2, 5).value).toBe("01000");
      expect(view.cell(3, 7).value).toBe(80.5);
      expect(view.sheets).toContain("Synthèse");
      expect(view.sheets).toContain("Légende");
    });

    it("flags: exactly the flagged cells carry the legend's look and a note; the user's note stays above Tria's", async () => {
      const session = await host.open();
      await session.apply(firstPlan());
      const view = await session.read();
      expect(lookMismatches(view, firstPlan())).toEqual([]);
      expect(view.cell(USER_NOTE.row, USER_NOTE.column).note).toBe(`${USER_NOTE.text}\n${NOTE_MARKER}\nNuméro trop court`);
      expect(view.cell(1, 2).note).toBe(`${NOTE_MARKER}\nUn téléphone change : revérifiez-le régulièrement.`);
      expect(view.cell(2, 1).fill).toBe(FLAG_STYLES.typo.fill!.toUpperCase());
    });

    it("rerun: Tria's columns are updated in place, never added twice, and the user's note keeps one Tria part", async () => {
      const session = await host.open();
      await session.apply(firstPlan());
      await session.apply(secondPlan());
      const view = await session.read();
      expect(view.columnCount).toBe(7);
      expect(view.cell(5, 6).value).toBe("NANTES");
      expect(view.sheets.filter((s) => s.startsWith("Légende"))).toEqual(["Légende"]);
      expect(view.sheets.filter((s) => s.startsWith("Synthèse"))).toEqual(["Synthèse"]);
      expect(view.cell(USER_NOTE.row, USER_NOTE.column).note.split(NOTE_MARKER)).toHaveLength(2);
    });

    it.skipIf(!host.clearsStaleLooks)(
      "rerun: cells the new run no longer flags lose the earlier run's fill, border and note; the user's fill comes back",
      async () => {
        const session = await host.open();
        await session.apply(firstPlan());
        await session.apply(secondPlan());
        const view = await session.read();
        expect(lookMismatches(view, secondPlan())).toEqual([]);
        expect(view.cell(USER_FILL.row, USER_FILL.column)).toMatchObject({ fill: USER_FILL.color, note: "" });
        expect(view.cell(5, 4)).toMatchObject({ fill: null, border: null, note: "" });
      },
    );

    it("undo: the sheet is as before the run; after a second run, as after the first", async (context) => {
      const session = await host.open();
      if (!session.undo) return context.skip();
      const before = await snapshot(session);
      await session.apply(firstPlan());
      const afterFirst = await snapshot(session);
      expect(afterFirst).not.toEqual(before);
      await session.apply(secondPlan());
      await session.undo();
      expect(await snapshot(session)).toEqual(afterFirst);
      const fresh = await host.open();
      await fresh.apply(firstPlan());
      await fresh.undo!();
      expect(await snapshot(fresh)).toEqual(before);
    });
  });
}
