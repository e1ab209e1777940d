import { applyPlanInSheets } from "../../../src/hosts/sheets/applyPlanInSheets";
import { undoLastRun } from "../../../src/hosts/sheets/sheetsUndo";
import { CONTRACT_ROWS, describeHostContract, USER_FILL, USER_NOTE, type ContractView } from "../hostContract";
import { BORDER_STYLES, FakeSpreadsheet, type FakeSheet } from "./fakeSpreadsheet";

/** The host contract (tests/hosts/hostContract.ts) against the Sheets host over the in-memory spreadsheet. */
const hex = (color: string | undefined | null): string | null => {
  const bare = color?.replace(/^#/, "").toUpperCase() ?? null;
  return bare === null || bare === "FFFFFF" ? null : bare;
};

function view(book: FakeSpreadsheet): ContractView {
  const sheet = book.getSheetByName("Clients") as FakeSheet;
  return {
    cell: (row, column) => {
      const cell = sheet.cells[row - 1]?.[column - 1];
      return { value: cell ? (cell.formula ?? cell.value) : "", fill: hex(cell?.background), border: hex(cell?.border?.color), note: cell?.note ?? "" };
    },
    columnCount: sheet.getLastColumn(),
    sheets: book
      .getSheets()
      .filter((s) => !s.isSheetHidden())
      .map((s) => s.getName()),
  };
}

describeHostContract({
  name: "Google Sheets",
  clearsStaleLooks: true,
  async open() {
    const book = FakeSpreadsheet.withSheet("Clients", CONTRACT_ROWS);
    const sheet = book.getSheetByName("Clients")!;
    sheet.cell(USER_FILL.row, USER_FILL.column).background = `#${USER_FILL.color.toLowerCase()}`;
    sheet.cell(USER_NOTE.row, USER_NOTE.column).note = USER_NOTE.text;
    return {
      apply: async (plan) => applyPlanInSheets(book, plan, "fr", BORDER_STYLES),
      undo: async () => void undoLastRun(book),
      read: async () => view(book),
    };
  },
});
