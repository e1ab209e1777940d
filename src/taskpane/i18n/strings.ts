import type { Lang } from "../../engine/i18n/lang";
import type { FlagKind } from "../../engine/legend";

/** Every text the taskpane and the web page show, French first. Keys are typed: a missing translation fails tsc. */
const FR = {
  appTitle: "Tria",
  tagline: "Nettoyer, structurer et scorer vos fichiers clients, sans qu'aucune donnée ne quitte votre ordinateur.",
  inspectSheet: "Analyser la feuille",
  inspectFile: "Analyser le fichier",
  inspecting: "Analyse en cours…",
  language: "Langue",
  columnsTitle: "Colonnes détectées",
  columnsSummary: "{columns} colonnes, {rows} lignes – feuille « {sheet} » (en-têtes ligne {headerRow})",
  colHeader: "Colonne",
  colRole: "Rôle",
  colConfidence: "Conf.",
  colConfidenceLong: "Confiance de la détection du rôle",
  colFill: "Rempli",
  colFillLong: "Part des lignes où la cellule est remplie",
  examples: "Ex. :",
  noColumns: "Aucune colonne trouvée : la feuille semble vide.",
  legendTitle: "Légende des alertes",
  errorTitle: "L'analyse n'a pas abouti",
  errorWhatToDo: "Vérifiez que la feuille contient un tableau avec une ligne d'en-têtes (Nom, Adresse, E-mail…), puis cliquez à nouveau sur « Analyser ».",
  unknownError: "Erreur inconnue.",
  fileTitle: "Votre fichier clients",
  fileHint: "Déposez un fichier .xlsx ou .csv ici, ou cliquez pour le choisir. Il est lu dans votre navigateur, rien n'est envoyé.",
  fileChoose: "Choisir un fichier",
  fileChosen: "Fichier : {name}",
  fileWrongType: "« {name} » n'est pas un fichier .xlsx ou .csv. Enregistrez-le dans l'un de ces formats depuis Excel (Fichier › Enregistrer sous).",
  flagIncomplete: "Incomplet : valeur manquante ou tronquée",
  flagVolatile: "Volatil : à revérifier régulièrement",
  flagInvalid: "Invalide : ne peut pas être juste",
  flagTypo: "Faute de frappe probable, correction proposée",
  flagDuplicate: "Doublon d'une autre ligne",
} as const;

export type StringKey = keyof typeof FR;

const EN: Record<StringKey, string> = {
  appTitle: "Tria",
  tagline: "Clean, structure and score your customer files, with no data leaving your computer.",
  inspectSheet: "Inspect sheet",
  inspectFile: "Inspect file",
  inspecting: "Inspecting…",
  language: "Language",
  columnsTitle: "Detected columns",
  columnsSummary: "{columns} columns, {rows} rows – sheet “{sheet}” (headers on row {headerRow})",
  colHeader: "Column",
  colRole: "Role",
  colConfidence: "Conf.",
  colConfidenceLong: "Confidence of the role detection",
  colFill: "Filled",
  colFillLong: "Share of rows where the cell is filled",
  examples: "E.g.:",
  noColumns: "No columns found: the sheet looks empty.",
  legendTitle: "Flag legend",
  errorTitle: "The inspection did not finish",
  errorWhatToDo: "Check that the sheet holds a table with a header row (Name, Address, E-mail…), then click “Inspect” again.",
  unknownError: "Unknown error.",
  fileTitle: "Your customer file",
  fileHint: "Drop an .xlsx or .csv file here, or click to choose one. It is read in your browser; nothing is uploaded.",
  fileChoose: "Choose a file",
  fileChosen: "File: {name}",
  fileWrongType: "“{name}” is not an .xlsx or .csv file. Save it in one of those formats from Excel (File › Save As).",
  flagIncomplete: "Incomplete: missing or truncated value",
  flagVolatile: "Volatile: re-check regularly",
  flagInvalid: "Invalid: cannot be right",
  flagTypo: "Probable typo, with a suggested fix",
  flagDuplicate: "Duplicate of another row",
};

export const STRINGS: Readonly<Record<Lang, Readonly<Record<StringKey, string>>>> = { fr: FR, en: EN };

export const FLAG_LABEL_KEYS: Readonly<Record<FlagKind, StringKey>> = {
  incomplete: "flagIncomplete",
  volatile: "flagVolatile",
  invalid: "flagInvalid",
  typo: "flagTypo",
  duplicate: "flagDuplicate",
};

/** The text for key in lang, with {name} placeholders filled from vars. */
export function t(lang: Lang, key: StringKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
