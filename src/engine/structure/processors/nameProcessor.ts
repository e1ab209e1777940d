import type { ColumnProcessor } from "../columnProcessor";
import { splitPersonName } from "../names/splitPersonName";
import { recogniseCompany } from "../names/recogniseCompany";
import { cellInput, ColumnCollector } from "./cellInput";

/**
 * A whole-name column ("M. DUPONT Jean") split into civility, first name and last name in
 * proper case; a business written in the name column goes to its own column.
 */
export const fullNameProcessor: ColumnProcessor = {
  operation: "names",
  roles: ["fullName"],
  process(values) {
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
      const person = splitPersonName(text);
      out.set("civility", row, person.civility);
      out.set("firstName", row, person.firstName);
      out.set("lastName", row, person.lastName);
      if (person.company) out.set("company", row, person.company.legalForm ? `${person.company.name} (${person.company.legalForm})` : person.company.name);
      out.flag(row, person.issues);
    });
    // The company column only when some row holds a business.
    const parts = out.parts();
    return { parts: parts.filter((p) => p.part !== "company" || p.values.some((v) => v !== null)), issues: out.issues };
  },
};

/** A company column: the name without its legal form, and the legal form on its own. */
export const companyProcessor: ColumnProcessor = {
  operation: "names",
  roles: ["company"],
  process(values) {
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
      const company = recogniseCompany(text);
      out.set("name", row, company.name);
      out.set("legalForm", row, company.legalForm);
    });
    return { parts: out.parts(), issues: out.issues };
  },
};
