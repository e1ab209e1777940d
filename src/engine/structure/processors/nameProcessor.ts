import type { ColumnProcessor } from "../columnProcessor";
import { splitPersonName } from "../names/splitPersonName";
import { recogniseCompany } from "../names/recogniseCompany";
import { cellInput, ColumnCollector } from "./cellInput";
import { memoFor } from "../memo/jobMemos";
import type { PersonName } from "../names/splitPersonName";
import type { CompanyName } from "../names/recogniseCompany";

/** Memo names shared with the address processor (RNVP line 1 reads the same name cells). */
export const PERSON_MEMO = "splitPersonName";

/**
 * A whole-name column ("M. DUPONT Jean") split into civility, first name and last name in
 * proper case; a business written in the name column goes to its own column.
 */
export const fullNameProcessor: ColumnProcessor = {
  operation: "names",
  roles: ["fullName"],
  process(values, context) {
    const people = memoFor<PersonName>(context.memos, PERSON_MEMO);
    const out = new ColumnCollector(
      values.length,
      new Map([
        ["civility", { fr: "Civilité", en: "Title" }],
        ["firstName", { fr: "Prénom", en: "First name" }],
        ["lastName", { fr: "Nom de famille", en: "Last name" }],
        ["company", { fr: "Société (dans le nom)", en: "Company (in the name)" }],
      ]),
    );
    values.forEach((value, row) => {
      const text = cellInput(value);
      if (text === null) return;
      const person = people.get(text, splitPersonName);
      out.set("civility", row, person.civility);
      out.set("firstName", row, person.firstName);
      out.set("lastName", row, person.lastName);
      if (person.company) out.set("company", row, person.company.legalForm ? `${person.company.name} (${person.company.legalForm})` : person.company.name);
      out.flag(row, person.issues);
    });
    // The company column only when some row holds a business.
    const parts = out.parts();
    return { parts: parts.filter((p) => p.part !== "company" || out.column("company").hasValues()), issues: out.issues };
  },
};

/** A company column: the name without its legal form, and the legal form on its own. */
export const companyProcessor: ColumnProcessor = {
  operation: "names",
  roles: ["company"],
  process(values, context) {
    const companies = memoFor<CompanyName>(context.memos, "recogniseCompany");
    const out = new ColumnCollector(
      values.length,
      new Map([
        ["name", { fr: "Raison sociale", en: "Company name" }],
        ["legalForm", { fr: "Forme juridique", en: "Legal form" }],
      ]),
    );
    values.forEach((value, row) => {
      const text = cellInput(value);
      if (text === null) return;
      const company = companies.get(text, recogniseCompany);
      out.set("name", row, company.name);
      out.set("legalForm", row, company.legalForm);
    });
    return { parts: out.parts(), issues: out.issues };
  },
};
