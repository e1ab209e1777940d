import { foldLower } from "../text/fold";
import { OptionError } from "../optionError";
import { isDataKind, type DataKind } from "./dataKind";
import { findColumn } from "./findColumn";

/** The user's data kinds, by column name as typed ("Panier moyen": "reaction"). */
export type DataKindChoices = Readonly<Record<string, DataKind>>;

/**
 * "Panier moyen=reaction; Canal=action" (the CLI's --data-kind) as choices. French words are
 * read too (descriptive/descriptif, action, réaction, autre). A piece that does not read is an
 * OptionError saying what is expected.
 */
export function parseDataKindChoices(text: string): DataKindChoices {
  const choices: Record<string, DataKind> = {};
  for (const piece of text.split(/[;\n]/)) {
    if (piece.trim() === "") continue;
    const at = piece.lastIndexOf("=");
    const column = at > 0 ? piece.slice(0, at).trim() : "";
    const kind = at > 0 ? kindWord(piece.slice(at + 1)) : null;
    if (column === "" || kind === null) {
      throw new OptionError("dataKind.syntax", {
        fr: `« ${piece.trim()} » : écrivez Colonne=type, le type étant descriptive, action, reaction ou other (ex. « Panier moyen=reaction »).`,
        en: `"${piece.trim()}": write Column=kind, the kind being descriptive, action, reaction or other (e.g. "Average basket=reaction").`,
      });
    }
    choices[column] = kind;
  }
  return choices;
}

const FRENCH_KINDS: Readonly<Record<string, DataKind>> = {
  descriptif: "descriptive",
  descriptive: "descriptive",
  reaction: "reaction",
  autre: "other",
  autres: "other",
};

function kindWord(word: string): DataKind | null {
  const key = foldLower(word.trim());
  if (isDataKind(key)) return key;
  return FRENCH_KINDS[key] ?? null;
}

/** Choices by column index, for the table's headers; a column that is not there is an OptionError. */
export function dataKindsByIndex(headers: readonly string[], choices: DataKindChoices = {}): Record<number, DataKind> {
  const byIndex: Record<number, DataKind> = {};
  for (const [name, kind] of Object.entries(choices)) {
    const index = findColumn(headers, name);
    if (index === null) {
      throw new OptionError("dataKind.unknownColumn", {
        fr: `La colonne « ${name} » n'existe pas. Colonnes : ${headers.join(", ")}.`,
        en: `There is no column "${name}". Columns: ${headers.join(", ")}.`,
      });
    }
    byIndex[index] = kind;
  }
  return byIndex;
}
