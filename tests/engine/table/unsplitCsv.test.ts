import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { unsplitCsv } from "../../../src/engine/table/unsplitCsv";
import { arbitraryGrid } from "./arbitraryCells";

const table = (rows: CellValue[][]) => tableFromSheet({ name: "Clients", rows });
const oneColumn = (lines: string[]) => table(lines.map((line) => [line]));

/** A field as a CSV writer leaves it: no delimiter inside, not blank. */
const field = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9@. '-]{1,12}$/).filter((text) => text.trim() !== "");

describe("unsplitCsv", () => {
  it("finds the ';' lines French Excel shows when a .csv is opened without Text to Columns", () => {
    const found = unsplitCsv(oneColumn(["Nom;Téléphone;E-mail", "Dupont;06 12 34 56 78;jean@x.fr", "Martin;0612345679;m@y.fr"]));
    expect(found).toEqual({ delimiter: ";", firstLine: "Nom;Téléphone;E-mail" });
  });

  it("finds tab and comma lines, and lines with a field left empty", () => {
    expect(unsplitCsv(oneColumn(["Name\tPhone\tEmail", "Smith\t\tj@x.com", "Jones\t0612345678\t"]))).toEqual({
      delimiter: "\t",
      firstLine: "Name Phone Email",
    });
    expect(unsplitCsv(oneColumn(["Name,Phone,Email", "Smith,,j@x.com", "Jones,0612345678,"]))?.delimiter).toBe(",");
  });

  it("leaves a real one-column list alone: addresses, full names, notes with commas", () => {
    expect(
      unsplitCsv(oneColumn(["Adresse", "12 rue de la Paix, 75002 Paris", "Bât. B, 3 avenue Foch, 69006 Lyon", "5 place Bellecour 69002 Lyon"])),
    ).toBeNull();
    expect(unsplitCsv(oneColumn(["Nom", "DUPONT, Jean", "MARTIN, Anne"]))).toBeNull();
    expect(unsplitCsv(oneColumn(["Remarque", "rappeler; absent; laisser un message", "ok"]))).toBeNull();
  });

  it("reads the data lines under the empty row 1 a host added above a file without header", () => {
    const added = tableFromSheet({ name: "Clients", rows: [[], ["Dupont;0612345678;j@x.fr"], ["Martin;0612345679;m@y.fr"]], headerAdded: true });
    expect(unsplitCsv(added)).toEqual({ delimiter: ";", firstLine: "Dupont;0612345678;j@x.fr" });
  });

  it("is never fooled by a table of two or more columns", () => {
    expect(
      unsplitCsv(
        table([
          ["Nom;Tél;Mail", "x"],
          ["a;b;c", "y"],
          ["d;e;f", "z"],
        ]),
      ),
    ).toBeNull();
  });

  it("finds any delimited grid joined into one column (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(";", "\t", "|", ","),
        fc.integer({ min: 3, max: 8 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 40 })),
        (delimiter, grid) => {
          // The Table as built, without tableFromSheet's header and total-row guesses.
          const rows = grid.map((fields, i) => ({ rowNumber: i + 1, cells: [fields.join(delimiter)] }));
          expect(unsplitCsv({ sheet: "Clients", headerRow: 0, headers: ["Colonne A"], rows })?.delimiter).toBe(delimiter);
        },
      ),
    );
  });

  it("never throws on any sheet, and only answers for one column (property)", () => {
    fc.assert(
      fc.property(arbitraryGrid(), (rows) => {
        const read = table(rows);
        const found = unsplitCsv(read);
        if (found) expect(read.headers).toHaveLength(1);
      }),
    );
  });
});
