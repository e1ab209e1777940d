import type { ExcelRun } from "./excelHost";

/**
 * Selects the cell of a flag: the column is found by its header text (columns moved right when
 * Tria inserted its own) in the used range's first row, where the jobs read headers.
 * Range.findOrNullObject needs ExcelApi 1.9, as the host's apply does.
 */
export async function selectCell(run: ExcelRun, row: number, header: string): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const headerRow = sheet.getUsedRange(true).getRow(0);
    const found = headerRow.findOrNullObject(header, { completeMatch: true, matchCase: true });
    found.load("columnIndex");
    await context.sync();
    if (found.isNullObject) return;
    sheet.getCell(row - 1, found.columnIndex).select();
    await context.sync();
  });
}
