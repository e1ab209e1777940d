import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldKey as foldText, foldKeyByUnicode as foldTextByUnicode, foldKeyWords as foldWords } from "../../../src/engine/text/fold";
import { frenchFastPath, phoneKeys, phoneKeysByReading } from "../../../src/engine/contact/phoneKeys";
import { addressKey } from "../../../src/engine/duplicates/normalize/normalizeAddress";
import { dateOfCell } from "../../../src/engine/duplicates/dateOfCell";
import { emailKey } from "../../../src/engine/contact/emailKey";
import { commaForDot, readEmailCell } from "../../../src/engine/contact/emailAddress";
import { parseDate } from "../../../src/engine/table/parseDate";
import { letterBits, mayBeOneLetterApart, oneLetterApart } from "../../../src/engine/duplicates/compare/oneLetterApart";

/** Text as people type it in French files: Latin-1 letters, digits, punctuation, sometimes other scripts. */
const latinText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x100, max: 0x24f }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x2000, max: 0x206f }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("œ", "Œ", "ł", "é", "e\u0301", "İ", "ﬁ", "Ÿ", "’", "–", "Σ", "ς"),
  ),
  maxLength: 40,
});
const phoneLike = fc.string({ unit: fc.constantFrom("0", "3", "6", "1", "9", " ", ".", "-", "+", "(", ")", "\u00a0", "a"), maxLength: 20 });

