import type { CustomerRecord } from "./customerRecord";
import { foldKey } from "../text/fold";
import { customerIdOf, emailOf, joinedText, type PreparedRows } from "./preparedRows";

/**
 * One prepared row as a CustomerRecord (plain strings and arrays): for user rules and callers
 * of DuplicateResult.records. Built on demand, never in the comparison loop; values kept as
 * hashes are read again from the row's cells.
 */
export function recordOf(p: PreparedRows, i: number): CustomerRecord {
  const text = (dictionary: { text(id: number): string }, id: number) => (id >= 0 ? dictionary.text(id) : "");
  const digits = (value: number, length: number) => (Number.isNaN(value) ? "" : String(value).padStart(length, "0"));
  const cells = p.table.rows[i]!.cells;
  return {
    email: emailOf(cells, p.columns),
    phones: p.phone.list(i).map((value) => `+${value}`),
    siret: digits(p.siret[i]!, 14),
    siren: digits(p.siren[i]!, 9),
    name: p.name.list(i).map((id) => p.nameWords.text(id)),
    firstName: foldKey(joinedText(cells, p.columns.firstName)),
    lastName: foldKey(joinedText(cells, p.columns.lastName)),
    company: text(p.companies, p.company[i]!),
    address: {
      postalCode: text(p.postalCodes, p.postalCode[i]!),
      city: text(p.cities, p.city[i]!),
      number: text(p.houseNumbers, p.houseNumber[i]!),
      street: p.street.list(i).map((id) => p.streetWords.text(id)),
    },
    birthDate: p.birthDate[i]!,
    customerId: customerIdOf(cells, p.columns),
    filled: p.filled[i]!,
    recency: p.recency[i]!,
  };
}
