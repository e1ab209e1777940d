import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailKey } from "../../../src/engine/contact/emailKey";
import { phoneKeys } from "../../../src/engine/contact/phoneKeys";
import { normalizeEmail } from "../../../src/engine/structure/emails/normalizeEmail";
import { normalizePhone } from "../../../src/engine/structure/phones/normalizePhone";

/** What structure writes for a phone cell, as the E.164 numbers it holds (others it could not read stay as typed). */
function structureNumbers(cell: string | number): string[] {
  const result = normalizePhone(cell);
  const others = result.others.filter((other) => normalizePhone(other).e164 === other);
  const numbers = [result.e164, ...others].filter((n): n is string => n !== null);
  return [...new Set(numbers)];
}

/** Cells as customer files hold them: French, overseas, neighbours, labels, two numbers, typos. */
const phoneCell = fc.oneof(
  fc.constantFrom(
    "06 12 34 56 78",
    "+33 (0)6 12 34 56 78",
    "0692 12 34 56",
    "+262 692 12 34 56",
    "+32 470 12 34 56",
    "0470 12 34 56",
    "02 123 45 67",
    "+41 79 123 45 67",
    "079 123 45 67",
    "+352 621 123 456",
    "0049 30 12345678",
    "Tél : 06 12 34 56 78",
    "06 12 34 56 78 / 04 78 12 34 56",
    "0612345678 ou +32 2 123 45 67",
    "O6 12 34 56 78",
    "07 01 23 45 67",
    "06123456789",
    "061234567",
    "pas de tél",
  ),
  fc.stringMatching(/^[+0-9 ./()-]{0,24}$/),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 0, max: 9_999_999_999 }),
);

describe("one reading of phones and e-mails for structure and duplicates", () => {
  it("a phone cell's comparison keys are the numbers structure reads in it", () => {
    fc.assert(
      fc.property(phoneCell, (cell) => {
        expect(phoneKeys(cell)).toEqual(structureNumbers(cell));
      }),
      { numRuns: 3000 },
    );
  });

  it("neighbouring countries: read with their code, not guessed without it", () => {
    expect(phoneKeys("+32 470 12 34 56")).toEqual([normalizePhone("+32 470 12 34 56").e164]);
    expect(phoneKeys("0032 2 123 45 67")).toEqual(["+3221234567"]);
    expect(phoneKeys("+41 79 123 45 67")).toEqual(["+41791234567"]);
    // Nine digits in a French file: a French number missing one (structure says so), no Belgian guess.
    expect(normalizePhone("02 123 45 67").issues.map((issue) => issue.code)).toEqual(["phone.tooShort"]);
    expect(phoneKeys("02 123 45 67")).toEqual([]);
    // Overseas numbers have one key however written.
    expect(phoneKeys("0692 12 34 56")).toEqual(phoneKeys("+33 6 92 12 34 56"));
    expect(phoneKeys("0692 12 34 56")).toEqual(["+262692123456"]);
  });

  it("an e-mail cell's comparison key is the address structure reads first", () => {
    for (const cell of ["a@orange.fr; b@free.fr", "a@orange.fr, b@free.fr", "Jean <A@Orange.fr>", "mailto:a@orange.fr", "a @ orange . fr", "'a@orange.fr'"]) {
      expect(emailKey(cell), cell).toBe("a@orange.fr");
      expect(normalizeEmail(cell).email, cell).toBe("a@orange.fr");
    }
    // A comma typed for the last dot: structure suggests the fix, duplicates compares it.
    expect(emailKey("marie@orange,fr")).toBe("marie@orange.fr");
    expect(normalizeEmail("marie@orange,fr").suggestion).toBe("marie@orange.fr");
    expect(emailKey("jean@@free.fr")).toBe("");
  });

  it("every address structure finds valid is its own key", () => {
    const cell = fc.oneof(fc.emailAddress(), fc.stringMatching(/^[ A-Za-z0-9._+<>:;,@'-]{0,40}$/));
    fc.assert(
      fc.property(cell, (text) => {
        const result = normalizeEmail(text);
        if (result.valid) expect(emailKey(text)).toBe(result.email);
      }),
      { numRuns: 3000 },
    );
  });
});