describe("fast paths give the reference results", () => {
  it("folds Latin-1 text in one pass exactly as Unicode decomposition does", () => {
    fc.assert(
      fc.property(latinText, (text) => {
        expect(foldText(text)).toBe(foldTextByUnicode(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        expect(foldText(text)).toBe(foldTextByUnicode(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("folding is idempotent and loses no letter or digit", () => {
    fc.assert(
      fc.property(latinText, (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
        for (const c of text) if (/[a-z0-9]/.test(c)) expect(once).toContain(c);
        expect(foldWords(text).join(" ")).toBe(once);
      }),
    );
  });

  it("reads French phone numbers as the full reading does (structure's)", () => {
    fc.assert(
      fc.property(fc.oneof(phoneLike, fc.stringMatching(/^\+?[0-9 .()-]{6,22}$/)), (text) => {
        const fast = frenchFastPath(text);
        if (fast !== null) expect(phoneKeysByReading(text)).toEqual([fast]);
      }),
      { numRuns: 5000 },
    );
    const nine = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }))
      .map(([first, rest]) => `${first}${rest.join("")}`);
    fc.assert(
      fc.property(nine, fc.constantFrom("", "0", "+33", "+33 (0)", "0033 ", "33"), (digits, lead) => {
        const text = `${lead}${digits}`;
        expect(phoneKeys(text)).toEqual(phoneKeysByReading(text));
        expect(phoneKeys(Number(digits))).toEqual(phoneKeysByReading(Number(digits)));
      }),
      { numRuns: 2000 },
    );
    for (const text of ["+33 (0)6 12 34 56 78", "0033 6 12 34 56 78", "06 12 34 56 78", "+33612345678", "(0)6 12 34 56 78", "06.12.34.56.78"]) {
      expect(frenchFastPath(text)).toBe("+33612345678");
    }
    // Overseas and unallocated ranges are left to the full reading.
    for (const text of ["0692 12 34 56", "07 01 23 45 67", "0612345678901234", "06 12 34 56 78 +"]) expect(frenchFastPath(text)).toBeNull();
  });

  it("reads phone cells without throwing, one key per number, keys in E.164", () => {
    fc.assert(
      fc.property(fc.oneof(phoneLike, fc.string({ maxLength: 30 })), (text) => {
        const keys = phoneKeys(text);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) expect(key).toMatch(/^\+\d{6,15}$/);
      }),
    );
  });

  it("keeps street names that are also JavaScript property names", () => {
    expect(addressKey({ line: "3 rue Constructor 75001 Paris" }).street).toEqual(["constructor", "rue"]);
    expect(addressKey({ line: "12b avenue toString 69001 Lyon" })).toEqual({ postalCode: "69001", city: "lyon", number: "12", street: ["avenue", "tostring"] });
  });

  it("reads any address text without throwing, and every street word comes from the text", () => {
    fc.assert(
      fc.property(latinText, latinText, (line, city) => {
        const key = addressKey({ line, city });
        const words = new Set(foldWords(line));
        for (const word of key.street) expect(words.has(word) || /^[a-z]+$/.test(word)).toBe(true);
        if (key.number) expect(foldText(line)).toContain(key.number);
      }),
    );
  });
});

describe("mailboxes one letter apart", () => {
  const mailbox = fc.string({ unit: fc.constantFrom("a", "b", "e", "j", "n", "o", "t", "u", ".", "d", "p", "1"), minLength: 4, maxLength: 24 });
  /** A mailbox and a near copy: one letter changed, added, removed or two swapped. */
  const nearPair = fc.tuple(mailbox, fc.nat(30), fc.constantFrom("a", "z", "e", "."), fc.nat(3)).map(([a, at, letter, edit]) => {
    const k = at % a.length;
    const b =
      edit === 0
        ? a.slice(0, k) + letter + a.slice(k + 1)
        : edit === 1
          ? a.slice(0, k) + letter + a.slice(k)
          : edit === 2
            ? a.slice(0, k) + a.slice(k + 1)
            : a.slice(0, k) + (a[k + 1] ?? "") + a[k] + a.slice(k + 2);
    return [a, b] as const;
  });

  it("the letter filter never rules out a pair that is one letter apart", () => {
    fc.assert(
      fc.property(fc.oneof(nearPair, fc.tuple(mailbox, mailbox)), ([a, b]) => {
        if (oneLetterApart(a, b)) expect(mayBeOneLetterApart(letterBits(a), letterBits(b), a.length, b.length)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("rules out most unrelated mailboxes and finds the mistyped ones", () => {
    expect(oneLetterApart("jean.dupont", "jean.dupond")).toBe(true);
    expect(oneLetterApart("martin75", "martin76")).toBe(false);
    expect(mayBeOneLetterApart(letterBits("jean.dupont"), letterBits("marie.lefebvre"), 11, 11)).toBe(false);
  });
});

describe("dates as French files write them", () => {
  it("reads dd/mm/yyyy exactly as parseDate does", () => {
    const digit = fc.constantFrom("0", "1", "2", "3", "4", "9");
    const text = fc
      .tuple(fc.array(digit, { minLength: 8, maxLength: 8 }), fc.constantFrom("/", "-"))
      .map(([d, sep]) => `${d[0]}${d[1]}/${d[2]}${d[3]}${sep}${d[4]}${d[5]}${d[6]}${d[7]}`);
    fc.assert(
      fc.property(text, (value) => {
        const reference = parseDate(value);
        expect(dateOfCell(value)).toBe(reference ? reference.getTime() : -Infinity);
      }),
      { numRuns: 3000 },
    );
    expect(dateOfCell("17/04/2025")).toBe(Date.UTC(2025, 3, 17));
    expect(dateOfCell("31/02/2024")).toBe(-Infinity);
    expect(dateOfCell("29/02/2024")).toBe(Date.UTC(2024, 1, 29));
    expect(dateOfCell("29/02/1900")).toBe(-Infinity);
    expect(dateOfCell("29/02/2000")).toBe(Date.UTC(2000, 1, 29));
    expect(dateOfCell(null)).toBe(-Infinity);
  });
});

/** "Jean.Dupont@Orange.FR": every other letter upper-cased. */
const mixedCase = (text: string): string => [...text].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c)).join("");

describe("e-mails already clean", () => {
  it("are read as the full reading (structure's) reads them", () => {
    const unit = fc.constantFrom("a", "B", "é", ".", "@", " ", ",", "m", "a", "i", "l", "t", "o", ":", "\u00a0", "1", "-", "<", ">", ";", "'", "_", "+");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 20 }), fc.emailAddress(), fc.emailAddress().map(mixedCase)), (text) => {
        const address = commaForDot(text)?.meant ?? readEmailCell(text).addresses[0] ?? "";
        const oneAt = address.indexOf("@") > 0 && address.indexOf("@") === address.lastIndexOf("@") && !address.endsWith("@");
        expect(emailKey(text)).toBe(oneAt ? address : "");
      }),
      { numRuns: 5000 },
    );
  });
});
