import type { Lang } from "../engine/i18n/lang";

/** What a custom function says on bad input: what was wrong and what to type instead. */
export const FUNCTION_MESSAGES = {
  notADate: {
    fr: (text: string) => `« ${text} » n'est pas une date reconnue. Saisissez par ex. 31/12/2024 ou 2024-12-31.`,
    en: (text: string) => `“${text}” is not a date Tria recognises. Type e.g. 31/12/2024 or 2024-12-31.`,
  },
  notANumber: {
    fr: (text: string) => `« ${text} » n'est pas un nombre reconnu. Saisissez par ex. 1 234,50 ou 1234.5.`,
    en: (text: string) => `“${text}” is not a number Tria recognises. Type e.g. 1 234,50 or 1234.5.`,
  },
  emptyHeader: {
    fr: () => "L'en-tête est vide. Donnez un titre de colonne, par ex. « Code postal ».",
    en: () => "The header is empty. Give a column title, e.g. “Postal code”.",
  },
  rfmIncomplete: {
    fr: () => "Date, fréquence ou montant manquant ou illisible : saisissez la date du dernier achat, le nombre d'achats et le montant du client.",
    en: () => "Missing or unreadable date, frequency or amount: give the customer's last purchase date, number of purchases and amount.",
  },
  rangeSizes: {
    fr: () => "Les trois plages doivent avoir le même nombre de lignes (une par client).",
    en: () => "The three ranges must have the same number of rows (one per customer).",
  },
  badScore: {
    fr: (text: string) => `« ${text} » : R et F doivent être des notes entières de 1 à 5.`,
    en: (text: string) => `“${text}”: R and F must be whole scores from 1 to 5.`,
  },
  emptyText: {
    fr: () => "La cellule est vide : donnez un texte à lire.",
    en: () => "The cell is empty: give a text to read.",
  },
  noModel: {
    fr: () =>
      "Aucun modèle de prévision dans ce classeur : lancez Prévoir (onglet Prévoir de Tria ou « tria predict ») sur la liste des commandes, puis recalculez.",
    en: () => "No forecasting model in this workbook: run Predict (Tria's Predict tab or “tria predict”) on the orders list, then recalculate.",
  },
  noModelSheets: {
    fr: () =>
      "Aucun modèle de prévision dans ce classeur : lancez Prévoir sur la liste des commandes (Tria dans Excel, la page web de Tria ou « tria predict -o »), puis ouvrez le classeur obtenu dans Google Sheets : il garde le modèle dans la feuille masquée « Tria modèle ».",
    en: () =>
      "No forecasting model in this spreadsheet: run Predict on the orders list (Tria in Excel, Tria's web page or “tria predict -o”), then open the workbook it writes in Google Sheets: it keeps the model in the hidden sheet “Tria modèle”.",
  },
  rangeShapes: {
    fr: () => "Les plages doivent avoir la même taille (une ligne par client) ; une cellule seule vaut pour toutes les lignes.",
    en: () => "The ranges must have the same size (one row per customer); a single cell applies to every row.",
  },
  badHistory: {
    fr: (text: string) => `« ${text} » : il faut x ≥ 0 achats répétés et 0 ≤ t_x ≤ T (en unités du modèle), et un horizon t ≥ 0.`,
    en: (text: string) => `“${text}”: x ≥ 0 repeat purchases and 0 ≤ t_x ≤ T (in the model's unit) are needed, and a horizon t ≥ 0.`,
  },
  badMeanValue: {
    fr: (text: string) => `« ${text} » : la valeur moyenne des rachats doit être un montant positif ou nul.`,
    en: (text: string) => `“${text}”: the mean repeat value must be an amount of zero or more.`,
  },
  fieldIssue: {
    fr: (text: string) => text,
    en: (text: string) => text,
  },
} as const satisfies Record<string, Record<Lang, (text: string) => string>>;

export type FunctionMessageKey = keyof typeof FUNCTION_MESSAGES;

export function functionMessage(key: FunctionMessageKey, lang: Lang, text = ""): string {
  return FUNCTION_MESSAGES[key][lang](text);
}
