import { columnLetters } from "./a1";
import type { CellNotes } from "./cellNotes";
import { queueMetadataWrite } from "./excelMetadata";
import { queueCharts, queueDeleteCharts } from "./sheetCharts";
import type { CellBlock, RunSnapshot } from "./runSnapshot";
import { NOTE_BLOCK_CELLS, SNAPSHOT_BLOCK_CELLS } from "./snapshotCells";
import { restoredConstant } from "./restoredConstant";

/**
 * Put the sheet back as the snapshot says: delete the inserted columns (last inserted first), then
 * clear Tria's rewritten sheets and delete its new ones, then restore values, formulas, number
 * formats, fills, borders and notes where they were, then the metadata. Blocks go
 * SNAPSHOT_BLOCK_CELLS cells per sync, as they were read: syncs grow with touched cells ÷ block.
 */
export async function restoreSnapshot(
  context: Excel.RequestContext,
  snapshot: RunSnapshot,
  notes: CellNotes,
  supports: (version: string) => boolean = () => false,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getItem(snapshot.sheet);
  for (const { first, count } of [...snapshot.inserted].reverse()) sheet.getRange(`${columnLetters(first)}:${columnLetters(first + count - 1)}`).delete("Left");
  // A failed run may not have got as far as adding its sheets: look before deleting.
  const found = snapshot.sheets.map(({ name }) => sheets.getItemOrNullObject(name).load("name"));
  await context.sync();
  const rewritten: { name: string; charts: Excel.ChartCollection }[] = [];
  snapshot.sheets.forEach(({ name, existed }, i) => {
    const tab = found[i]!;
    if (tab.isNullObject) return;
    if (!existed) return tab.delete();
    tab.getRange().clear(); // its cells come back from the blocks below
    // Range.clear keeps charts: the run's are deleted, the earlier run's drawn again below.
    rewritten.push({ name, charts: tab.charts.load("items/name") });
  });
  if (rewritten.length > 0) {
    await context.sync();
    for (const { name, charts } of rewritten) {
      queueDeleteCharts(charts);
      const before = (snapshot.charts ?? []).filter((c) => c.sheet === name).map((c) => c.chart);
      queueCharts(sheets.getItem(name), before, supports);
    }
  }
  const target = (name: string | undefined) => (name === undefined ? sheet : sheets.getItem(name));
  for (let i = 0; i < snapshot.cells.length;) {
    for (let cells = 0; i < snapshot.cells.length && (cells === 0 || cells + snapshot.cells[i]!.properties.length <= SNAPSHOT_BLOCK_CELLS); i++) {
      const block = snapshot.cells[i]!;
      cells += block.properties.length;
      const range = target(block.sheet).getRangeByIndexes(block.row - 1, block.column - 1, block.properties.length, 1);
      if (block.numberFormat) range.numberFormat = block.numberFormat;
      if (block.formulas) range.formulas = typedBack(block);
      range.setCellProperties(block.properties);
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one block per request keeps it under 5 MB
    await context.sync();
  }
  // A note Tria added is deleted; a failed run may not have got that far, so look first.
  // NOTE_BLOCK_CELLS notes per request: 50,000 deletions in one request pass 5 MB.
  for (let start = 0; start < snapshot.notes.length; start += NOTE_BLOCK_CELLS) {
    const slice = snapshot.notes.slice(start, start + NOTE_BLOCK_CELLS);
    const added = slice.filter((n) => n.content === null).map((n) => n.address);
    // A note the run took off (a stale Tria note, issue 9) is added back, not rewritten.
    const present = await notes.queueRead(slice.map((n) => n.address));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one block of notes per request
    await context.sync();
    for (const address of added) if (present(address) !== null) notes.queueDelete(address);
    for (const { address, content } of slice) if (content !== null) notes.queueWrite(address, content, present(address) !== null);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one block of notes per request
    await context.sync();
  }
  if (snapshot.metadataWritten) queueMetadataWrite(context, snapshot.metadata, true);
  await context.sync();
}

/** Each cell as it was: text constants with Excel's text prefix, formulas as formulas. */
function typedBack(block: CellBlock): unknown[][] {
  return block.formulas!.map((row, r) => row.map((formula, c) => restoredConstant(formula, block.values?.[r]?.[c], block.valueTypes?.[r]?.[c])));
}
