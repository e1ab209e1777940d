import type { FieldIssue } from "../fieldIssue";

/** The notes a phone cell can get: why, and what to do. */
export const phoneIssues = {
  tooShort: (digits: number): FieldIssue => ({
    kind: "incomplete",
    code: "phone.tooShort",
    message: {
      fr: `Ce numéro n'a que ${digits} chiffres, un numéro français en a 10 : il en manque, complétez-le.`,
      en: `This number has only ${digits} digits, a French number has 10: some are missing, complete it.`,
    },
  }),
  tooShortForeign: (digits: number): FieldIssue => ({
    kind: "incomplete",
    code: "phone.tooShort",
    message: {
      fr: `Ce numéro n'a que ${digits} chiffres, trop peu pour son pays : il en manque, complétez-le.`,
      en: `This number has only ${digits} digits, too few for its country: some are missing, complete it.`,
    },
  }),
  tooLong: (digits: number): FieldIssue => ({
    kind: "invalid",
    code: "phone.tooLong",
    message: {
      fr: `Ce numéro a ${digits} chiffres, trop pour un numéro français (10) : vérifiez-le, un chiffre est peut-être doublé.`,
      en: `This number has ${digits} digits, too many for a French number (10): check it, a digit may have been typed twice.`,
    },
  }),
  impossible: (prefix: string): FieldIssue => ({
    kind: "invalid",
    code: "phone.impossible",
    message: {
      fr: `Aucun numéro ne commence par ${prefix} dans le plan de numérotation : vérifiez-le auprès du client.`,
      en: `No number starts with ${prefix} in the numbering plan: check it with the customer.`,
    },
  }),
  invalidForeign: {
    kind: "invalid",
    code: "phone.invalid",
    message: {
      fr: "Ce numéro n'est pas valide pour son pays (longueur ou indicatif) : vérifiez-le et écrivez-le avec son indicatif (+32…, +41…).",
      en: "This number is not valid for its country (length or country code): check it and write it with its country code (+32…, +41…).",
    },
  } satisfies FieldIssue,
  noDigits: {
    kind: "invalid",
    code: "phone.noDigits",
    message: {
      fr: "Cette cellule ne contient pas de numéro de téléphone : saisissez le numéro ou videz la cellule.",
      en: "This cell holds no phone number: type the number or empty the cell.",
    },
  } satisfies FieldIssue,
  letters: (letters: string): FieldIssue => ({
    kind: "invalid",
    code: "phone.letters",
    message: {
      fr: `Ce numéro contient des lettres (« ${letters} ») : gardez les chiffres ici et mettez le commentaire dans une autre colonne.`,
      en: `This number holds letters ("${letters}"): keep the digits here and put the comment in another column.`,
    },
  }),
  letterO: (suggestion: string): FieldIssue => ({
    kind: "typo",
    code: "phone.letterForDigit",
    message: {
      fr: `La lettre O (ou I, l) a été tapée à la place d'un chiffre 0 (ou 1) : corrigez en ${suggestion}.`,
      en: `The letter O (or I, l) was typed instead of the digit 0 (or 1): correct it to ${suggestion}.`,
    },
    suggestion,
  }),
  several: (kept: string, others: readonly string[]): FieldIssue => ({
    kind: "typo",
    code: "phone.several",
    message: {
      fr: `Cette cellule contient ${others.length + 1} numéros : Tria garde le premier (${kept}) ; mettez ${others.join(", ")} dans une autre colonne.`,
      en: `This cell holds ${others.length + 1} numbers: Tria keeps the first (${kept}); put ${others.join(", ")} in another column.`,
    },
    suggestion: kept,
  }),
};
