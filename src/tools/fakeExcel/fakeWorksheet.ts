import { FakeCharts } from "./fakeCharts";
import { FakeProxy, FakeRichApiError, itemNotFound, type FakeContext } from "./fakeContext";
import { FakeRange, FakeRangeAreas } from "./fakeRange";
import { parseAddress, type FakeSheet, type Rect } from "./fakeWorkbookModel";

function noteKey(address: string): string {
  const rect = parseAddress(address);
  return `${rect.row},${rect.column}`;
}

/** worksheet.notes (ExcelApi 1.18): one note per cell, addressed by A1. */
class FakeNote extends FakeProxy<{ sheet: FakeSheet; key: string }> {
  protected property({ sheet, key }: { sheet: FakeSheet; key: string }, name: string): unknown {
    if (name === "content") return sheet.notes.get(key);
    throw new FakeRichApiError("InvalidArgument", `fake Note has no property ${name}`);
  }

  get content(): string {
    return this.read("content");
  }

  set content(text: string) {
    this.act(text.length, ({ sheet, key }) => sheet.notes.set(key, text));
  }

  delete(): void {
    this.act(0, ({ sheet, key }) => sheet.notes.delete(key));
  }
}

class FakeNotes {
  constructor(private readonly sheet: FakeWorksheet) {}

  private note(address: string, orNull: boolean): FakeNote {
    return new FakeNote(this.sheet.ctx, () => {
      const sheet = this.sheet.resolved();
      const key = noteKey(address);
      if (sheet.notes.has(key)) return { sheet, key };
      if (orNull) return null;
      throw itemNotFound(`note ${address}`);
    });
  }

  getItem(address: string): FakeNote {
    return this.note(address, false);
  }

  getItemOrNullObject(address: string): FakeNote {
    return this.note(address, true);
  }

  add(address: string, text: string): void {
    this.sheet.ctx.enqueue(address.length + text.length, () => {
      const sheet = this.sheet.resolved();
      const key = noteKey(address);
      if (sheet.notes.has(key)) throw new FakeRichApiError("InvalidArgument", `The cell ${address} already has a note.`);
      sheet.notes.set(key, text);
    });
  }
}

class FakeTable extends FakeProxy<{ sheet: FakeSheet; rect: Rect; name: string }> {
  protected property(table: { name: string }, name: string): unknown {
    if (name === "name") return table.name;
    throw new FakeRichApiError("InvalidArgument", `fake Table has no property ${name}`);
  }

  get name(): string {
    return this.read("name");
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, rect } = this.resolved();
      return { sheet, rects: [rect] };
    });
  }
}

class FakeTables extends FakeProxy<FakeSheet> {
  protected property(sheet: FakeSheet, name: string): unknown {
    if (name === "items/name") return sheet.tables.map((t) => t.name);
    throw new FakeRichApiError("InvalidArgument", `fake tables: load items/name only (${name})`);
  }

  get items(): FakeTable[] {
    const sheet = this.resolved();
    return this.read<string[]>("items/name").map((name) => {
      const table = sheet.tables.find((t) => t.name === name)!;
      return new FakeTable(this.ctx, () => null, { target: { sheet, rect: table.rect, name }, loaded: { name } });
    });
  }
}

class FakeProtection extends FakeProxy<FakeSheet> {
  protected property(sheet: FakeSheet, name: string): unknown {
    if (name === "protected") return sheet.protected;
    throw new FakeRichApiError("InvalidArgument", `fake protection has no property ${name}`);
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

export class FakeWorksheet extends FakeProxy<FakeSheet> {
  readonly notes = new FakeNotes(this);
  private children: { protection?: FakeProtection; tables?: FakeTables; charts?: FakeCharts } = {};

  // Created on first use, as Office does: a null sheet's children fail only when asked for.
  get protection(): FakeProtection {
    return (this.children.protection ??= new FakeProtection(this.ctx, () => this.resolved()));
  }

  get tables(): FakeTables {
    return (this.children.tables ??= new FakeTables(this.ctx, () => this.resolved()));
  }

  get charts(): FakeCharts {
    return (this.children.charts ??= new FakeCharts(this.ctx, () => this.resolved()));
  }

  protected property(sheet: FakeSheet, name: string): unknown {
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    throw new FakeRichApiError("InvalidArgument", `fake Worksheet has no property ${name}`);
  }

  get name(): string {
    return this.read("name");
  }

  get visibility(): string {
    return this.read("visibility");
  }

  set visibility(visibility: "Visible" | "Hidden" | "VeryHidden") {
    this.act(visibility.length, (sheet) => (sheet.visibility = visibility));
  }

  private range(rect: () => Rect | null): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolved();
      const found = rect();
      return found === null ? null : { sheet, rects: [found] };
    });
  }

  /** Without an address: the whole sheet. */
  getRange(address = "A:XFD"): FakeRange {
    return this.range(() => parseAddress(address));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.range(() => ({ row, column, rows, columns }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => ({ sheet: this.resolved(), rects: address.split(",").map(parseAddress) }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(() => this.resolved().usedRect(valuesOnly));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(() => this.resolved().usedRect(valuesOnly) ?? { row: 0, column: 0, rows: 1, columns: 1 });
  }

  delete(): void {
    this.act(0, (sheet) => {
      const book = this.ctx.book;
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
    });
  }
}

export class FakeWorksheets extends FakeProxy<true> {
  constructor(ctx: FakeContext) {
    super(ctx, () => true);
  }

  protected property(_: true, name: string): unknown {
    if (name === "items/name") return this.ctx.book.sheets.map((s) => s.name);
    throw new FakeRichApiError("InvalidArgument", `fake worksheets: load items/name only (${name})`);
  }

  get items(): FakeWorksheet[] {
    return this.read<string[]>("items/name").map((name) => new FakeWorksheet(this.ctx, () => null, { target: this.ctx.book.sheet(name)!, loaded: { name } }));
  }

  private find(name: string, orNull: boolean): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.book.sheet(name);
      if (sheet) return sheet;
      if (orNull) return null;
      throw itemNotFound(`worksheet ${name}`);
    });
  }

  getItem(name: string): FakeWorksheet {
    return this.find(name, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.find(name, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheets[this.ctx.book.active] ?? null);
  }

  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      if (this.ctx.book.sheet(name)) throw new FakeRichApiError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      return this.ctx.book.addSheet(name);
    });
  }
}
