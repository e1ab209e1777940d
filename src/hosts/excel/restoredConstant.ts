/**
 * What to write back to Range.formulas to put a cell back as it was. Range.formulas gives a
 * text constant without Excel's text prefix (office-js issue #6687): written back as is,
 * "00123" or "+33612345678" would turn into numbers and "=x" into a formula. A text constant
 * is told from a formula by its value: a formula's value is its result, a constant's value is
 * the text Range.formulas gave. Text goes back with the prefix.
 */
export function restoredConstant(formula: unknown, value: unknown, valueType: unknown): unknown {
  if (typeof formula !== "string" || formula === "") return formula;
  if (formula.startsWith("=") && formula !== value) return formula;
  return valueType === "String" ? `'${formula}` : formula;
}
