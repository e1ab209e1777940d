import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dateToExcelSerial, excelSerialToDate, MAX_EXCEL_SERIAL, utcDay } from "../../../src/engine/table/excelSerial";

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe("Excel 1900 date serials", () => {
  it("maps known serials to the days Excel shows", () => {
    expect(iso(excelSerialToDate(1))).toBe("1900-01-01");
    expect(iso(excelSerialToDate(59))).toBe("1900-02-28");
    expect(iso(excelSerialToDate(61))).toBe("1900-03-01");
    expect(iso(excelSerialToDate(45292))).toBe("2024-01-01");
    expect(iso(excelSerialToDate(45292.75))).toBe("2024-01-01");
    expect(iso(excelSerialToDate(MAX_EXCEL_SERIAL))).toBe("9999-12-31");
  });

  it("refuses serial 60, Lotus's 29 February 1900, and out-of-range serials", () => {
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(-5)).toBeNull();
    expect(excelSerialToDate(MAX_EXCEL_SERIAL + 1)).toBeNull();
    expect(excelSerialToDate(Number.NaN)).toBeNull();
  });

  it("round-trips every valid serial", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }).filter((n) => n !== 60),
        (serial) => {
          const date = excelSerialToDate(serial);
          expect(date).not.toBeNull();
          expect(dateToExcelSerial(date!)).toBe(serial);
        },
      ),
    );
  });

  it("utcDay refuses days that do not exist", () => {
    expect(utcDay(2024, 2, 29)).not.toBeNull();
    expect(utcDay(2023, 2, 29)).toBeNull();
    expect(utcDay(2024, 4, 31)).toBeNull();
    expect(utcDay(2024, 13, 1)).toBeNull();
    expect(iso(utcDay(50, 1, 1))).toBe("0050-01-01");
  });
});
