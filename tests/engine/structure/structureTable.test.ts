import { describe, expect, it } from "vitest";
import { structureTable } from "../../../src/engine/structure/structureTable";
import type { ColumnProcessor } from "../../../src/engine/structure/columnProcessor";
import type { Table } from "../../../src/engine/table/table";
import type { ColumnRole } from "../../../src/engine/table/columnRole";

const table: Table = {
  sheet: "Clients",
  headerRow: 3,
  headers: ["Nom", "Tél.", "E-mail"],
  rows: [
    { rowNumber: 4, cells: ["Jean Dupont", "0612345678", "jean@gmial.com"] },
    { rowNumber: 5, cells: [null, "061234567", null] },
    { rowNumber: 7, cells: ["Marie Martin", null, null] },
  ],
};
const roles: ColumnRole[] = ["fullName", "phone", "email"];

/** A stand-in phone processor: the E.164 part, and "too short" under 10 digits. */
const fakePhone: ColumnProcessor = {
  operation: "phones",
  roles: ["phone", "mobile"],
  process: (values) => ({
    parts: [
      {
        part: "e164",
        header: { fr: "Téléphone (E.164)", en: "Phone (E.164)" },
        values: values.map((v) => (typeof v === "string" && v.length === 10 ? `+33${v.slice(1)}` : null)),
      },
    ],
    issues: new Map(
      values.flatMap((v, i) =>
        typeof v === "string" && v.length < 10
          ? [[i, [{ kind: "incomplete" as const, code: "phone.tooShort", message: { fr: "Numéro trop court", en: "Number too short" } }]] as const]
          : [],
      ),
    ),
  }),
};

describe("structureTable", () => {
  it('names an added column after its source when the sheet already has one of that name ("Code postal" beside "Adresse")', () => {
    const sheet: Table = { ...table, headers: ["Nom", "Tél.", "téléphone  (E.164)"] };
    const plan = structureTable(sheet, roles, { lang: "fr" }, [fakePhone]);
    expect(plan.addedColumns[0]!.header).toBe("Téléphone (E.164) (Tél.)");
    // A rerun: the column of that name is Tria's own, found by its key, and keeps its name.
    const rerun = structureTable({ ...sheet, ownColumns: new Map([[2, "structure/Tél.#1/e164"]]) }, roles, { lang: "fr" }, [fakePhone]);
    expect(rerun.addedColumns[0]!.header).toBe("Téléphone (E.164)");
  });

  it("adds parts after their source, flags source cells, and scores every row", () => {
    const plan = structureTable(table, roles, { lang: "fr" }, [fakePhone]);
    expect(plan.rows).toEqual([4, 5, 7]);
    expect(plan.addedColumns.map((c) => [c.key, c.header, c.after])).toEqual([
      ["structure/Tél.#1/e164", "Téléphone (E.164)", 1],
      ["structure/quality/score", "Qualité (0-100)", null],
      ["structure/quality/issues", "Problèmes", null],
    ]);
    expect(plan.addedColumns[0]!.values).toEqual(["+33612345678", null, null]);
    expect(plan.flags).toContainEqual({ row: 5, column: { source: 1 }, kind: "incomplete", message: "Numéro trop court" });
    // Row 5 has no name (required), row 7 no way to reach the customer.
    expect(plan.flags.filter((f) => f.message.startsWith("Champ nécessaire")).map((f) => [f.row, f.column])).toEqual([
      [5, { source: 0 }],
      [7, { source: 1 }],
    ]);
    expect(plan.columnFlags?.map((f) => [f.column, f.kind])).toEqual([
      [{ source: 1 }, "volatile"],
      [{ source: 2 }, "volatile"],
    ]);
    expect(plan.addedColumns[1]!.values).toEqual([100, 60, 80]);
    expect(plan.addedColumns[2]!.values[1]).toBe("Tél. : incomplet ; Nom : incomplet");
    // English typography: no space before the colon and the semicolon.
    expect(structureTable(table, roles, { lang: "en" }, [fakePhone]).addedColumns[2]!.values[1]).toBe("Tél.: incomplete; Nom: incomplete");
  });

  it("skips Tria's own columns, unselected operations and columns, and speaks English", () => {
    const rerun: Table = { ...table, ownColumns: new Map([[1, "structure/Tél.#1/e164"]]) };
    expect(structureTable(rerun, roles, { lang: "en" }, [fakePhone]).addedColumns.map((c) => c.header)).toEqual(["Quality (0-100)", "Issues"]);
    expect(structureTable(table, roles, { lang: "fr", operations: ["emails"] }, [fakePhone]).addedColumns).toHaveLength(2);
    expect(structureTable(table, roles, { lang: "fr", columns: [0, 2] }, [fakePhone]).addedColumns).toHaveLength(2);
    expect(structureTable(table, roles, { lang: "fr", volatileRoles: [] }, [fakePhone]).columnFlags).toEqual([]);
  });
});
