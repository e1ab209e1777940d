import type { FieldIssue } from "../fieldIssue";

type Issue = Omit<FieldIssue, "suggestion">;

/** The notes a SIREN/SIRET cell can get: why, and what to do. */
export const SIRET_ISSUES = {
  scientific: {
    kind: "invalid",
    code: "siret.scientificNotation",
    message: {
      fr: "Ce numéro a été enregistré en écriture scientifique (8,34823E+13) : Excel a perdu ses derniers chiffres. Dans le fichier d'origine, mettez la colonne au format Texte et exportez-la de nouveau.",
      en: "This number was saved in scientific notation (8.34823E+13): Excel lost its last digits. In the original file, format the column as Text and export it again.",
    },
  },
  notDigits: {
    kind: "invalid",
    code: "siret.notDigits",
    message: {
      fr: "Un SIREN ou un SIRET ne contient que des chiffres (9 ou 14) : retirez les lettres et signes.",
      en: "A SIREN or SIRET holds only digits (9 or 14): remove the letters and signs.",
    },
  },
  sirenLength: {
    kind: "incomplete",
    code: "siren.length",
    message: {
      fr: "Un SIREN a 9 chiffres : il en manque ou il y en a trop. Vérifiez-le sur annuaire-entreprises.data.gouv.fr.",
      en: "A SIREN has 9 digits: some are missing or extra. Check it on annuaire-entreprises.data.gouv.fr.",
    },
  },
  siretLength: {
    kind: "incomplete",
    code: "siret.length",
    message: {
      fr: "Un SIRET a 14 chiffres (SIREN + 5 chiffres d'établissement) : il en manque ou il y en a trop. Vérifiez-le sur annuaire-entreprises.data.gouv.fr.",
      en: "A SIRET has 14 digits (the SIREN + 5 establishment digits): some are missing or extra. Check it on annuaire-entreprises.data.gouv.fr.",
    },
  },
  sirenChecksum: {
    kind: "invalid",
    code: "siren.checksum",
    message: {
      fr: "Ce SIREN n'existe pas : sa clé de contrôle (formule de Luhn) est fausse, un chiffre est sans doute mal saisi.",
      en: "This SIREN cannot exist: its check digit (Luhn formula) is wrong, a digit was probably mistyped.",
    },
  },
  siretChecksum: {
    kind: "invalid",
    code: "siret.checksum",
    message: {
      fr: "Ce SIRET n'existe pas : sa clé de contrôle (formule de Luhn) est fausse, un chiffre est sans doute mal saisi.",
      en: "This SIRET cannot exist: its check digit (Luhn formula) is wrong, a digit was probably mistyped.",
    },
  },
} as const satisfies Record<string, Issue>;
