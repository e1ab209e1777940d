import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDate } from "../../../src/engine/table/parseDate";
import { columnDayFirst } from "../../../src/engine/table/dateOrder";
import { dateToExcelSerial } from "../../../src/engine/table/excelSerial";
import type { CellValue } from "../../../src/engine/table/cellValue";

const iso = (value: CellValue, dayFirst?: boolean) =>
  parseDate(value, dayFirst === undefined ? {} : { dayFirst })
    ?.toISOString()
    .slice(0, 10) ?? null;

const FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
/** Days Excel can hold from 1900-03-01 (after the leap-year bug) to 9999-12-31. */
const anyDay = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

describe("parseDate", () => {
  it.each([
    ["12/01/2024", "2024-01-12"],
    ["1/2/24", "2024-02-01"],
    ["01.02.1985", "1985-02-01"],
    ["15-06-99", "1999-06-15"],
    ["2024-01-12", "2024-01-12"],
    ["2024-01-12T10:00:00Z", "2024-01-12"],
    ["12/01/2024 10:30", "2024-01-12"],
    ["12/01/2024 à 10h30", "2024-01-12"],
    ["12 janv. 2024", "2024-01-12"],
    ["12 janvier 2024", "2024-01-12"],
    ["mardi 1er mars 2024", "2024-03-01"],
    ["3 AOÛT 2023", "2023-08-03"],
    ["12-janv.-24", "2024-01-12"],
    ["January 12, 2024", "2024-01-12"],
    ["Tue, Mar 12 2024", "2024-03-12"],
    ["12 January 2024", "2024-01-12"],
    ["March 3rd, 2024", "2024-03-03"],
  ])("reads %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it("reads day first by default, month first when asked, and lets a part over 12 decide", () => {
    expect(iso("03/04/2024")).toBe("2024-04-03");
    expect(iso("03/04/2024", false)).toBe("2024-03-04");
    expect(iso("03/25/2024")).toBe("2024-03-25");
    expect(iso("25/03/2024", false)).toBe("2024-03-25");
  });

  it("reads Excel serials and Date cells, with the 1900 leap-year bug", () => {
    expect(iso(45302)).toBe("2024-01-11");
    expect(iso(60)).toBeNull();
    expect(iso(new Date(Date.UTC(2024, 0, 12, 15, 30)))).toBe("2024-01-12");
  });

  it.each([["31/02/2024"], ["29/02/2023"], ["hello"], ["12 mars"], ["2024"], [""], ["13/13/2024"], ["#N/A"]])("gives null for %s", (text) =>
    expect(iso(text)).toBeNull(),
  );

  it("gives null for empty, boolean and error cells", () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(true)).toBeNull();
    expect(parseDate({ error: "#N/A" })).toBeNull();
    expect(parseDate(new Date(Number.NaN))).toBeNull();
  });

  it("round-trips dd/mm/yyyy, d/m/yyyy and yyyy-mm-dd", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
        const expected = day.toISOString().slice(0, 10);
        expect(iso(`${pad(d)}/${pad(m)}/${pad(y, 4)}`)).toBe(expected);
        expect(iso(`${d}/${m}/${pad(y, 4)}`)).toBe(expected);
        expect(iso(`${pad(y, 4)}-${pad(m)}-${pad(d)}`)).toBe(expected);
      }),
    );
  });

  it("round-trips French and English month names and Excel serials", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
        const expected = day.toISOString().slice(0, 10);
        expect(iso(`${d} ${FR_MONTHS[m]} ${pad(y, 4)}`)).toBe(expected);
        expect(iso(`${EN_MONTHS[m]} ${d}, ${pad(y, 4)}`)).toBe(expected);
        expect(iso(dateToExcelSerial(day))).toBe(expected);
      }),
    );
  });

  it("reads two-digit years as Excel does (00–29 → 2000s, 30–99 → 1900s)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (yy) => {
        const year = yy < 30 ? 2000 + yy : 1900 + yy;
        expect(iso(`15/06/${pad(yy)}`)).toBe(`${year}-06-15`);
      }),
    );
  });

  it("never throws and only returns valid UTC-midnight dates", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer({ min: -10, max: 3_000_000 }), fc.constant(null), fc.boolean()), (value) => {
        const result = parseDate(value);
        if (result !== null) {
          expect(Number.isNaN(result.getTime())).toBe(false);
          // === rather than toBe: days before 1970 give -0, which toBe (Object.is) tells from 0.
          expect(result.getTime() % 86_400_000 === 0).toBe(true);
        }
      }),
    );
  });
});

/** A day as a US export writes it (12/31/2024) or as a French file does (31/12/2024). */
const written = (day: Date, monthFirst: boolean) => {
  const [d, m, y] = [pad(day.getUTCDate()), pad(day.getUTCMonth() + 1), day.getUTCFullYear()];
  return monthFirst ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
};
const someDays = fc.array(anyDay, { minLength: 1, maxLength: 30 });
const readColumn = (texts: readonly string[]) => {
  const dayFirst = columnDayFirst(texts);
  return texts.map((text) => parseDate(text, { dayFirst })?.getTime() ?? null);
};

describe("columnDayFirst: one date order for the whole column", () => {
  it("reads a US column month first, 01/02/2025 included, when a second part over 12 proves it", () => {
    const texts = ["12/31/2024", "01/15/2025", "01/02/2025", "03/04/2025 10:30"];
    expect(columnDayFirst(texts)).toBe(false);
    expect(readColumn(texts).map((t) => new Date(t!).toISOString().slice(0, 10))).toEqual(["2024-12-31", "2025-01-15", "2025-01-02", "2025-03-04"]);
  });

  it("keeps the French order for ambiguous, French and mixed columns, and ignores what is no dd/mm date", () => {
    expect(columnDayFirst(["01/02/2025", "03/04/2025"])).toBe(true);
    expect(columnDayFirst(["31/12/2024", "01/02/2025"])).toBe(true);
    expect(columnDayFirst(["12/31/2024", "31/12/2024"])).toBe(true);
    expect(columnDayFirst(["2024-12-31", 45302, null, new Date(), "n/a", "1/13"])).toBe(true);
  });

  it("property: a column of any days written month first reads back every day when one of them proves it", () => {
    fc.assert(
      fc.property(someDays, (days) => {
        const texts = days.map((day) => written(day, true));
        const proven = days.some((day) => day.getUTCDate() > 12);
        expect(columnDayFirst(texts)).toBe(!proven);
        if (proven) expect(readColumn(texts)).toEqual(days.map((day) => day.getTime()));
      }),
    );
  });

  it("property: a column written day first always reads back every day (the French default)", () => {
    fc.assert(
      fc.property(someDays, (days) => {
        const texts = days.map((day) => written(day, false));
        expect(columnDayFirst(texts)).toBe(true);
        expect(readColumn(texts)).toEqual(days.map((day) => day.getTime()));
      }),
    );
  });

  it("property: the order does not depend on the rows' order, nor on repeated values", () => {
    fc.assert(
      fc.property(someDays, fc.boolean(), (days, monthFirst) => {
        const texts = days.map((day) => written(day, monthFirst));
        expect(columnDayFirst([...texts].reverse().concat(texts))).toBe(columnDayFirst(texts));
      }),
    );
  });
});
