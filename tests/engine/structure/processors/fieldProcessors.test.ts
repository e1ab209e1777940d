import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { structureTable } from "../../../../src/engine/structure/structureTable";
import { FIELD_PROCESSORS } from "../../../../src/engine/structure/processors";
import type { Table } from "../../../../src/engine/table/table";
import type { ColumnRole } from "../../../../src/engine/table/columnRole";
import type { CellValue } from "../../../../src/engine/table/cellValue";

const headers = ["Nom", "Société", "Tél.", "E-mail", "SIRET", "Ville", "Fonction"];
const roles: ColumnRole[] = ["fullName", "company", "phone", "email", "siret", "city", "jobTitle"];
const rows: CellValue[][] = [
  ["M. DUPONT Jean", "SARL Dupont & Fils", "06 12 34 56 78", " Jean.Dupont@GMIAL.com ", "356 000 000 00001", "SAINT ETIENNE", "DIRECTEUR COMMERCIAL"],
  ["Mme Marie-Claire de La Fontaine", null, "+33 (0)4 78 12 34 56", "mc@gmail.fr", 73282932000074, "aix-en-provence", "Gérante"],
  ["dupont jean", "Boulangerie Martin S.A.S.", "0692 12 34 56", "pas-une-adresse", "12345", "Paris", null],
  ["Dr Yannick LE GOFF", null, "061234567", null, { error: "#N/A" }, null, null],
];
const table: Table = { sheet: "Clients", headerRow: 1, headers, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };

function column(plan: ReturnType<typeof structureTable>, header: string): CellValue[] {
  const found = plan.addedColumns.find((c) => c.header === header);
  if (!found) throw new Error(`no column ${header}: ${plan.addedColumns.map((c) => c.header).join(", ")}`);
  return [...found.values];
}

describe("field processors in the Structure job", () => {
  const plan = structureTable(table, roles, { lang: "fr" }, FIELD_PROCESSORS);

  it("splits names into civility, first and last name, and pulls companies apart", () => {
    expect(column(plan, "Civilité")).toEqual(["M.", "Mme", null, "Dr"]);
    expect(column(plan, "Prénom")).toEqual(["Jean", "Marie-Claire", "Jean", "Yannick"]);
    expect(column(plan, "Nom de famille")).toEqual(["Dupont", "de La Fontaine", "Dupont", "Le Goff"]);
    expect(column(plan, "Raison sociale")).toEqual(["Dupont & Fils", null, "Boulangerie Martin", null]);
    expect(column(plan, "Forme juridique")).toEqual(["SARL", null, "SAS", null]);
  });

  it("normalises phones (overseas included) and flags a short one", () => {
    expect(column(plan, "Tél. (E.164)")).toEqual(["+33612345678", "+33478123456", "+262692123456", null]);
    expect(column(plan, "Tél. (national)")[0]).toBe("06 12 34 56 78");
    expect(column(plan, "Tél. (type)")).toEqual(["mobile", "fixe", "mobile", null]);
    expect(plan.flags).toContainEqual(expect.objectContaining({ row: 5, column: { source: 2 }, kind: "incomplete" }));
  });

  it("cleans e-mails, fixes domain typos with a flag, leaves valid domains alone", () => {
    expect(column(plan, "E-mail (corrigé)")).toEqual(["jean.dupont@gmail.com", "mc@gmail.fr", null, null]);
    expect(plan.flags).toContainEqual(expect.objectContaining({ row: 2, column: { source: 3 }, kind: "typo", suggestion: "jean.dupont@gmail.com" }));
    expect(plan.flags).toContainEqual(expect.objectContaining({ row: 4, column: { source: 3 }, kind: "invalid" }));
    expect(plan.flags.some((f) => f.row === 3 && "source" in f.column && f.column.source === 3)).toBe(false);
  });

  it("checks SIRET with La Poste's exception, reads numbers Excel stored, flags wrong lengths, leaves errors alone", () => {
    expect(column(plan, "SIRET (vérifié)")).toEqual(["35600000000001", "73282932000074", null, null]);
    expect(column(plan, "SIREN")).toEqual(["356000000", "732829320", null, null]);
    expect(plan.flags).toContainEqual(expect.objectContaining({ row: 4, column: { source: 4 }, kind: "incomplete" }));
    expect(plan.flags.some((f) => f.row === 5 && "source" in f.column && f.column.source === 4)).toBe(false);
  });

  it("fixes case in town and job columns only where it is wrong", () => {
    expect(column(plan, "Ville (corrigé)")).toEqual(["Saint-Étienne", "Aix-en-Provence", "Paris", null]);
    expect(column(plan, "Fonction (corrigé)")).toEqual(["Directeur commercial", "Gérante", null, null]);
  });

  it("writes added values in English when asked, and never throws on any cells", () => {
    expect(column(structureTable(table, roles, { lang: "en" }, FIELD_PROCESSORS), "Tél. (type)")).toEqual(["mobile", "landline", "mobile", null]);
    const cell = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant({ error: "#N/A" as const }), fc.date({ noInvalidDate: true }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 8 }), (cells) => {
        const random: Table = { ...table, rows: cells.map((c, i) => ({ rowNumber: i + 2, cells: c })) };
        const result = structureTable(random, roles, { lang: "fr" }, FIELD_PROCESSORS);
        for (const added of result.addedColumns) expect(added.values).toHaveLength(cells.length);
      }),
      { numRuns: 60 },
    );
  });
});
