import type { ReportColumn } from "../report";
import type { Table, TableRow } from "../table/table";
import type { ColumnRole } from "../table/columnRole";
import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { foldLower } from "../text/fold";
import { MissingColumnError } from "../missingColumnError";
import { FIRST_NAMES_FEMALE, FIRST_NAMES_MALE } from "../structure/names/data/firstNames";
import { COMMON_SURNAMES } from "../structure/names/data/commonSurnames";
import { trapText } from "./trapMessages";
import { fullName, inCase, nameStyle } from "./trapNameStyle";
import { freshIdentifier, identifierColumns } from "./trapIdentifiers";

/** One address the user owns (a mailbox, a home, a phone line), by role, read from their trap file. */
export type OwnedContact = Readonly<Partial<Record<ColumnRole, CellValue>>>;

export interface TrapRequest {
  readonly count: number;
  readonly owned: readonly OwnedContact[];
  /** A uniform draw in [0, 1): seeded in tests, Math.random or crypto in the CLI. */
  readonly random: () => number;
}

/** A seed record planted in an export. */
export interface Trap {
  /** 0-based position among the export's data rows. */
  readonly position: number;
  readonly cells: readonly CellValue[];
  /** Which owned contact it uses (index in TrapRequest.owned). */
  readonly owned: number;
  readonly name: string;
}

/** Roles that say who and where: a trap takes them from the owned contact, never from a real customer. */
const CONTACT_ROLES: readonly ColumnRole[] = ["address", "street", "addressComplement", "postalCode", "city", "country", "phone", "mobile", "email"];
const IDENTITY_ROLES: readonly ColumnRole[] = [
  "civility",
  "firstName",
  "lastName",
  "fullName",
  "company",
  "jobTitle",
  "siren",
  "siret",
  "birthDate",
  "age",
  "gender",
];
const words = (list: string) => list.split(/\s+/).filter(Boolean);
const capital = (word: string) => word.replace(/(^|[-\s])([a-z])/g, (_, sep: string, letter: string) => sep + letter.toUpperCase());

/**
 * Trap records (seed records) for a file rented or exchanged: people who do not exist, with
 * common French names, living at addresses the user owns. Mail, e-mails or calls reaching
 * those addresses show who used the file, and when. Their other columns (dates, amounts,
 * segments) are copied from real rows of the same export, so nothing marks them out; they go
 * at random places. The real customers' names, contact details and identifiers are never copied:
 * ids get fresh ones of the same shape, names follow the sheet's case ("Dupont" or "DUPONT").
 * `everyone`: the rows whose names and ids a trap must not take (the whole sheet, when `table`
 * holds one segment).
 */
export function plantTraps(
  table: Table,
  columns: readonly ReportColumn[],
  request: TrapRequest,
  everyone: readonly TableRow[] = table.rows,
): { rows: CellValue[][]; traps: Trap[] } {
  const { count, owned, random } = request;
  const roleOf = new Map<number, ColumnRole>(columns.map((c) => [c.index, c.role]));
  const usable = owned.filter((contact) => CONTACT_ROLES.some((role) => columns.some((c) => c.role === role) && !isEmptyCell(contact[role] ?? null)));
  if (usable.length === 0) throw new MissingColumnError("traps.noContact", { fr: trapText("fr", "noContact"), en: trapText("en", "noContact") });
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const taken = new Set(
    everyone.map((row) =>
      foldLower(
        columns
          .filter((c) => c.role === "fullName" || c.role === "lastName" || c.role === "firstName")
          .map((c) => cellText(row.cells[c.index] ?? null))
          .join(" "),
      ),
    ),
  );
  const valuesOf = (index: number) => everyone.map((row) => row.cells[index] ?? null);
  const identifiers = identifierColumns(roleOf, valuesOf);
  const idsTaken = new Map([...identifiers].map((index) => [index, new Set(valuesOf(index).map(cellText))]));
  const cellsOf = (role: ColumnRole) => columns.filter((c) => c.role === role).flatMap((c) => valuesOf(c.index));
  const style = nameStyle(cellsOf("firstName"), cellsOf("lastName"), cellsOf("fullName"));

  const traps: Trap[] = [];
  for (let t = 0; t < count; t++) {
    const ownedIndex = owned.indexOf(usable[t % usable.length]!);
    const contact = owned[ownedIndex]!;
    const female = random() < 0.5;
    let first = "";
    let last = "";
    for (let tries = 0; tries < 50; tries++) {
      first = capital(pick(words(female ? FIRST_NAMES_FEMALE : FIRST_NAMES_MALE).slice(0, 300)));
      last = capital(pick(words(COMMON_SURNAMES)));
      const key = foldLower(`${first} ${last}`);
      if (!taken.has(key) && !taken.has(foldLower(`${last} ${first}`)) && !taken.has(foldLower(last))) break;
    }
    taken.add(foldLower(`${first} ${last}`));
    const donor = table.rows.length > 0 ? pick(table.rows).cells : [];
    const cells = table.headers.map((_, index): CellValue => {
      const role = roleOf.get(index) ?? "other";
      if (table.ownColumns?.has(index)) return donor[index] ?? null;
      if (role === "civility") return female ? "Mme" : "M.";
      if (role === "firstName") return inCase(first, style.first);
      if (role === "lastName") return inCase(last, style.last);
      if (role === "fullName") return fullName(first, last, female ? "Mme" : "M.", style);
      if (role === "address")
        return (
          contact.address ??
          ([contact.street, contact.postalCode, contact.city]
            .filter((v) => !isEmptyCell(v ?? null))
            .map((v) => cellText(v ?? null))
            .join(" ") ||
            null)
        );
      if (CONTACT_ROLES.includes(role)) return contact[role] ?? null;
      if (IDENTITY_ROLES.includes(role)) return contact[role] ?? null;
      if (identifiers.has(index)) return freshIdentifier(donor[index] ?? null, idsTaken.get(index)!, random);
      return donor[index] ?? null;
    });
    traps.push({ position: Math.floor(random() * (table.rows.length + 1)), cells, owned: ownedIndex, name: `${first} ${last}` });
  }
  traps.sort((a, b) => a.position - b.position);
  const rows: CellValue[][] = [];
  let next = 0;
  const placed: Trap[] = [];
  table.rows.forEach((row, i) => {
    while (next < traps.length && traps[next]!.position <= i) placed.push({ ...traps[next]!, position: rows.push([...traps[next++]!.cells]) - 1 });
    rows.push([...row.cells]);
  });
  while (next < traps.length) placed.push({ ...traps[next]!, position: rows.push([...traps[next++]!.cells]) - 1 });
  return { rows, traps: placed };
}
