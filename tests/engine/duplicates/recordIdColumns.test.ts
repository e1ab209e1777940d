import { describe, expect, it } from "vitest";
import { recordIdColumns } from "../../../src/engine/duplicates/recordIdColumns";
import { detectRoles } from "../../../src/engine/table/detectRoles";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import type { CellValue } from "../../../src/engine/table/cellValue";

const table = (rows: CellValue[][]) => tableFromSheet({ name: "Clients", rows }, { headerRow: 1 });
const idsOf = (rows: CellValue[][]) => {
  const t = table(rows);
  return [...recordIdColumns(t, detectRoles(t))].map((index) => t.headers[index]);
};

describe("recordIdColumns: the columns that only name their row", () => {
  it("finds a code unique per row, whatever its header, and keeps an id that rows share", () => {
    expect(
      idsOf([
        ["rec_id", "Réf", "N° sécu", "Nom", "Poids"],
        ["rec-1-org", "A001", "1804974", "Green", 71.5],
        ["rec-1-dup-0", "A002", "1804974", "Gren", 72.5],
        ["rec-2-org", "A003", "6089216", "Mason", 80],
        ["rec-3-org", "A004", "2185997", "Smith", 64],
      ]),
    ).toEqual(["rec_id", "Réf"]);
  });

  it("leaves alone a column with a repeated value, words, or too few values", () => {
    expect(
      idsOf([
        ["Code", "Commentaire", "Ligne"],
        ["X1", "appelle le soir", null],
        ["X2", "client fidèle", null],
        ["X1", "à relancer", "L3"],
        ["X4", "RAS", null],
      ]),
    ).toEqual([]);
  });
});
