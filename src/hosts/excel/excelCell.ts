import type { CellValue } from "../../engine/table/cellValue";
import { asCellError } from "../../engine/table/cellValue";

/**
 * One cell of Range.values, with its Range.valueTypes entry, as the engine's raw CellValue.
 * Excel reports an empty cell as "" (valueType "Empty") and an error as its text ("#N/A",
 * valueType "Error"); a text cell that merely reads "#N/A" stays text. Dates arrive as serial
 * numbers, which the engine parses (src/engine/table/excelSerial.ts).
 */
export function excelCell(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Empty" || value === "" || value === null || value === undefined) return null;
  if (valueType === "Error" && typeof value === "string") return asCellError(value) ?? { error: "#VALUE!" };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}
