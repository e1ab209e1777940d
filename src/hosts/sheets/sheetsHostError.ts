import { defineMessages } from "../../engine/i18n/defineMessages";
import { LocalizedError } from "../../engine/localizedError";

/** What the Sheets host refuses, and why, in French and English. */
const FR = {
  cellTooLong:
    "La cellule {cell} recevrait {length} caractères : Google Sheets n'en accepte que 50 000 par cellule. Raccourcissez la valeur d'origine, ou traitez le fichier avec l'outil en ligne de commande ou la page web de Tria.",
  runLost:
    "La reprise de l'exécution interrompue est impossible : la copie cachée « {copy} » a été supprimée. Revenez en arrière avec Fichier › Historique des versions.",
} as const;

const EN = {
  cellTooLong:
    "Cell {cell} would get {length} characters: Google Sheets takes at most 50,000 a cell. Shorten the original value, or process the file with Tria's command line or web page.",
  runLost: 'The interrupted run cannot be resumed: its hidden copy "{copy}" was deleted. Go back with File › Version history.',
};

export const sheetsHostMessage = defineMessages(FR, EN);
export type SheetsHostMessageKey = Parameters<typeof sheetsHostMessage>[1];

/** A refusal of the Sheets host the user can act on (the Localized contract, like TriaError). */
export class SheetsHostError extends LocalizedError<SheetsHostMessageKey> {
  constructor(code: SheetsHostMessageKey, params: Readonly<Record<string, string | number>> = {}) {
    super(sheetsHostMessage, code, params);
    this.name = "SheetsHostError";
  }
}
