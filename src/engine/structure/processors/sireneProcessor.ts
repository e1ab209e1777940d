import type { ColumnProcessor } from "../columnProcessor";
import type { FieldIssue } from "../fieldIssue";
import { cellInput, ColumnCollector } from "./cellInput";
import { companyKey, type Establishment } from "../sirene/sireneEstablishment";
import { digitsOf, rowPostalCode, type SireneIndex } from "../sirene/sireneIndex";
import { closedEstablishment, severalEstablishments, siretFound } from "../sirene/sireneMessages";

const HEADERS = new Map([
  ["sireneSiret", { fr: "SIRET (SIRENE)", en: "SIRET (SIRENE)" }],
  ["sireneName", { fr: "Nom officiel (SIRENE)", en: "Official name (SIRENE)" }],
  ["sireneAddress", { fr: "Adresse (SIRENE)", en: "Address (SIRENE)" }],
  ["sireneState", { fr: "État (SIRENE)", en: "State (SIRENE)" }],
]);
const STATE = { fr: { open: "actif", closed: "fermé" }, en: { open: "active", closed: "closed" } } as const;
const NO_PARTS = { parts: [], issues: new Map<number, readonly FieldIssue[]>() };

/**
 * Sirétisation (issue 13, textbook Q10): each row's SIRET, SIREN or company name + postal code
 * looked up in the user's SIRENE extract. Adds the SIRET, the official name and address and the
 * administrative state; flags a closed establishment (invalid) and a missing SIRET that SIRENE
 * gives (incomplete, with the SIRET as suggestion). Runs on the SIRET / SIREN column, or on the
 * company column when the file has no identifier column.
 */
export function sireneProcessor(index: SireneIndex): ColumnProcessor {
  return {
    operation: "siret",
    roles: ["siret", "siren", "company"],
    process(values, context, source) {
      const siretColumn = context.valuesOfRole("siret");
      const identifiers = siretColumn ?? context.valuesOfRole("siren");
      // One pass per row: on the identifier column when there is one, else on the company column.
      if (source.role === "company" ? identifiers !== null : source.role === "siren" && siretColumn !== null) return NO_PARTS;
      const companies = context.valuesOfRole("company");
      const codes = context.valuesOfRole("postalCode");
      const addresses = context.valuesOfRole("address");
      const out = new ColumnCollector(values.length, HEADERS);
      const state = STATE[context.lang];
      for (let row = 0; row < values.length; row++) {
        const id = identifiers ? digitsOf(identifiers[row] ?? null) : "";
        const name = companies ? cellInput(companies[row] ?? null) : null;
        const found = lookUp(index, id, name ? `${rowPostalCode(codes, addresses, row)}|${companyKey(name)}` : "");
        if (!found) continue;
        if ("several" in found) {
          out.flag(row, [severalEstablishments(found.several.map((e) => e.siret))]);
          continue;
        }
        const { establishment, byName } = found;
        out.set("sireneSiret", row, establishment.siret);
        out.set("sireneName", row, establishment.name);
        out.set("sireneAddress", row, establishment.address);
        out.set("sireneState", row, establishment.closed ? state.closed : state.open);
        const issues: FieldIssue[] = [];
        if (byName && !/^\d{14}$/.test(id)) issues.push(siretFound(establishment.siret));
        if (establishment.closed) issues.push(closedEstablishment(establishment.siret, establishment.since));
        out.flag(row, issues);
      }
      return { parts: out.parts(false), issues: out.issues };
    },
  };
}

type Found = { establishment: Establishment; byName: boolean } | { several: readonly Establishment[] };

function lookUp(index: SireneIndex, id: string, codeName: string): Found | undefined {
  const bySiret = /^\d{14}$/.test(id) ? index.bySiret.get(id) : undefined;
  if (bySiret) return { establishment: bySiret, byName: false };
  if (/^\d{9}$/.test(id)) {
    const ofSiren = index.bySiren.get(id) ?? [];
    const head = ofSiren.find((e) => e.headOffice && !e.closed) ?? ofSiren.find((e) => e.headOffice);
    if (head) return { establishment: head, byName: false };
  }
  const candidates = codeName ? (index.byCodeName.get(codeName) ?? []) : [];
  if (candidates.length === 0) return undefined;
  // An open establishment is the customer's current one; closed ones only when nothing else is there.
  const open = candidates.filter((e) => !e.closed);
  const pool = open.length > 0 ? open : candidates;
  return pool.length === 1 ? { establishment: pool[0]!, byName: true } : { several: pool };
}
