/**
 * The web page's "go to the cell": scroll the preview grid to the flagged cell and outline it.
 * Only the first rows are previewed; a later row is simply not found (the download has it all).
 */
export async function revealGridCell(row: number, column: string): Promise<void> {
  const grid = document.querySelector<HTMLTableElement>('[data-testid="result-grid"]');
  if (!grid) return;
  const headers = [...grid.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
  const index = headers.indexOf(column);
  const cell = grid.querySelector<HTMLTableRowElement>(`tr[data-grid-row="${row}"]`)?.cells[index < 0 ? 0 : index];
  if (!cell) return;
  grid.querySelectorAll("[data-selected]").forEach((el) => el.removeAttribute("data-selected"));
  cell.setAttribute("data-selected", "true");
  cell.scrollIntoView({ block: "center", inline: "center" });
}
