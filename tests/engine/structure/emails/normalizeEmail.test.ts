import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeEmail } from "../../../../src/engine/structure/emails/normalizeEmail";

// [typed, email, suggestion or null]: valid syntax throughout.
const VALID: ReadonlyArray<readonly [string, string, string | null]> = [
  ["jean.dupont@orange.fr", "jean.dupont@orange.fr", null],
  ["  JEAN.DUPONT@ORANGE.FR  ", "jean.dupont@orange.fr", null],
  ["Marie.Martin@Gmail.com", "marie.martin@gmail.com", null],
  ["mailto:jean@free.fr", "jean@free.fr", null],
  ["MAILTO:jean@free.fr", "jean@free.fr", null],
  ["Jean Dupont <jean.dupont@sfr.fr>", "jean.dupont@sfr.fr", null],
  ["<contact@boulangerie-martin.fr>", "contact@boulangerie-martin.fr", null],
  ["jean @ gmail . com", "jean@gmail.com", null],
  ["jean.dupont@laposte.net.", "jean.dupont@laposte.net", null],
  ["\u00A0paul+crm@bbox.fr\u00A0", "paul+crm@bbox.fr", null],
  // Typos: the domain gets a suggestion.
  ["jean@gmial.com", "jean@gmial.com", "jean@gmail.com"],
  ["jean@gamil.com", "jean@gamil.com", "jean@gmail.com"],
  ["jean@gmail.con", "jean@gmail.con", "jean@gmail.com"],
  ["jean@gmail.co", "jean@gmail.co", "jean@gmail.com"],
  ["jean@gmaiil.fr", "jean@gmaiil.fr", "jean@gmail.fr"],
  ["jean.dupont@hotmial.fr", "jean.dupont@hotmial.fr", "jean.dupont@hotmail.fr"],
  ["jean@hotmal.com", "jean@hotmal.com", "jean@hotmail.com"],
  ["jean@orange.fe", "jean@orange.fe", "jean@orange.fr"],
  ["jean@orang.fr", "jean@orang.fr", "jean@orange.fr"],
  ["jean@wanadoo.ft", "jean@wanadoo.ft", "jean@wanadoo.fr"],
  ["jean@wanado.fr", "jean@wanado.fr", "jean@wanadoo.fr"],
  ["jean@lapost.net", "jean@lapost.net", "jean@laposte.net"],
  ["jean@free.fe", "jean@free.fe", "jean@free.fr"],
  ["jean@outlok.fr", "jean@outlok.fr", "jean@outlook.fr"],
  ["jean@yahooo.fr", "jean@yahooo.fr", "jean@yahoo.fr"],
  ["jean@entreprise.cmo", "jean@entreprise.cmo", "jean@entreprise.com"],
  // Real domains are never "corrected".
  ["jean@gmail.fr", "jean@gmail.fr", null],
  ["jean@orange.com", "jean@orange.com", null],
  ["jean@free.com", "jean@free.com", null],
  ["jean@orange.cm", "jean@orange.cm", null],
  ["jean@numericable.fr", "jean@numericable.fr", null],
  ["jean@club-internet.fr", "jean@club-internet.fr", null],
  ["jean@aliceadsl.fr", "jean@aliceadsl.fr", null],
  ["jean@neuf.fr", "jean@neuf.fr", null],
  ["jean@icloud.com", "jean@icloud.com", null],
  ["jean@yahoo.co.uk", "jean@yahoo.co.uk", null],
  ["jean@dupont-sa.fr", "jean@dupont-sa.fr", null],
  // A name two letters shorter than a provider's is another name, not a slip.
  ["jean@internet.lu", "jean@internet.lu", null],
  ["jean@cabinet-martin.eu", "jean@cabinet-martin.eu", null],
  ["jean@startup.co", "jean@startup.co", null],
  ["jean@bnp.fr", "jean@bnp.fr", null],
  ["jean@mail.entreprise.fr", "jean@mail.entreprise.fr", null],
  ["jean@mairie-lyon.fr", "jean@mairie-lyon.fr", null],
  ["jean@skynet.be", "jean@skynet.be", null],
  ["jean@bluewin.ch", "jean@bluewin.ch", null],
  ["o'connor@example.ie", "o'connor@example.ie", null],
];

describe("normalizeEmail: cleaned, and typos suggested", () => {
  it.each(VALID)("%s", (typed, email, suggestion) => {
    const result = normalizeEmail(typed);
    expect(result.email).toBe(email);
    expect(result.valid).toBe(true);
    expect(result.suggestion).toBe(suggestion);
    expect(result.issues.map((issue) => issue.code)).toEqual(suggestion ? ["email.domainTypo"] : []);
  });

  it("a typo's note names the fix in both languages", () => {
    const issue = normalizeEmail("jean@gmial.com").issues[0];
    expect(issue).toMatchObject({ kind: "typo", suggestion: "jean@gmail.com" });
    expect(issue?.message.fr).toContain("gmail.com");
    expect(issue?.message.en).toContain("gmail.com");
  });
});

