import { qualified } from "./a1";

/**
 * Notes on cells, whichever API the Excel at hand has: worksheet notes (ExcelApi 1.18, the
 * classic yellow notes users know) or, before that, comments (ExcelApi 1.10).
 */
export interface CellNotes {
  /** Prepare reading these cells' notes; the getter works after the caller's next sync. */
  queueRead(addresses: readonly string[]): Promise<(address: string) => string | null>;
  /** Queue writing text on a cell; existed says whether it already had a note. */
  queueWrite(address: string, text: string, existed: boolean): void;
  queueDelete(address: string): void;
}

export function worksheetNotes(sheet: Excel.Worksheet): CellNotes {
  return {
    queueRead: async (addresses) => {
      const notes = new Map(
        addresses.map((address) => {
          const note = sheet.notes.getItemOrNullObject(address);
          note.load("content");
          return [address, note] as const;
        }),
      );
      return (address) => {
        const note = notes.get(address);
        return note && !note.isNullObject ? note.content : null;
      };
    },
    queueWrite: (address, text, existed) => {
      if (existed) sheet.notes.getItem(address).content = text;
      else sheet.notes.add(address, text);
    },
    queueDelete: (address) => sheet.notes.getItem(address).delete(),
  };
}

/** Comments have no getItemByCellOrNullObject: all of them are listed once, with their cells. */
export function workbookComments(context: Excel.RequestContext, sheetName: string): CellNotes {
  const comments = context.workbook.comments;
  const byAddress = new Map<string, Excel.Comment>();
  const key = (address: string) => qualified(sheetName, address).toUpperCase().replace(/\$/g, "");
  return {
    queueRead: async () => {
      comments.load("items/content");
      await context.sync();
      const located = comments.items.map((comment) => {
        const where = comment.getLocation();
        where.load("address");
        return { comment, where };
      });
      await context.sync();
      byAddress.clear();
      for (const { comment, where } of located) byAddress.set(where.address.toUpperCase().replace(/\$/g, ""), comment);
      return (address) => byAddress.get(key(address))?.content ?? null;
    },
    queueWrite: (address, text, existed) => {
      const found = byAddress.get(key(address));
      if (existed && found) found.content = text;
      else comments.add(qualified(sheetName, address), text);
    },
    queueDelete: (address) => comments.getItemByCell(qualified(sheetName, address)).delete(),
  };
}
