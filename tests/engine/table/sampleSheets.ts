import type { CellValue } from "../../../src/engine/table/cellValue";

/** A typical French customer list, as a BTS NDRC exercise or an SME's CRM export holds it. */
export const FRENCH_HEADER = [
  "Civilité",
  "Prénom",
  "Nom",
  "Adresse",
  "CP",
  "Ville",
  "Tél.",
  "Portable",
  "E-mail",
  "Date dernier achat",
  "Nb achats / an",
  "Panier moyen",
];

export const FRENCH_DATA: CellValue[][] = [
  ["M.", "Jean", "DUPONT", "12 rue de la Paix", "75002", "Paris", "01 42 12 34 56", "06 12 34 56 78", "jean.dupont@gmail.com", "12/03/2024", 3, "145,50 €"],
  ["Mme", "Marie", "MARTIN", "5 avenue Foch", "69006", "Lyon", "04 78 12 34 56", "07 98 76 54 32", "marie.martin@orange.fr", "05/01/2024", 7, "89,90 €"],
  ["M.", "Pierre", "DURAND", "3 bd Victor Hugo", "06000", "Nice", "04 93 00 00 00", "06 55 44 33 22", "p.durand@free.fr", "28/02/2023", 1, "210,00 €"],
  ["Mme", "Sophie", "LEROY", "8 place Bellecour", "69002", "Lyon", null, "06 11 22 33 44", "sophie.leroy@yahoo.fr", "15/11/2024", 12, "56,00 €"],
  [
    "Mlle",
    "Camille",
    "MOREAU",
    "27 allée des Tilleuls",
    "33000",
    "Bordeaux",
    "05 56 12 34 56",
    "07 11 22 33 44",
    "camille.moreau@laposte.net",
    "02/06/2024",
    4,
    "74,20 €",
  ],
  ["M.", "Nicolas", "SIMON", "1 impasse du Moulin", "44000", "Nantes", "02 40 12 34 56", "06 99 88 77 66", "nsimon@gmail.com", "19/09/2022", 2, "130,00 €"],
];

export const TITLE = "Fichier clients — export du 15/11/2026";
