import ExcelJS from "exceljs";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { noteText } from "../../../src/hosts/workbook/triaLook";
import { CONTRACT_ROWS, describeHostContract, USER_FILL, USER_NOTE, type ContractView } from "../hostContract";

/**
 * The host contract (tests/hosts/hostContract.ts) against the workbook host, the file read back
 * from its bytes. A rerun is what a user does with the CLI: Tria run again on its own output.
 * The workbook host never changes the user's file, so it has no undo to test.
 */
const hex = (argb: string | undefined): string | null => (argb ? argb.slice(-6).toUpperCase() : null);

async function userFile(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  sheet.addRows(CONTRACT_ROWS);
  sheet.getCell(USER_FILL.row, USER_FILL.column).fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${USER_FILL.color}` } };
  sheet.getCell(USER_NOTE.row, USER_NOTE.column).note = USER_NOTE.text;
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function view(bytes: Uint8Array): Promise<ContractView> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Clients")!;
  return {
    cell: (row, column) => {
      const cell = sheet.getCell(row, column);
      const fill = cell.fill?.type === "pattern" && cell.fill.pattern !== "none" ? hex(cell.fill.fgColor?.argb) : null;
      return { value: cell.value ?? "", fill, border: cell.border?.top?.style ? hex(cell.border.top.color?.argb) : null, note: noteText(cell.note) };
    },
    columnCount: sheet.actualColumnCount,
    sheets: workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name),
  };
}

describeHostContract({
  name: "workbook (xlsx)",
  clearsStaleLooks: true,
  async open() {
    let bytes = await userFile();
    return {
      async apply(plan) {
        const host = await WorkbookHost.fromBytes(bytes, "clients.xlsx");
        await host.apply(plan, { lang: "fr" });
        bytes = await host.outputBytes();
      },
      read: () => view(bytes),
    };
  },
});
