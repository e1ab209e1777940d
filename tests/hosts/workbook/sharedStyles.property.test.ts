import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCliRun } from "../../support/xlsx/checkCliRun";

/*
 * Issue 9's bug, as a property: ExcelJS loads every cell of one style with ONE shared style
 * object, so painting a flagged cell used to paint its look-alikes too. Any customer workbook
 * where many cells share a fill, border or number format, with a few invalid phones and e-mails
 * among them, must come out with the legend's look on exactly the flagged cells: `tria structure`
 * runs in-process, the output is read back by the XML reader and checked cell by cell.
 */
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tria-shared-styles-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const phones = ["06 12 34 56 78", "+33 1 45 67 89 10", "0612", "06 12 34 56 7a", "01-23-45-67-89", ""];
const emails = ["anne@exemple.fr", "bob.martin@societe.com", "anne@@exemple", "pas un mail", "x@y", ""];
const names = ["Anne Martin", "Bob Durand", "Chloé Petit", "", "Émile Roux"];
const amounts = [12.5, 0, 1999.99, -3, 42];

const row = fc.record({
  name: fc.constantFrom(...names),
  phone: fc.constantFrom(...phones),
  email: fc.constantFrom(...emails),
  amount: fc.option(fc.constantFrom(...amounts), { nil: null }),
  /** Which shared look the row's cells get: 0 none, 1 the band fill, 2 the user's highlight. */
  look: fc.integer({ min: 0, max: 2 }),
  bordered: fc.boolean(),
  note: fc.option(fc.constantFrom("à rappeler", "client VIP"), { nil: null, freq: 4 }),
});

const workbookShape = fc.record({
  rows: fc.array(row, { minLength: 3, maxLength: 14 }),
  headerFilled: fc.boolean(),
  bandColor: fc.constantFrom("FFDDEBF7", "FFE2EFDA", "FFFFFF00"),
});

type Shape = typeof workbookShape extends fc.Arbitrary<infer T> ? T : never;

/** A workbook whose cells share the very same fill, border and format objects, as a user's styled range does. */
async function customerWorkbook(shape: Shape): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Clients");
  const band: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: shape.bandColor } };
  const highlight: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  const thin: ExcelJS.Borders = {
    top: { style: "thin", color: { argb: "FF808080" } },
    left: { style: "thin", color: { argb: "FF808080" } },
    bottom: { style: "thin", color: { argb: "FF808080" } },
    right: { style: "thin", color: { argb: "FF808080" } },
  } as ExcelJS.Borders;
  const money = "#,##0.00 €";
  sheet.addRow(["Nom", "Téléphone", "E-mail", "Montant"]);
  if (shape.headerFilled) for (let c = 1; c <= 4; c++) sheet.getCell(1, c).fill = band;
  shape.rows.forEach((r, index) => {
    const rowNumber = index + 2;
    const values = [r.name, r.phone, r.email, r.amount];
    values.forEach((value, i) => {
      const cell = sheet.getCell(rowNumber, i + 1);
      if (value !== null && value !== "") cell.value = value;
      if (r.look === 1) cell.fill = band;
      if (r.look === 2) cell.fill = highlight;
      if (r.bordered) cell.border = thin;
    });
    sheet.getCell(rowNumber, 4).numFmt = money;
    if (r.note !== null) sheet.getCell(rowNumber, 2).note = r.note;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("cells sharing one style, written by tria structure and read back by the XML reader", () => {
  it("any such workbook: the legend's look on exactly the flagged cells, the user's look everywhere else", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(workbookShape, async (shape) => {
        run++;
        const input = join(dir, `in${run}.xlsx`);
        await writeFile(input, await customerWorkbook(shape));
        const result = await checkCliRun("structure", input, join(dir, `out${run}.xlsx`), join(dir, `out${run}.json`));
        expect(result.code, result.stderr).toBe(0);
        expect(result.mismatches.slice(0, 5)).toEqual([]);
        expect(result.mismatchedCells).toBe(0);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
