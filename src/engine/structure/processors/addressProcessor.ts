import type { CellValue } from "../../table/cellValue";
import type { ColumnProcessor, ProcessedPart, ProcessorContext } from "../columnProcessor";
import { PackedColumn } from "../../table/packedColumn";
import { toReportParts, RNVP_HEADERS, type PostalIndex } from "../address";
import { cedexNumber } from "../address/addressParts";
import { analyseAddress, type AddressAnalysis } from "../address/analyseAddress";
import { townKey } from "../address/townKey";
import { cellInput, ColumnCollector } from "./cellInput";
import { splitPersonName, type PersonName } from "../names/splitPersonName";
import { memoFor } from "../memo/jobMemos";
import type { BoundedMemo } from "../memo/boundedMemo";
import { PERSON_MEMO } from "./nameProcessor";
import { RowMap } from "./rowMap";

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
      const splits = new RowMap<Readonly<Record<string, string>>>();
      const recipients = recipientReader(context);
      const postalBlocks = postalBlockReader(context);
      // The part columns, fetched once: this loop runs once per row on a million rows.
      const [number, street, complement, lieuDitOrBox, postalCode, city, cedex, country] = PART_HEADERS.map(([part]) => out.column(part));
      const rnvp = RNVP_HEADERS.fr.map((_, i) => out.column(`rnvp${i + 1}`));
      for (let row = 0; row < values.length; row++) {
        const text = cellInput(values[row] ?? null);
        if (text === null) continue;
        const options = { index, defaultCountry: context.defaultCountry, recipient: recipients(row) };
        const first = analyseAddress(text, options);
        const together = typedPostalCode(first) ? null : withPostalBlock(text, first, postalBlocks(row));
        const { parts, lines, issues } = together === null ? first : analyseAddress(together, options);
        number!.set(row, orNull(parts.number));
        street!.set(row, orNull(parts.street));
        complement!.set(row, orNull(parts.complement));
        lieuDitOrBox!.set(row, orNull(parts.lieuDit && parts.postBox ? `${parts.lieuDit} ${parts.postBox}` : parts.lieuDit || parts.postBox));
        postalCode!.set(row, orNull(parts.postalCode));
        city!.set(row, orNull(parts.city));
        cedex!.set(row, orNull(cedexNumber(parts.cedex)));
        country!.set(row, orNull(parts.country));
        for (let i = 0; i < lines.length; i++) rnvp[i]!.set(row, orNull(lines[i]!));
        out.flag(row, issues);
        // The split's repeated texts are the columns' own strings (one per distinct value), not copies.
        const shared = {
          number: number!.sharedText(row, parts.number),
          postalCode: postalCode!.sharedText(row, parts.postalCode),
          city: city!.sharedText(row, parts.city),
        };
        // An interface has no index signature, hence the cast to the report's record type.
        splits.add(row, toReportParts(parts, shared) as unknown as Readonly<Record<string, string>>);
      }
      return { parts: out.parts(), issues: out.issues, splits };
    },
  };
}

interface PostalBlock {
  readonly code: string;
  readonly town: string;
}

/** The row's "Code postal" and "Ville" columns, or null when both are empty. */
function postalBlockReader(context: ProcessorContext): (row: number) => PostalBlock | null {
  const codes = context.valuesOfRole("postalCode");
  const towns = context.valuesOfRole("city");
  if (!codes && !towns) return () => null;
  const text = (values: readonly CellValue[] | null, row: number) => (values ? (cellInput(values[row] ?? null)?.trim() ?? "") : "");
  return (row) => {
    const block = { code: text(codes, row), town: text(towns, row) };
    return block.code === "" && block.town === "" ? null : block;
  };
}

/** The address typed its own postal code: the row's columns do not override it. */
function typedPostalCode(analysis: AddressAnalysis): boolean {
  return analysis.parts.postalCode !== "" && !analysis.issues.some((issue) => issue.code === "address.noPostalCode");
}

/**
 * "12 rue de la Paix" beside its own "Code postal" and "Ville" columns is read with them, not
 * flagged 'no postal code, no town'. When the address named the columns' town ("12 rue de la
 * Paix Paris") only the code is added; a town guessed from its words ("Lieu-dit Les Granges":
 * LES GRANGES, 10210) gives way to the columns' own.
 */
