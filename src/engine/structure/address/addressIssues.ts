import type { FieldIssue } from "../fieldIssue";

/** The FieldIssues of addresses, with their notes in French and English. */

export const ADDRESS_EMPTY: FieldIssue = {
  kind: "incomplete",
  code: "address.empty",
  message: { fr: "Adresse vide : à compléter.", en: "Empty address: please fill it in." },
};

export const NO_POSTAL_CODE: FieldIssue = {
  kind: "incomplete",
  code: "address.noPostalCode",
  message: { fr: "Adresse sans code postal : ajoutez-le.", en: "Address without a postal code: add it." },
};

export const NO_CITY: FieldIssue = {
  kind: "incomplete",
  code: "address.noCity",
  message: { fr: "Adresse sans ville : ajoutez-la.", en: "Address without a town: add it." },
};

export const NO_STREET: FieldIssue = {
  kind: "incomplete",
  code: "address.noStreet",
  message: {
    fr: "Adresse sans voie, lieu-dit ni boîte postale : ajoutez le numéro et la rue.",
    en: "Address without a street, locality or PO box: add the number and street.",
  },
};

export function leadingZeroLost(written: string, fixed: string): FieldIssue {
  return {
    kind: "typo",
    code: "address.postalCodeLeadingZero",
    message: {
      fr: `Code postal « ${written} » sans son zéro initial (perdu par Excel ?) : ${fixed}.`,
      en: `Postal code "${written}" lost its leading zero (Excel?): ${fixed}.`,
    },
    suggestion: fixed,
    suggestionPart: "postalCode",
  };
}

export function unknownPostalCode(code: string, suggestion?: string): FieldIssue {
  const hint = suggestion ? ` ; d'après la ville : ${suggestion}` : " ; vérifiez-le";
  const hintEn = suggestion ? `; from the town: ${suggestion}` : "; please check it";
  return {
    kind: "invalid",
    code: "address.unknownPostalCode",
    message: { fr: `Le code postal ${code} n'existe pas${hint}.`, en: `Postal code ${code} does not exist${hintEn}.` },
    ...(suggestion ? { suggestion, suggestionPart: "postalCode" } : {}),
  };
}

/**
 * The town does not match the code. `fix` is what the note shows ("PARIS", or "01000
 * BOURG-EN-BRESSE" when the code is the likelier mistake); the suggestion is the one part to
 * change, the town's (corrected) or the code's.
 */
export function townMismatch(
  code: string,
  town: string,
  fix: string,
  suggestion: { part: "city" | "postalCode"; value: string } = { part: "city", value: fix },
): FieldIssue {
  return {
    kind: "typo",
    code: "address.townMismatch",
    message: {
      fr: `« ${town} » ne correspond pas au code postal ${code} : vouliez-vous dire ${fix} ?`,
      en: `"${town}" does not match postal code ${code}: did you mean ${fix}?`,
    },
    suggestion: suggestion.value,
    suggestionPart: suggestion.part,
  };
}

export function missingCode(town: string, suggestion?: string): FieldIssue {
  return {
    kind: "incomplete",
    code: "address.noPostalCode",
    message: suggestion
      ? { fr: `Code postal manquant ; pour ${town} : ${suggestion}.`, en: `Postal code missing; for ${town}: ${suggestion}.` }
      : NO_POSTAL_CODE.message,
    ...(suggestion ? { suggestion, suggestionPart: "postalCode" } : {}),
  };
}

export const RNVP_TRUNCATED: FieldIssue = {
  kind: "incomplete",
  code: "address.rnvpTruncated",
  message: {
    fr: "Une ligne d'adresse dépasse 38 caractères même abrégée (norme AFNOR NF Z10-011) : elle a été coupée, raccourcissez-la.",
    en: "An address line is longer than 38 characters even abbreviated (AFNOR NF Z10-011): it was cut, please shorten it.",
  },
};

export function townNotAtCode(code: string, town: string, codes: readonly string[]): FieldIssue {
  const list = codes.slice(0, 6).join(", ") + (codes.length > 6 ? "…" : "");
  return {
    kind: "typo",
    code: "address.townMismatch",
    message: {
      fr: `« ${town} » n'a pas le code postal ${code} (ses codes : ${list}) : vérifiez le code.`,
      en: `"${town}" does not have postal code ${code} (its codes: ${list}): please check the code.`,
    },
  };
}

export function cedexUnknownDepartment(code: string): FieldIssue {
  return {
    kind: "invalid",
    code: "address.unknownPostalCode",
    message: {
      fr: `Le code CEDEX ${code} ne commence par aucun numéro de département : vérifiez-le.`,
      en: `CEDEX code ${code} does not start with any department number: please check it.`,
    },
  };
}

export function cedexOtherDepartment(code: string, town: string, codes: readonly string[]): FieldIssue {
  const list = codes.slice(0, 6).join(", ") + (codes.length > 6 ? "…" : "");
  return {
    kind: "typo",
    code: "address.townMismatch",
    message: {
      fr: `Le code CEDEX ${code} n'est pas dans le département de « ${town} » (ses codes : ${list}) : vérifiez le code ou la ville.`,
      en: `CEDEX code ${code} is not in the department of "${town}" (its codes: ${list}): please check the code or the town.`,
    },
  };
}

export function townChoices(code: string, town: string, choices: readonly string[]): FieldIssue {
  const list = choices.slice(0, 6).join(", ") + (choices.length > 6 ? "…" : "");
  return {
    kind: "typo",
    code: "address.townMismatch",
    message: {
      fr: `« ${town} » n'est pas le nom complet d'une commune du ${code} : ${list} ?`,
      en: `"${town}" is not the full name of a town at ${code}: ${list}?`,
    },
  };
}
