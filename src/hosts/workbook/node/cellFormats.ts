import type ExcelJS from "exceljs";

/**
 * Each streamed cell's format as its index in the workbook's cell formats (cellXfs), for the
 * streaming writer (stream/userStyles.ts). ExcelJS's streaming reader gives every cell the one
 * style object it built for that index, so the index is found back by identity. A row's
 * indexes are shared with every row formatted alike: a million rows hold a handful of arrays.
 */
export class CellFormats {
  private readonly indexOf = new Map<object, number>();
  private known = 0;
  private readonly rows = new Map<string, Uint16Array>();

  constructor(private readonly reader: unknown) {}

  ofRow(row: ExcelJS.Row): Uint16Array | undefined {
    const ids: number[] = [];
    let any = false;
    // Empty cells too: a filled or bordered blank cell keeps its look.
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const id = this.idOf(cell.style);
      ids[column - 1] = id;
      if (id !== 0) any = true;
    });
    if (!any) return undefined;
    const key = ids.join(",");
    let shared = this.rows.get(key);
    if (!shared) this.rows.set(key, (shared = Uint16Array.from(ids, (id) => id ?? 0)));
    return shared;
  }

  private idOf(style: Partial<ExcelJS.Style> | undefined): number {
    if (!style || Object.keys(style).length === 0) return 0;
    const found = this.indexOf.get(style);
    if (found !== undefined) return found;
    // The reader builds a format's object the first time a cell uses it: look again.
    const models = (this.reader as { styles?: { index?: { model?: Record<string, object> } } }).styles?.index?.model ?? {};
    const entries = Object.entries(models);
    if (entries.length !== this.known) {
      this.known = entries.length;
      for (const [id, model] of entries) this.indexOf.set(model, Number(id));
    }
    return this.indexOf.get(style) ?? 0;
  }
}