function withPostalBlock(text: string, first: AddressAnalysis, block: PostalBlock | null): string | null {
  if (block === null) return null;
  const sameTown = first.parts.city !== "" && block.town !== "" && townKey(first.parts.city) === townKey(block.town);
  if (sameTown) return block.code === "" ? null : `${text} ${block.code}`;
  return `${text}, ${[block.code, block.town].filter((part) => part !== "").join(" ")}`;
}

/** Line 1 of the RNVP block: the customer's name (and company) from the row's other columns. */
function recipientReader(context: ProcessorContext): (row: number) => { name?: string; company?: string } {
  // AFNOR's line 1 is civility, first name, last name: a separate "Civilité" column joins them.
  const names =
    context.valuesOfRole("fullName") ?? joinColumns([context.valuesOfRole("civility"), context.valuesOfRole("firstName"), context.valuesOfRole("lastName")]);
  const companies = context.valuesOfRole("company");
  // The name column's processor has split these same cells already: its columns answer, else its memo.
  const people = memoFor<PersonName>(context.memos, PERSON_MEMO);
  const split = context.valuesOfRole("fullName") ? splitColumns(context.partsOfRole?.("fullName") ?? null) : null;
  return (row) => {
    const text = names ? cellInput(names[row] ?? null) : null;
    const person = text === null ? null : ((split && lineFromColumns(split, row)) ?? personLine(text, people));
    const company = companies ? cellInput(companies[row] ?? null) : null;
    if (person) return company ? { ...person, company } : person;
    return company ? { company } : NO_RECIPIENT;
  };
}

interface SplitColumns {
  readonly civility: PackedColumn | undefined;
  readonly firstName: PackedColumn;
  readonly lastName: PackedColumn;
}

/** The name processor's columns, read where they are held (asking for `values` would make arrays of them). */
function splitColumns(parts: ReadonlyMap<string, ProcessedPart> | null): SplitColumns | null {
  const packed = (name: string) => {
    const part = parts?.get(name);
    return part ? (part.packed ?? PackedColumn.of(part.values)) : undefined;
  };
  const firstName = packed("firstName");
  const lastName = packed("lastName");
  return firstName && lastName ? { civility: packed("civility"), firstName, lastName } : null;
}

/**
 * personLine from the name processor's columns: on a million rows the memo no longer holds
 * every name by the time the address column is read, and each name was split twice. A row
 * with neither first nor last name (a business, an empty split) goes to personLine instead.
 */
function lineFromColumns(split: SplitColumns, row: number): { name: string; firstName?: string } | null {
  const first = textOf(split.firstName.get(row));
  const last = textOf(split.lastName.get(row));
  if (first === "" && last === "") return null;
  let line = textOf(split.civility?.get(row));
  if (first) line = line ? `${line} ${first}` : first;
  if (last) line = line ? `${line} ${last}` : last;
  return first ? { name: line, firstName: first } : { name: line };
}

function textOf(value: CellValue | undefined): string {
  return typeof value === "string" ? value : "";
}

const NO_RECIPIENT = {};

function orNull(value: string): string | null {
  return value === "" ? null : value;
}

/**
 * "M. DUPONT Jean" → "M. Jean Dupont": AFNOR's line 1 is civility, first name, last name; the
 * first name is told apart so that a long line shrinks it to initials first.
 */
function personLine(text: string, people: BoundedMemo<PersonName>): { name: string; firstName?: string } | null {
  const person = people.get(text, splitPersonName);
  if (person.company) return { name: text };
  let line = person.civility ?? "";
  if (person.firstName) line = line ? `${line} ${person.firstName}` : person.firstName;
  if (person.lastName) line = line ? `${line} ${person.lastName}` : person.lastName;
  if (!line) return { name: text };
  return person.firstName ? { name: line, firstName: person.firstName } : { name: line };
}

function joinColumns(columns: readonly (readonly CellValue[] | null)[]): CellValue[] | null {
  // Civility alone is no name: without first or last name there is no recipient to write.
  if (columns.slice(1).every((column) => !column)) return null;
  const length = Math.max(...columns.map((column) => column?.length ?? 0));
  return Array.from({ length }, (_, i) => {
    const [civility, ...name] = columns.map((column) => cellInput(column?.[i] ?? null)?.trim() ?? "");
    const person = name.filter((part) => part !== "").join(" ");
    return person === "" ? null : civility ? `${civility} ${person}` : person;
  });
}
