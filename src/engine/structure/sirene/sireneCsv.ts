/**
 * One line of a SIRENE CSV (INSEE's StockEtablissement: comma-separated, double quotes around
 * a value that holds the separator or a quote, a quote doubled inside). Extracts re-saved by a
 * spreadsheet may use ";": the header line tells which.
 */
export function detectSeparator(headerLine: string): "," | ";" | "\t" {
  const count = (c: string) => headerLine.split(c).length - 1;
  const counts: Array<["," | ";" | "\t", number]> = [
    [",", count(",")],
    [";", count(";")],
    ["\t", count("\t")],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![0];
}

/** The cells of one CSV record; quotes removed, doubled quotes undoubled. */
export function splitCsvLine(line: string, separator: string): string[] {
  if (!line.includes('"')) return line.split(separator); // the common case in INSEE's file
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** True while a record read line by line is still inside a quoted value (a line break in a value). */
export function isOpenRecord(text: string): boolean {
  let quotes = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) quotes++;
  return quotes % 2 === 1;
}

/** The CSV line of some cells, quoting where needed (tests and extracts written by Tria). */
export function joinCsvLine(cells: readonly string[], separator = ","): string {
  return cells.map((cell) => (cell.includes(separator) || cell.includes('"') || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator);
}
