import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseNumber } from "../table/parseNumber";
import type { Table } from "../table/table";
import { dayFirstOf } from "../table/dateOrder";
import { dayNumber, dayOfCell, newMeasure, type CustomerMeasure, type MeasureIssue, type Measures } from "./customerMeasure";
import type { CustomersInput } from "./scoringInput";
import { tableColumn, type TableColumn } from "../table/tableColumns";

/**
 * One row per customer → one measure per row. A missing or unreadable date, frequency or
 * amount leaves the customer unscored and flags the cell (incomplete when empty, invalid when
 * unreadable): the job never guesses a value the user did not type. Revenue (for shares and
 * groups) is the total when the file has one, else average basket × purchases.
 */
export function customerRowMeasures(table: Table, input: CustomersInput, referenceDate: Date | undefined): Measures {
  const rows = table.rows;
  // Column-wise: a table held so makes no row per cell read.
  const readColumns: TableColumn[] = [];
  const cellOf = (i: number, column: number): CellValue => (readColumns[column] ??= tableColumn(table, column)).get(i);
  const customerOfRow = new Int32Array(rows.length);
  const customers: CustomerMeasure[] = [];
  const issues: MeasureIssue[] = [];
  const lastDays: (number | null)[] = [];
  let maxDay = -Infinity;
  const dayFirst = input.lastDate === null || input.lastDateIsDays ? true : dayFirstOf(table, input.lastDate);

  const read = (
    i: number,
    column: number | null,
    reason: "noDate" | "noFrequency" | "noMonetary",
    parse: (cell: CellValue) => number | null,
  ): number | null => {
    if (column === null) return null;
    const cell = cellOf(i, column);
    const value = parse(cell);
    if (value === null) {
      const empty = isEmptyCell(cell);
      const invalidReason = reason === "noDate" && !input.lastDateIsDays ? "notADate" : "notANumber";
      issues.push({ row: rows[i]!.rowNumber, column, kind: empty ? "incomplete" : "invalid", reason: empty ? reason : invalidReason });
    }
    return value;
  };
  const lastDay = (cell: CellValue): number | null => {
    if (input.lastDateIsDays) {
      const days = parseNumber(cell);
      return days === null || days < 0 ? null : days;
    }
    return dayOfCell(cell, dayFirst);
  };

  for (let i = 0; i < rows.length; i++) {
    customerOfRow[i] = i;
    const id = input.customer === null ? "" : cellText(cellOf(i, input.customer)).trim();
    const customer = newMeasure(id === "" ? null : id, i);
    customers.push(customer);
    const day = read(i, input.lastDate, "noDate", lastDay);
    lastDays.push(day);
    if (day !== null && !input.lastDateIsDays && day > maxDay) maxDay = day;
    customer.frequency = read(i, input.frequency, "noFrequency", parseNumber);
    customer.monetary = read(i, input.monetary, "noMonetary", parseNumber);
    const { frequency, monetary } = customer;
    if (input.monetaryIs === "average") {
      customer.basket = monetary;
      customer.revenue = Math.max(0, (monetary ?? 0) * (frequency ?? 1));
    } else {
      customer.basket = monetary !== null && frequency ? monetary / frequency : null;
      customer.revenue = Math.max(0, monetary ?? 0);
    }
    if (input.category !== null) customer.category = text(cellOf(i, input.category));
    if (input.channel !== null) customer.channel = text(cellOf(i, input.channel));
  }

  const referenceDay = input.lastDateIsDays ? null : referenceDate ? dayNumber(referenceDate) : Number.isFinite(maxDay) ? maxDay + 1 : null;
  customers.forEach((customer, i) => {
    const day = lastDays[i] ?? null;
    if (day === null) return;
    customer.recency = input.lastDateIsDays ? day : referenceDay === null ? null : referenceDay - day;
  });
  return { customers, customerOfRow, issues, referenceDay, cancelledRows: 0, returnRows: 0 };
}

function text(cell: CellValue): string | null {
  const value = cellText(cell).trim();
  return value === "" ? null : value;
}
