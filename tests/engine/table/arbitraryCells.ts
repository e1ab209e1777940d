import fc from "fast-check";
import { EXCEL_ERROR_CODES, type CellValue } from "../../../src/engine/table/cellValue";

/** Any raw cell a host could hand over, biased towards what customer files hold. */
export const arbitraryCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("Nom", "Prénom", "E-mail", "CP", "Tél.", "", "  ", "jean@x.fr", "06 12 34 56 78", "75001", "12/03/2024", "M.", "Paris"),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(...EXCEL_ERROR_CODES).map((error) => ({ error })),
);

/** A ragged grid of raw cells, rows of 0..width cells. */
export function arbitraryGrid(maxRows = 30, maxWidth = 8): fc.Arbitrary<CellValue[][]> {
  return fc.array(fc.array(arbitraryCell, { maxLength: maxWidth }), { maxLength: maxRows });
}
