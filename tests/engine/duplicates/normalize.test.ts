import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldKey as foldText } from "../../../src/engine/text/fold";
import { emailKey } from "../../../src/engine/contact/emailKey";
import { phoneKeys } from "../../../src/engine/contact/phoneKeys";
import { normalizePhone } from "../../../src/engine/structure/phones/normalizePhone";
import { normalizeCompany } from "../../../src/engine/duplicates/normalize/normalizeCompany";
import { nameTokens } from "../../../src/engine/duplicates/normalize/normalizePersonName";
import { addressKey } from "../../../src/engine/duplicates/normalize/normalizeAddress";
import { NAME_PARTICLES } from "../../../src/engine/vocab/nameParticles";
import { jaroWinkler } from "../../../src/engine/duplicates/compare/jaroWinkler";
import { parseUserRule } from "../../../src/engine/duplicates/userRules";

describe("normalisation for comparison", () => {
  it("folds case, accents, ligatures and punctuation", () => {
    expect(foldText("Saint-Étienne")).toBe("saint etienne");
    expect(foldText("  LEBŒUF,  Manon ")).toBe("leboeuf manon");
  });

  it("reads every way a French phone is written as one E.164 key", () => {
    for (const text of ["06 12 34 56 78", "+33612345678", "06.12.34.56.78", "+33 (0)6 12 34 56 78", "0033612345678", "06-12-34-56-78"]) {
      expect(phoneKeys(text)).toEqual(["+33612345678"]);
    }
    // Excel dropped the leading zero of a phone typed in a General cell.
    expect(phoneKeys(612345678)).toEqual(["+33612345678"]);
    expect(phoneKeys("0692 12 34 56")).toEqual(phoneKeys("+262 692 12 34 56"));
    expect(phoneKeys("+32 470 12 34 56")).toEqual(["+32470123456"]);
    expect(phoneKeys("06 12 34 56 78 / 04 78 12 34 56")).toEqual(["+33612345678", "+33478123456"]);
    expect(phoneKeys("pas de tél")).toEqual([]);
  });

  it("lower-cases and trims e-mails, and refuses what is not one", () => {
    expect(emailKey("  Jean.Dupont@Gmail.COM ")).toBe("jean.dupont@gmail.com");
    expect(emailKey("jean dupont@free.fr")).toBe("jeandupont@free.fr");
    expect(emailKey("jean.dupont.gmail.com")).toBe("");
    expect(emailKey("a@@b.fr")).toBe("");
  });

  it("drops legal forms and glues company words: Lebon Coiffure = Le Bon Coiffure", () => {
    expect(normalizeCompany("Lebon Coiffure")).toBe(normalizeCompany("Le Bon Coiffure"));
    expect(normalizeCompany("SARL Le Bon Coiffure")).toBe("leboncoiffure");
    expect(normalizeCompany("Le Bon Coiffure (SAS)")).toBe("leboncoiffure");
    expect(normalizeCompany("SARL")).toBe("");
  });

  it("reads names in any order, without civility, with initials and glued particles", () => {
    expect(nameTokens("Jean-Pierre Martin")).toEqual(["jean", "martin", "pierre"]);
    expect(nameTokens("Martin J.P.")).toEqual(["j", "martin", "p"]);
    expect(nameTokens("Mme DUPONT, Marie")).toEqual(nameTokens("Marie Dupont"));
    expect(nameTokens("M. et Mme Le Bon")).toEqual(["lebon"]);
    expect(nameTokens("Lina de La Fontaine")).toEqual(["delafontaine", "lina"]);
  });

  it("reads an address in one cell or split, with La Poste abbreviations", () => {
    const one = addressKey({ line: "12 bis av. de la République, 75011 PARIS" });
    expect(one).toEqual({ postalCode: "75011", city: "paris", number: "12", street: ["avenue", "republique"] });
    const split = addressKey({ street: "12 avenue de la République", postalCode: "75011", city: "Paris" });
    expect(split).toEqual(one);
    expect(addressKey({ line: "75011 Paris - 12 avenue de la République" })).toEqual(one);
    expect(addressKey({ line: "3 r. St Jean 69005 Lyon" }).street).toEqual(["jean", "rue", "saint"]);
  });

  it("Jaro-Winkler gives the textbook values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.813, 3);
    expect(jaroWinkler("", "abc")).toBe(0);
    expect(jaroWinkler("abc", "abc")).toBe(1);
  });

  it("reads user rules in French and English and names the words it does not know", () => {
    expect(parseUserRule("prénom + nom + date de naissance").rule?.fields).toEqual(["firstName", "name", "birthDate"]);
    expect(parseUserRule("firstName+lastName+birthDate").rule?.fields).toEqual(["firstName", "lastName", "birthDate"]);
    expect(parseUserRule("email et téléphone").rule?.fields).toEqual(["email", "phone"]);
    expect(parseUserRule("nom + pointure")).toEqual({ rule: null, unknown: ["pointure"] });
  });
});

describe("normalisers never throw and are stable (property tests)", () => {
  const text = fc.string({ maxLength: 60 });
  const unicode = fc.string({ unit: "grapheme", maxLength: 40 });

  it("foldText is idempotent and keeps every letter and digit typed (accents aside)", () => {
    fc.assert(
      fc.property(fc.oneof(text, unicode), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
        const plainDigits = s.replace(/[^0-9]/g, "");
        expect(once.replace(/[^0-9]/g, "")).toBe(plainDigits);
      }),
    );
  });

  it("emailKey is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.emailAddress()), (s) => {
        const once = emailKey(s);
        expect(emailKey(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.emailAddress(), (s) => {
        expect(emailKey(s.toUpperCase())).toBe(emailKey(s));
      }),
    );
  });

  it("phoneKeys never throws, gives E.164 keys, and ignores separators", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.integer(), fc.double()), (v) => {
        for (const key of phoneKeys(v)) expect(key).toMatch(/^\+\d{6,15}$/);
      }),
    );
    const frenchNumber = fc.tuple(fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "9"), fc.stringMatching(/^\d{8}$/));
    fc.assert(
      fc.property(frenchNumber, fc.constantFrom(" ", ".", "-", ""), ([first, rest], sep) => {
        const digits = `0${first}${rest}`;
        const spaced = digits.match(/../g)!.join(sep);
        expect(phoneKeys(spaced)).toEqual(phoneKeys(digits));
        // Overseas ranges read as +262…, unallocated ones (07 0…) as no number: as structure reads them.
        expect(phoneKeys(digits)[0] ?? null).toBe(normalizePhone(digits).e164);
      }),
    );
  });

  it("nameTokens ignores word order and case, and is stable on its own output", () => {
    fc.assert(
      // Particles are left out: "l" sorted in front of "laa" would glue to it on a second pass.
      fc.property(
        fc.array(
          fc.stringMatching(/^[A-Za-zéèêëàâçîïôûü]{2,10}$/).filter((w) => !NAME_PARTICLES.has(foldText(w))),
          { maxLength: 4 },
        ),
        (words) => {
          const tokens = nameTokens(words.join(" "));
          expect(nameTokens([...words].reverse().join(" ").toUpperCase())).toEqual(nameTokens(words.join(" ").toUpperCase()));
          expect(nameTokens(tokens.join(" "))).toEqual(tokens);
        },
      ),
    );
  });

  it("addressKey and normalizeCompany never throw", () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const key = addressKey({ line: a, postalCode: b, city: c });
        expect(key.postalCode).toMatch(/^\d*$/);
        expect(normalizeCompany(a)).not.toMatch(/\s/);
      }),
    );
  });
});
