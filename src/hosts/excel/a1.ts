/** A1 addresses for Office.js calls. Columns and rows here are 1-based, as the user sees them. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "C5" for one row, "C5:C90" for a run of rows in one column. */
export function columnRunAddress(column: number, firstRow: number, lastRow: number): string {
  const first = cellAddress(firstRow, column);
  return firstRow === lastRow ? first : `${first}:${cellAddress(lastRow, column)}`;
}

/** Sheet names with spaces or punctuation are quoted, a quote doubled (Excel's own rule). */
export function qualified(sheet: string, address: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * worksheet.getRanges("A1:A3,C5,…") takes one comma-separated string; Excel rejects very long
 * ones (the docs give no figure; 8,192 characters is the formula-text limit we stay under).
 */
export const MAX_AREAS_ADDRESS_CHARS = 8_000;

export function chunkAddresses(addresses: readonly string[], maxChars = MAX_AREAS_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
