import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPhoneCell } from "../../../src/engine/contact/phoneNumber";
import { phoneKeys } from "../../../src/engine/contact/phoneKeys";
import { sharingPhoneReadings } from "../../../src/engine/contact/sharedPhoneReadings";
import { normalizePhone } from "../../../src/engine/structure/phones/normalizePhone";

/** Cells of every kind the reading tells apart: French, foreign, labelled, several, junk. */
const phoneCell = fc.oneof(
  fc.constantFrom(
    "06 12 34 56 78",
    "+32 470 12 34 56",
    "0049 30 12345678",
    "+ 33 6 12 34 56 78",
    "Tél : 06 12 34 56 78",
    "06 12 34 56 78 / +41 79 123 45 67",
    "02 123 45 67",
  ),
  fc.stringMatching(/^ ?(\+|00)?[0-9 ./()-]{0,20}$/),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 0, max: 9_999_999_999 }),
);

describe("phone readings shared within a Structure job", () => {
  it("a shared reading is the reading made alone, for the phone processor and the duplicate keys", () => {
    fc.assert(
      fc.property(phoneCell, fc.constantFrom("FR", "BE", "fr"), (cell, country) => {
        const alone = { cell: readPhoneCell(cell, country), phone: normalizePhone(cell, country), keys: phoneKeys(cell) };
        const shared = sharingPhoneReadings(() => {
          // Read twice, as the processor then the duplicate finder do: the second may be the kept one.
          readPhoneCell(cell, country);
          return { cell: readPhoneCell(cell, country), phone: normalizePhone(cell, country), keys: phoneKeys(cell) };
        });
        expect(shared).toEqual(alone);
      }),
      { numRuns: 2000 },
    );
  });

  it("a foreign number or a split cell is read once in a job; a French number is not kept", () => {
    sharingPhoneReadings(() => {
      expect(readPhoneCell("+32 470 12 34 56", "FR")).toBe(readPhoneCell("+32 470 12 34 56", "FR"));
      expect(readPhoneCell("Tél : 06 12 34 56 78", "FR")).toBe(readPhoneCell("Tél : 06 12 34 56 78", "FR"));
      // The file's country is part of what was read: another country reads the cell again.
      expect(readPhoneCell("02 123 45 67 poste 4", "FR")).not.toBe(readPhoneCell("02 123 45 67 poste 4", "BE"));
      expect(readPhoneCell("06 12 34 56 78", "FR")).not.toBe(readPhoneCell("06 12 34 56 78", "FR"));
    });
  });

  it("nothing is kept outside a job, nor after it", () => {
    expect(readPhoneCell("+32 470 12 34 56", "FR")).not.toBe(readPhoneCell("+32 470 12 34 56", "FR"));
    const inJob = sharingPhoneReadings(() => readPhoneCell("+41 79 123 45 67", "FR"));
    expect(readPhoneCell("+41 79 123 45 67", "FR")).not.toBe(inJob);
    expect(readPhoneCell("+41 79 123 45 67", "FR")).toEqual(inJob);
  });
});