describe("normalizeEmail: what it flags", () => {
  // [typed, code, kind, suggestion]
  const FLAGGED: ReadonlyArray<readonly [string, string, string, string | null]> = [
    ["jean.dupontgmail.com", "email.noAt", "invalid", null],
    ["jean@@gmail.com", "email.severalAt", "invalid", "jean@gmail.com"],
    ["jean@dupont@free.fr", "email.severalAt", "invalid", null],
    ["@gmail.com", "email.emptyLocal", "incomplete", null],
    ["jean@", "email.noDomain", "incomplete", null],
    ["jean@gmail", "email.noTld", "incomplete", "jean@gmail.com"],
    ["jean@orange", "email.noTld", "incomplete", "jean@orange.fr"],
    ["josé@free.fr", "email.badLocalPart", "invalid", "jose@free.fr"],
    ["zoé@gmial.com", "email.badLocalPart", "invalid", "zoe@gmail.com"],
    ["pas d'email", "email.noAt", "invalid", null],
    ["Non communiqué", "email.noAt", "invalid", null],
    ["jean..dupont@free.fr", "email.badLocalPart", "invalid", "jean.dupont@free.fr"],
    [".jean@free.fr", "email.badLocalPart", "invalid", "jean@free.fr"],
    ["jean@orangé.fr", "email.badDomain", "invalid", "jean@orange.fr"],
    ["jean@free..fr", "email.badDomain", "invalid", "jean@free.fr"],
    ["jean@-free.fr", "email.badDomain", "invalid", null],
    ["jean@free.f", "email.badDomain", "invalid", null],
  ];
  it.each(FLAGGED)("%s → %s", (typed, code, kind, suggestion) => {
    const result = normalizeEmail(typed);
    expect(result.valid).toBe(false);
    expect(result.issues[0]).toMatchObject({ code, kind });
    expect(result.suggestion).toBe(suggestion);
  });

  it("spaces inside an address are removed and flagged", () => {
    const result = normalizeEmail("jean dupont@gmail.com");
    expect(result.email).toBe("jeandupont@gmail.com");
    expect(result.issues[0]).toMatchObject({ kind: "invalid", code: "email.spaceInside", suggestion: "jeandupont@gmail.com" });
  });

  it("two addresses in one cell: the first is kept, the others returned", () => {
    for (const typed of ["a@orange.fr; b@free.fr", "a@orange.fr, b@free.fr", "a@orange.fr b@free.fr", "a@orange.fr;b@free.fr;c@sfr.fr"]) {
      const result = normalizeEmail(typed);
      expect(result.email, typed).toBe("a@orange.fr");
      expect(result.others[0], typed).toBe("b@free.fr");
      expect(result.issues[0]?.code, typed).toBe("email.several");
    }
  });

  it("an empty cell is no address and no note", () => {
    expect(normalizeEmail("  ")).toMatchObject({ email: "", valid: false, issues: [] });
  });
});

describe("normalizeEmail: properties", () => {
  it("never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (typed) => void normalizeEmail(typed)));
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (typed) => void normalizeEmail(typed)));
  });

  const emailish = fc.stringMatching(/^[ A-Za-z0-9._+<>:;,@-]{0,40}$/);
  it("normalising twice is normalising once", () => {
    fc.assert(
      fc.property(fc.oneof(emailish, fc.emailAddress(), fc.string({ maxLength: 40 })), (typed) => {
        const once = normalizeEmail(typed).email;
        expect(normalizeEmail(once).email).toBe(once);
      }),
    );
  });

  it("any syntactically valid address stays valid and keeps its local part", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (typed) => {
        const result = normalizeEmail(typed);
        expect(result.email).toBe(typed.toLowerCase());
        if (result.suggestion) expect(result.suggestion.split("@")[0]).toBe(result.email.split("@")[0]);
      }),
    );
  });
});

describe("a comma or a space for the domain's dot", () => {
  it("is a typo with its fix", () => {
    for (const typed of ["marie@orange,fr", "marie@orange fr", "Marie@Orange , FR"]) {
      const result = normalizeEmail(typed);
      expect(result.suggestion, typed).toBe("marie@orange.fr");
      expect(result.issues.map((i) => [i.kind, i.code])).toEqual([["typo", "email.commaForDot"]]);
    }
    expect(normalizeEmail("jean@gmial,com").suggestion).toBe("jean@gmail.com"); // and the domain's own typo
  });

  it("fixes any address whose last dot became a comma", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/),
        fc.stringMatching(/^[a-z]{3,10}$/),
        fc.constantFrom("fr", "com", "net", "org", "eu"),
        (local, domain, tld) => {
          fc.pre(!local.includes(".."));
          const result = normalizeEmail(`${local}@${domain},${tld}`);
          expect(result.issues[0]?.code).toBe("email.commaForDot");
          expect(result.suggestion?.startsWith(`${local}@`)).toBe(true);
        },
      ),
    );
  });

  it("leaves two addresses split by a comma alone", () => {
    expect(normalizeEmail("a@b.fr, c@d.fr").others).toEqual(["c@d.fr"]);
  });
});
