import type { FieldIssue } from "../fieldIssue";

type Issue = Omit<FieldIssue, "suggestion">;

function withSuggestion(issue: Issue, suggestion: string | null): FieldIssue {
  return suggestion ? { ...issue, suggestion } : issue;
}

/** The notes an e-mail cell can get: why, and what to do. */
export const emailIssues = {
  commaForDot: (typed: string, suggestion: string): FieldIssue => ({
    kind: "typo",
    code: "email.commaForDot",
    message: {
      fr: `« ${typed} » : une virgule ou une espace à la place du point du domaine ; vouliez-vous dire ${suggestion} ?`,
      en: `"${typed}": a comma or space instead of the domain's dot; did you mean ${suggestion}?`,
    },
    suggestion,
  }),
  noAt: (): FieldIssue => ({
    kind: "invalid",
    code: "email.noAt",
    message: {
      fr: "Il manque l'arobase (@) : une adresse e-mail s'écrit nom@domaine.fr. Vérifiez-la auprès du client.",
      en: "The at sign (@) is missing: an e-mail address reads name@domain.com. Check it with the customer.",
    },
  }),
  severalAt: (suggestion: string | null): FieldIssue =>
    withSuggestion(
      {
        kind: "invalid",
        code: "email.severalAt",
        message: {
          fr: "Une adresse e-mail n'a qu'une arobase (@) : celle-ci en a plusieurs. Corrigez-la.",
          en: "An e-mail address has one at sign (@): this one has several. Correct it.",
        },
      },
      suggestion,
    ),
  emptyLocal: (): FieldIssue => ({
    kind: "incomplete",
    code: "email.emptyLocal",
    message: {
      fr: "Rien avant l'arobase (@) : le nom de la boîte manque. Complétez l'adresse.",
      en: "Nothing before the at sign (@): the mailbox name is missing. Complete the address.",
    },
  }),
  noDomain: (): FieldIssue => ({
    kind: "incomplete",
    code: "email.noDomain",
    message: {
      fr: "Rien après l'arobase (@) : le domaine manque (gmail.com, orange.fr…). Complétez l'adresse.",
      en: "Nothing after the at sign (@): the domain is missing (gmail.com, orange.fr…). Complete the address.",
    },
  }),
  noTld: (suggestion: string | null): FieldIssue =>
    withSuggestion(
      {
        kind: "incomplete",
        code: "email.noTld",
        message: {
          fr: "Le domaine n'a pas de terminaison (.fr, .com…) : complétez l'adresse.",
          en: "The domain has no ending (.fr, .com…): complete the address.",
        },
      },
      suggestion,
    ),
  badLocal: (suggestion: string | null): FieldIssue =>
    withSuggestion(
      {
        kind: "invalid",
        code: "email.badLocalPart",
        message: {
          fr: "La partie avant l'arobase contient un caractère refusé par les messageries (accent, virgule, point en début, en fin ou doublé…) : corrigez-la.",
          en: "The part before the at sign holds a character mail servers refuse (accent, comma, a dot at the start, the end or doubled…): correct it.",
        },
      },
      suggestion,
    ),
  badDomain: (suggestion: string | null): FieldIssue =>
    withSuggestion(
      {
        kind: "invalid",
        code: "email.badDomain",
        message: {
          fr: "Le domaine (après l'arobase) n'est pas valide : seuls lettres sans accent, chiffres, tirets et points séparés sont permis. Corrigez-le.",
          en: "The domain (after the at sign) is not valid: only unaccented letters, digits, hyphens and single dots are allowed. Correct it.",
        },
      },
      suggestion,
    ),
  spaceInside: (suggestion: string): FieldIssue =>
    withSuggestion(
      {
        kind: "invalid",
        code: "email.spaceInside",
        message: {
          fr: `Une adresse e-mail ne contient pas d'espace : sans lui, elle serait ${suggestion}. Vérifiez-la.`,
          en: `An e-mail address holds no space: without it, this one reads ${suggestion}. Check it.`,
        },
      },
      suggestion,
    ),
  several: (kept: string, others: readonly string[]): FieldIssue => ({
    kind: "typo",
    code: "email.several",
    message: {
      fr: `Cette cellule contient ${others.length + 1} adresses : Tria garde la première (${kept}) ; mettez ${others.join(", ")} dans une autre colonne.`,
      en: `This cell holds ${others.length + 1} addresses: Tria keeps the first (${kept}); put ${others.join(", ")} in another column.`,
    },
    suggestion: kept,
  }),
  domainTypo: (typedDomain: string, suggestion: string): FieldIssue => {
    const domain = suggestion.slice(suggestion.lastIndexOf("@") + 1);
    return {
      kind: "typo",
      code: "email.domainTypo",
      message: {
        fr: `« ${typedDomain} » ressemble à une faute de frappe pour « ${domain} » : vérifiez et corrigez en ${suggestion}.`,
        en: `"${typedDomain}" looks like a typo for "${domain}": check it and correct it to ${suggestion}.`,
      },
      suggestion,
    };
  },
};
