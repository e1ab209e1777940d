import type { HeaderSynonyms } from "./headerSynonymsType";

/** Registry numbers (SIREN, SIRET) and personal facts: birth date, age, gender, socio-professional category. */
export const FACT_HEADERS = {
  siren: ["siren", "n° siren", "numéro siren", "code siren"],
  siret: ["siret", "n° siret", "numéro siret", "code siret", "siret établissement"],
  birthDate: [
    "date de naissance",
    "date naissance",
    "né le",
    "née le",
    "né(e) le",
    "naissance",
    // "ddn" is the usual French abbreviation for date de naissance.
    "ddn",
    "birth date",
    "birthdate",
    "date of birth",
    "dob",
    "birthday",
    "anniversaire",
  ],
  age: ["âge", "age", "âge du client", "age ans", "tranche d'âge", "age range", "âge en années"],
  gender: ["sexe", "genre", "gender", "sex", "h/f", "m/f", "f/h", "homme/femme", "homme femme"],
  socioProfessionalCategory: [
    "csp",
    "pcs",
    "catégorie socio-professionnelle",
    "catégorie socioprofessionnelle",
    "csp+",
    "catégorie professionnelle",
    "categorie csp",
    "socio professional category",
    "socio-economic group",
    "occupation",
    "occupation category",
  ],
} satisfies HeaderSynonyms;
