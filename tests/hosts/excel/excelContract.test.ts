import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { CONTRACT_ROWS, describeHostContract, USER_FILL, USER_NOTE, type ContractView } from "../hostContract";
import { createFakeExcel, FakeWorkbook } from "../../../src/tools/fakeExcel/fakeExcel";

/** The host contract (tests/hosts/hostContract.ts) against the Excel host over the fake Office.js. */
const hex = (color: string | null | undefined): string | null => color?.replace(/^#/, "").toUpperCase() ?? null;

function view(book: FakeWorkbook): ContractView {
  const sheet = book.sheet("Clients")!;
  return {
    cell: (row, column) => {
      const cell = sheet.cell(row - 1, column - 1);
      const top = cell.borders.EdgeTop;
      return {
        value: cell.value,
        fill: hex(cell.fill),
        border: top && top.style !== "None" ? hex(top.color) : null,
        note: sheet.notes.get(`${row - 1},${column - 1}`) ?? "",
      };
    },
    columnCount: sheet.columnCount(),
    sheets: book.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
  };
}

describeHostContract({
  name: "Excel",
  clearsStaleLooks: true,
  async open() {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("Clients", CONTRACT_ROWS);
    sheet.update(USER_FILL.row - 1, USER_FILL.column - 1, (cell) => (cell.fill = `#${USER_FILL.color}`));
    sheet.notes.set(`${USER_NOTE.row - 1},${USER_NOTE.column - 1}`, USER_NOTE.text);
    const excel = createFakeExcel(book);
    const host = createExcelHost({ run: excel.run, supports: excel.supports });
    return {
      apply: (plan) => host.apply(plan, { lang: "fr" }),
      undo: () => host.undoLastRun(),
      read: async () => view(book),
    };
  },
});
