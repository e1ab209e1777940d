import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizePhone } from "../../../../src/engine/structure/phones/normalizePhone";

// [typed, e164, national, type, country]
const VALID: ReadonlyArray<readonly [string | number, string, string, string | null, string]> = [
  ["0612345678", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["06 12 34 56 78", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["06.12.34.56.78", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["06-12-34-56-78", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["+33 (0)6 12 34 56 78", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["+33 6 12 34 56 78", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["+33612345678", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["0033612345678", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["00 33 6 12 34 56 78", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["33612345678", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  [612345678, "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["612345678", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["07 81 23 45 67", "+33781234567", "07 81 23 45 67", "mobile", "FR"],
  ["01 42 68 53 00", "+33142685300", "01 42 68 53 00", "fixed", "FR"],
  ["04.78.42.12.12", "+33478421212", "04 78 42 12 12", "fixed", "FR"],
  ["05 56 00 12 34", "+33556001234", "05 56 00 12 34", "fixed", "FR"],
  ["02 99 12 34 56", "+33299123456", "02 99 12 34 56", "fixed", "FR"],
  ["03 88 12 34 56", "+33388123456", "03 88 12 34 56", "fixed", "FR"],
  ["09 72 12 34 56", "+33972123456", "09 72 12 34 56", "voip", "FR"],
  ["0 800 12 34 56", "+33800123456", "0 800 12 34 56", "other", "FR"],
  ["Tél : 06 12 34 56 78", "+33612345678", "06 12 34 56 78", "mobile", "FR"],
  ["Portable: 06 98 76 54 32", "+33698765432", "06 98 76 54 32", "mobile", "FR"],
  ["tel. 0145678901", "+33145678901", "01 45 67 89 01", "fixed", "FR"],
  // Overseas departments: valid, with their own calling codes.
  ["0692 12 34 56", "+262692123456", "0692 12 34 56", "mobile", "RE"],
  ["06 93 12 34 56", "+262693123456", "0693 12 34 56", "mobile", "RE"],
  ["02 62 12 34 56", "+262262123456", "0262 12 34 56", "fixed", "RE"],
  ["+262 692 12 34 56", "+262692123456", "0692 12 34 56", "mobile", "RE"],
  ["+33 6 92 12 34 56", "+262692123456", "0692 12 34 56", "mobile", "RE"],
  ["262692123456", "+262692123456", "0692 12 34 56", "mobile", "RE"],
  ["0690 12 34 56", "+590690123456", "0690 12 34 56", "mobile", "GP"],
  ["0590 82 12 34", "+590590821234", "0590 82 12 34", "fixed", "GP"],
  ["0696 12 34 56", "+596696123456", "0696 12 34 56", "mobile", "MQ"],
  ["0596 61 23 45", "+596596612345", "0596 61 23 45", "fixed", "MQ"],
  ["0694 12 34 56", "+594694123456", "0694 12 34 56", "mobile", "GF"],
  ["0594 29 12 34", "+594594291234", "0594 29 12 34", "fixed", "GF"],
  ["0639 69 12 34", "+262639691234", "0639 69 12 34", "mobile", "YT"],
  ["0269 61 12 34", "+262269611234", "0269 61 12 34", "fixed", "YT"],
  // Foreign numbers written with their + are kept as such.
  ["+32 470 12 34 56", "+32470123456", "0470 12 34 56", null, "BE"],
  ["+41 79 123 45 67", "+41791234567", "079 123 45 67", null, "CH"],
  ["+352 621 123 456", "+352621123456", "621 123 456", null, "LU"],
  ["+44 20 7946 0958", "+442079460958", "020 7946 0958", null, "GB"],
  ["+1 415 555 2671", "+14155552671", "(415) 555-2671", null, "US"],
  ["0049 30 12345678", "+493012345678", "030 12345678", null, "DE"],
];

describe("normalizePhone: valid numbers", () => {
  it.each(VALID)("%s → %s", (typed, e164, national, type, country) => {
    const result = normalizePhone(typed);
    expect(result.issues).toEqual([]);
    expect(result.e164).toBe(e164);
    expect(result.national).toBe(national);
    expect(result.type).toBe(type);
    expect(result.country).toBe(country);
  });

  it("writes the international form", () => {
    expect(normalizePhone("06 12 34 56 78").international).toBe("+33 6 12 34 56 78");
    expect(normalizePhone("0692123456").international).toBe("+262 692 12 34 56");
  });

  it("keeps an extension apart", () => {
    const result = normalizePhone("01 23 45 67 89 poste 24");
    expect(result.e164).toBe("+33123456789");
    expect(result.extension).toBe("24");
  });

  it("reads Belgian numbers without + when the file's country is Belgium", () => {
    expect(normalizePhone("0470 12 34 56", "BE").e164).toBe("+32470123456");
  });
});

describe("normalizePhone: what it flags", () => {
  const codes = (typed: string) => normalizePhone(typed).issues.map((issue) => `${issue.kind}:${issue.code}`);

  it("a French number with 9 digits or fewer is incomplete", () => {
    expect(codes("061234567")).toEqual(["incomplete:phone.tooShort"]);
    expect(codes("06 12 34")).toEqual(["incomplete:phone.tooShort"]);
    expect(normalizePhone("06 12 34 56 7").e164).toBeNull();
  });

  it("too many digits, or a range no number uses, is invalid", () => {
    expect(codes("06123456789")).toEqual(["invalid:phone.tooLong"]);
    expect(codes("07 01 23 45 67")).toEqual(["invalid:phone.impossible"]);
    expect(codes("+32 12")).toEqual(["incomplete:phone.tooShort"]);
    expect(codes("+999 1234 5678")).toEqual(["invalid:phone.invalid"]);
  });

  it("two numbers in one cell: the first is kept, the other is returned and flagged", () => {
    for (const typed of [
      "06 12 34 56 78 / 01 23 45 67 89",
      "0612345678 ou 0123456789",
      "06 12 34 56 78 - 01 23 45 67 89",
      "0612345678 0123456789",
      "06 12 34 56 78; 01 23 45 67 89",
    ]) {
      const result = normalizePhone(typed);
      expect(result.e164, typed).toBe("+33612345678");
      expect(result.others, typed).toEqual(["+33123456789"]);
      expect(
        result.issues.map((issue) => issue.code),
        typed,
      ).toEqual(["phone.several"]);
      expect(result.issues[0]?.message.fr).toContain("+33123456789");
    }
  });

  it("the letter O typed for a zero is a typo with the fix", () => {
    const result = normalizePhone("O6 12 34 56 78");
    expect(result.e164).toBe("+33612345678");
    expect(result.issues[0]).toMatchObject({ kind: "typo", code: "phone.letterForDigit", suggestion: "06 12 34 56 78" });
  });

  it("letters that are not a label are flagged, the number still read", () => {
    const result = normalizePhone("06 12 34 56 78 HS");
    expect(result.e164).toBe("+33612345678");
    expect(result.issues.map((issue) => issue.code)).toEqual(["phone.letters"]);
    expect(normalizePhone("ne pas appeler").issues[0]?.code).toBe("phone.letters");
  });

  it("messages exist in French and English", () => {
    const issue = normalizePhone("061234567").issues[0];
    expect(issue?.message.fr).toMatch(/9 chiffres/);
    expect(issue?.message.en).toMatch(/9 digits/);
  });

  it("an empty cell is no number and no flag", () => {
    expect(normalizePhone("   ")).toMatchObject({ e164: null, issues: [] });
  });
});

describe("normalizePhone: properties", () => {
  const mobile = fc.tuple(fc.constantFrom("6", "7"), fc.integer({ min: 0, max: 99_999_999 })).map(([lead, rest]) => {
    const subscriber = lead === "7" ? `7${3 + (rest % 7)}${String(rest).padStart(8, "0").slice(1)}` : `6${String(rest).padStart(8, "0")}`;
    return subscriber.replace(/^6(9[0-4]|9[67]|39)/, "61$1").slice(0, 9);
  });
  const writings = (subscriber: string): string[] => {
    const national = "0" + subscriber;
    const pairs = national.match(/\d\d/g) ?? [];
    return [
      national,
      pairs.join(" "),
      pairs.join("."),
      pairs.join("-"),
      `+33 ${subscriber}`,
      `+33 (0)${subscriber}`,
      `0033${subscriber}`,
      `33${subscriber}`,
      subscriber,
      `+33 ${subscriber.charAt(0)} ${pairs.slice(1).join(" ")}`,
    ];
  };

  it("any French mobile, in any writing, gives one E.164", () => {
    fc.assert(
      fc.property(mobile, (subscriber) => {
        const results = new Set(writings(subscriber).map((typed) => normalizePhone(typed).e164));
        expect([...results]).toEqual([`+33${subscriber}`]);
      }),
    );
  });

  it("never throws, whatever the cell holds", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (typed) => void normalizePhone(typed)));
    fc.assert(fc.property(fc.stringMatching(/^[+0-9 ().\-/a-zO]{0,30}$/), (typed) => void normalizePhone(typed)));
    fc.assert(fc.property(fc.double(), (typed) => void normalizePhone(typed)));
  });

  it("normalising the E.164 form again gives it back", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0[1-9]( ?\d\d){4}$/), (typed) => {
        const once = normalizePhone(typed);
        if (once.e164 !== null) expect(normalizePhone(once.e164).e164).toBe(once.e164);
      }),
    );
  });
});
