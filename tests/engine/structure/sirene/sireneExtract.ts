import { joinCsvLine } from "../../../../src/engine/structure/sirene/sireneCsv";

/**
 * A small StockEtablissement extract, made by the tests in place of the real file: INSEE's
 * header (its exact column names and order, first columns) and a few establishments.
 */
export const SIRENE_HEADER = [
  "siren",
  "nic",
  "siret",
  "statutDiffusionEtablissement",
  "dateCreationEtablissement",
  "trancheEffectifsEtablissement",
  "anneeEffectifsEtablissement",
  "activitePrincipaleRegistreMetiersEtablissement",
  "dateDernierTraitementEtablissement",
  "etablissementSiege",
  "nombrePeriodesEtablissement",
  "complementAdresseEtablissement",
  "numeroVoieEtablissement",
  "indiceRepetitionEtablissement",
  "typeVoieEtablissement",
  "libelleVoieEtablissement",
  "codePostalEtablissement",
  "libelleCommuneEtablissement",
  "libelleCommuneEtrangerEtablissement",
  "distributionSpecialeEtablissement",
  "codeCommuneEtablissement",
  "codeCedexEtablissement",
  "libelleCedexEtablissement",
  "codePaysEtrangerEtablissement",
  "libellePaysEtrangerEtablissement",
  "dateDebut",
  "etatAdministratifEtablissement",
  "enseigne1Etablissement",
  "enseigne2Etablissement",
  "enseigne3Etablissement",
  "denominationUsuelleEtablissement",
  "activitePrincipaleEtablissement",
  "nomenclatureActivitePrincipaleEtablissement",
  "caractereEmployeurEtablissement",
];

interface Row {
  siret: string;
  state: "A" | "F";
  name: string;
  number: string;
  repetition?: string;
  type: string;
  street: string;
  code: string;
  town: string;
  headOffice?: boolean;
  since?: string;
  sign?: string;
  cedex?: [string, string];
}

export const ESTABLISHMENTS: readonly Row[] = [
  {
    siret: "40483304800014",
    state: "A",
    name: "ROUX ET FILS",
    number: "12",
    repetition: "B",
    type: "RUE",
    street: "DE LA PAIX",
    code: "75002",
    town: "PARIS",
    headOffice: true,
  },
  { siret: "40483304800022", state: "F", name: "ROUX ET FILS", number: "3", type: "AV", street: "FOCH", code: "69006", town: "LYON", since: "2021-03-31" },
  {
    siret: "55203253400018",
    state: "A",
    name: "BOULANGERIE MARTIN",
    number: "8",
    type: "PL",
    street: "DU MARCHE",
    code: "24200",
    town: "SARLAT-LA-CANEDA",
    headOffice: true,
  },
  {
    siret: "55203253400026",
    state: "F",
    name: "BOULANGERIE MARTIN",
    number: "2",
    type: "CHE",
    street: "DES VIGNES",
    code: "24200",
    town: "SARLAT-LA-CANEDA",
    since: "2019-06-30",
  },
  {
    siret: "81234567600017",
    state: "A",
    name: "",
    sign: "GARAGE DU CENTRE",
    number: "1",
    type: "BD",
    street: "GAMBETTA",
    code: "46000",
    town: "CAHORS",
    headOffice: true,
    cedex: ["46005", "CAHORS CEDEX"],
  },
  { siret: "81234567600025", state: "A", name: "", sign: "GARAGE DU CENTRE", number: "40", type: "RTE", street: "DE TOULOUSE", code: "46000", town: "CAHORS" },
];

export function extractLines(rows: readonly Row[] = ESTABLISHMENTS, separator = ","): string[] {
  const column = (name: string) => SIRENE_HEADER.indexOf(name);
  return [
    joinCsvLine(SIRENE_HEADER, separator),
    ...rows.map((row) => {
      const cells = SIRENE_HEADER.map(() => "");
      const set = (name: string, value: string) => (cells[column(name)] = value);
      set("siren", row.siret.slice(0, 9));
      set("nic", row.siret.slice(9));
      set("siret", row.siret);
      set("statutDiffusionEtablissement", "O");
      set("etablissementSiege", row.headOffice ? "true" : "false");
      set("numeroVoieEtablissement", row.number);
      set("indiceRepetitionEtablissement", row.repetition ?? "");
      set("typeVoieEtablissement", row.type);
      set("libelleVoieEtablissement", row.street);
      set("codePostalEtablissement", row.code);
      set("libelleCommuneEtablissement", row.town);
      set("codeCedexEtablissement", row.cedex?.[0] ?? "");
      set("libelleCedexEtablissement", row.cedex?.[1] ?? "");
      set("dateDebut", row.since ?? "2010-01-01");
      set("etatAdministratifEtablissement", row.state);
      set("enseigne1Etablissement", row.sign ?? "");
      set("denominationUsuelleEtablissement", row.name);
      set("activitePrincipaleEtablissement", "10.71C");
      return joinCsvLine(cells, separator);
    }),
  ];
}

/** Lines of establishments no customer needs: the reader must skip them. */
export function noiseLines(count: number): string[] {
  return extractLines(
    Array.from({ length: count }, (_, i) => ({
      siret: String(30000000000000 + i * 7),
      state: "A" as const,
      name: `SOCIETE ${i}, "LES ${i}"`,
      number: String(i % 90),
      type: "RUE",
      street: `DU ${i}`,
      code: String(10000 + (i % 80000)).padStart(5, "0"),
      town: "AILLEURS",
    })),
  ).slice(1);
}
