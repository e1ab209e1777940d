/** A plain-text table for the terminal: columns padded to their widest cell, long cells cut. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], maxWidths: readonly number[] = []): string {
  const cut = (text: string, column: number) => {
    const max = maxWidths[column] ?? 60;
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  };
  const cells = [header, ...rows].map((row) => row.map((text, column) => cut(text, column)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: readonly string[]) =>
    row
      .map((text, column) => text.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => "─".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}
