import { defineMessages } from "../../engine/i18n/defineMessages";

/** What the Excel host tells the user when it refuses or fails, in French and English. */
const FR = {
  protected: "La feuille « {sheet} » est protégée. Retirez la protection (Révision › Ôter la protection de la feuille) puis relancez Tria.",
  merged:
    "La zone du tableau contient des cellules fusionnées ({areas}). Annulez la fusion (Accueil › Fusionner et centrer) puis relancez Tria : rien n'a été modifié.",
  table:
    "La feuille « {sheet} » contient un tableau Excel ({tables}) à l'endroit où Tria doit insérer des colonnes. Convertissez-le en plage (Création de tableau › Convertir en plage) puis relancez Tria : rien n'a été modifié.",
  edited: "La feuille « {sheet} » a changé depuis sa lecture par Tria. Relancez l'analyse : rien n'a été modifié.",
  sheetMissing: "La feuille « {sheet} » n'existe plus. Relancez l'analyse sur une feuille existante.",
  apiTooOld:
    "Cette version d'Excel ne prend pas en charge ExcelApi {version}, nécessaire pour écrire en toute sécurité. Mettez Excel à jour ou utilisez Excel sur le web.",
  failed: "L'écriture dans Excel a échoué ({reason}). La feuille a été remise exactement dans son état d'avant.",
  failedBeforeWriting: "Tria n'a pas pu lire la feuille avant d'écrire ({reason}) : rien n'a été modifié. Réessayez.",
  failedNotRestored: "L'écriture dans Excel a échoué ({reason}) et la remise en état aussi ({undoReason}). Utilisez Ctrl+Z dans Excel pour annuler.",
  nothingToUndo: "Il n'y a pas d'exécution de Tria à annuler.",
  tooManyColumns: "La feuille « {sheet} » dépasserait la dernière colonne d'Excel (XFD) avec les colonnes ajoutées.",
  cancelled: "Exécution annulée : la feuille a été remise dans son état d'avant.",
  formulaKept: "{count} cellule(s) contenant une formule n'ont pas été remplacées (par ex. {cells}).",
};

const EN = {
  protected: 'The sheet "{sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and run Tria again.',
  merged: "The table area holds merged cells ({areas}). Unmerge them (Home › Merge & Center) and run Tria again: nothing was changed.",
  table:
    'The sheet "{sheet}" holds an Excel table ({tables}) where Tria must insert columns. Convert it to a range (Table Design › Convert to Range) and run Tria again: nothing was changed.',
  edited: 'The sheet "{sheet}" changed since Tria read it. Run the analysis again: nothing was changed.',
  sheetMissing: 'The sheet "{sheet}" no longer exists. Run the analysis again on an existing sheet.',
  apiTooOld: "This version of Excel does not support ExcelApi {version}, which Tria needs to write safely. Update Excel or use Excel on the web.",
  failed: "Writing to Excel failed ({reason}). The sheet was put back exactly as it was.",
  failedBeforeWriting: "Tria could not read the sheet before writing ({reason}): nothing was changed. Try again.",
  failedNotRestored: "Writing to Excel failed ({reason}) and so did putting it back ({undoReason}). Use Ctrl+Z in Excel to undo.",
  nothingToUndo: "There is no Tria run to undo.",
  tooManyColumns: 'The sheet "{sheet}" would go past Excel\'s last column (XFD) with the added columns.',
  cancelled: "Run cancelled: the sheet was put back as it was.",
  formulaKept: "{count} cell(s) holding a formula were not replaced (e.g. {cells}).",
};

export const excelMessage = defineMessages(FR, EN);

export type ExcelMessageKey = keyof typeof FR;
