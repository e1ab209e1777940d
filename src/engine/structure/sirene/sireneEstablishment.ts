import { foldWords } from "../address/foldText";
import { STREET_TYPE_ABBREVIATIONS } from "../address/addressVocabulary";
import { recogniseCompany } from "../names/recogniseCompany";

/** One row of StockEtablissement, as Tria keeps it: identity, state, names, address. */
export interface Establishment {
  readonly siret: string;
  readonly siren: string;
  /** etatAdministratifEtablissement = "F" (fermé). */
  readonly closed: boolean;
  /** dateDebut of the current period: for a closed one, when it closed ("2019-06-30"). */
  readonly since: string;
  readonly headOffice: boolean;
  /** The official name: denominationUsuelleEtablissement, else enseigne1, else the legal unit's name when the extract has it. */
  readonly name: string;
  /** Every name it answers to, as matching keys (companyKey). */
  readonly nameKeys: readonly string[];
  /** "12 BIS RUE DE LA PAIX 75002 PARIS": the address SIRENE holds, on one line. */
  readonly address: string;
  readonly postalCode: string;
}

/** The columns Tria reads; the first four are required. */
export const SIRENE_COLUMNS = {
  siren: "siren",
  nic: "nic",
  siret: "siret",
  state: "etatAdministratifEtablissement",
  since: "dateDebut",
  headOffice: "etablissementSiege",
  usualName: "denominationUsuelleEtablissement",
  sign1: "enseigne1Etablissement",
  sign2: "enseigne2Etablissement",
  sign3: "enseigne3Etablissement",
  // Not in StockEtablissement but in extracts joined with StockUniteLegale (the legal name).
  legalName: "denominationUniteLegale",
  legalLastName: "nomUniteLegale",
  legalFirstName: "prenom1UniteLegale",
  complement: "complementAdresseEtablissement",
  number: "numeroVoieEtablissement",
  repetition: "indiceRepetitionEtablissement",
  streetType: "typeVoieEtablissement",
  streetName: "libelleVoieEtablissement",
  postalCode: "codePostalEtablissement",
  town: "libelleCommuneEtablissement",
  special: "distributionSpecialeEtablissement",
  cedexCode: "codeCedexEtablissement",
  cedexTown: "libelleCedexEtablissement",
} as const;

export type SireneField = keyof typeof SIRENE_COLUMNS;
export type ColumnIndexes = Readonly<Partial<Record<SireneField, number>>>;

const LEGAL_FORM_NOISE = /\s+/g;

/** Matching key of a company name: folded, & → ET, without its legal form ("Roux & Fils SAS" → "ROUX ET FILS"). */
export function companyKey(name: string): string {
  const plain = name.replace(/&/g, " ET ").trim();
  if (plain === "") return "";
  const withoutForm = recogniseCompany(plain).name || plain;
  return foldWords(withoutForm).replace(LEGAL_FORM_NOISE, " ");
}

// SIRENE's typeVoieEtablissement holds La Poste / FANTOIR codes (AV, BD, CHE…): written in full.
const TYPE_BY_CODE: ReadonlyMap<string, string> = new Map([...STREET_TYPE_ABBREVIATIONS].map(([name, code]) => [code, name] as const));
const REPETITION: Readonly<Record<string, string>> = { B: "BIS", T: "TER", Q: "QUATER", C: "QUINQUIES" };

export function establishmentOf(cells: readonly string[], at: ColumnIndexes): Establishment {
  const cell = (field: SireneField) => {
    const index = at[field];
    return index === undefined ? "" : (cells[index] ?? "").trim();
  };
  const siren = cell("siren") || cell("siret").slice(0, 9);
  const siret = cell("siret") || siren + cell("nic");
  const personName = [cell("legalFirstName"), cell("legalLastName")].filter(Boolean).join(" ");
  const names = [cell("usualName"), cell("sign1"), cell("legalName"), personName, cell("sign2"), cell("sign3")].filter(Boolean);
  return {
    siret,
    siren,
    closed: cell("state").toUpperCase() === "F",
    since: cell("since"),
    headOffice: /^(true|1|o|oui)$/i.test(cell("headOffice")),
    name: names[0] ?? "",
    nameKeys: [...new Set(names.map(companyKey).filter(Boolean))],
    address: addressLine(cell),
    postalCode: cell("postalCode"),
  };
}

function addressLine(cell: (field: SireneField) => string): string {
  const type = cell("streetType").toUpperCase();
  const repetition = cell("repetition").toUpperCase();
  const street = [cell("number"), REPETITION[repetition] ?? repetition, TYPE_BY_CODE.get(type) ?? type, cell("streetName")];
  const town = cell("cedexCode") ? [cell("cedexCode"), cell("cedexTown")] : [cell("postalCode"), cell("town")];
  return [cell("complement"), ...street, cell("special"), ...town].filter(Boolean).join(" ").replace(/\s+/g, " ").toUpperCase();
}
