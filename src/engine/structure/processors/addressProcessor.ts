import type { CellValue } from "../../table/cellValue";
import type { ColumnProcessor, ProcessorContext } from "../columnProcessor";
import { toReportParts, RNVP_HEADERS, type PostalIndex } from "../address";
import { analyseAddress } from "../address/analyseAddress";
import { cellInput, ColumnCollector } from "./cellInput";
import { splitPersonName } from "../names/splitPersonName";

const PART_HEADERS: readonly (readonly [string, { fr: string; en: string }])[] = [
  ["number", { fr: "N°", en: "No." }],
  ["street", { fr: "Voie", en: "Street" }],
  ["complement", { fr: "Complément", en: "Complement" }],
  ["lieuDitOrBox", { fr: "Lieu-dit / BP", en: "Locality / PO box" }],
  ["postalCode", { fr: "Code postal", en: "Postal code" }],
  ["city", { fr: "Ville", en: "Town" }],
  ["cedex", { fr: "CEDEX", en: "CEDEX" }],
  ["country", { fr: "Pays", en: "Country" }],
];

/**
 * A one-field postal address split into its parts, checked against the official postal-code
 * base (French addresses), and written as the six RNVP lines of AFNOR NF Z10-011, with the
 * customer's name on line 1. A town that does not match its code is corrected in the "Ville"
 * column and flagged on the address; the address as typed is never touched.
 */
export function addressProcessor(index: PostalIndex | null): ColumnProcessor {
  return {
    operation: "address",
    roles: ["address"],
    process(values, context) {
      const headers = new Map<string, { fr: string; en: string }>(PART_HEADERS);
      RNVP_HEADERS.fr.forEach((fr, i) => headers.set(`rnvp${i + 1}`, { fr, en: RNVP_HEADERS.en[i]! }));
      const out = new ColumnCollector(values.length, headers);
      const splits = new Map<number, Readonly<Record<string, string>>>();
      const recipients = recipientReader(context);
      values.forEach((value, row) => {
        const text = cellInput(value);
        if (text === null) return;
        const { parts, lines, issues } = analyseAddress(text, { index, defaultCountry: context.defaultCountry, recipient: recipients(row) });
        out.set("number", row, parts.number);
        out.set("street", row, parts.street);
        out.set("complement", row, parts.complement);
        out.set("lieuDitOrBox", row, [parts.lieuDit, parts.postBox].filter((p) => p !== "").join(" "));
        out.set("postalCode", row, parts.postalCode);
        out.set("city", row, parts.city);
        out.set("cedex", row, parts.cedex);
        out.set("country", row, parts.country);
        lines.forEach((line, i) => out.set(`rnvp${i + 1}`, row, line));
        out.flag(row, issues);
        splits.set(row, { ...toReportParts(parts) });
      });
      return { parts: out.parts(), issues: out.issues, splits };
    },
  };
}

/** Line 1 of the RNVP block: the customer's name (and company) from the row's other columns. */
function recipientReader(context: ProcessorContext): (row: number) => { name?: string; company?: string } {
  const names = context.valuesOfRole("fullName") ?? joinColumns(context.valuesOfRole("firstName"), context.valuesOfRole("lastName"));
  const companies = context.valuesOfRole("company");
  return (row) => {
    const name = names ? personLine(cellInput(names[row] ?? null)) : null;
    const company = companies ? cellInput(companies[row] ?? null) : null;
    return { ...(name ? { name } : {}), ...(company ? { company } : {}) };
  };
}

/** "M. DUPONT Jean" → "M. Jean Dupont": AFNOR's line 1 is civility, first name, last name. */
function personLine(text: string | null): string | null {
  if (text === null) return null;
  const person = splitPersonName(text);
  if (person.company) return text;
  return [person.civility, person.firstName, person.lastName].filter((part) => part).join(" ") || text;
}

function joinColumns(first: readonly CellValue[] | null, last: readonly CellValue[] | null): CellValue[] | null {
  if (!first && !last) return null;
  const length = Math.max(first?.length ?? 0, last?.length ?? 0);
  return Array.from({ length }, (_, i) => [first?.[i], last?.[i]].map((v) => cellInput(v ?? null) ?? "").join(" ").trim() || null);
}
