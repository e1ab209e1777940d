import { defineMessages } from "../i18n/defineMessages";

/** What the trap records' export writes and says, French first. */
export const trapText = defineMessages(
  {
    noContact:
      "Le fichier de pièges n'a aucune adresse que l'export contient (adresse, code postal, ville, e-mail ou téléphone) : donnez des adresses qui vous appartiennent, sous les mêmes en-têtes.",
    badCount: "--traps : « {text} » n'est pas un nombre de pièges (ex. 3).",
    needFile:
      "--traps demande --trap-file : le fichier des adresses qui vous appartiennent (boîtes mail, adresses postales, lignes), où arriveront les envois faits avec le fichier.",
    listSheet: "Pièges",
    listTitle: "Pièges (adresses témoins) dans « {file} », exporté le {today} — liste privée, à ne pas transmettre",
    position: "Ligne dans l'export",
    owned: "Adresse témoin n°",
    summary: "{rows} ligne(s) exportée(s) → {file}",
    summaryTraps: "{count} piège(s) placé(s) ; liste privée → {list}",
  },
  {
    noContact: "The trap file has no address the export holds (address, postal code, town, e-mail or phone): give addresses you own, under the same headers.",
    badCount: '--traps: "{text}" is not a number of traps (e.g. 3).',
    needFile:
      "--traps needs --trap-file: the file of the addresses you own (mailboxes, postal addresses, lines), where mailings made with the file will arrive.",
    listSheet: "Traps",
    listTitle: 'Traps (seed addresses) in "{file}", exported on {today} — private list, do not pass on',
    position: "Row in the export",
    owned: "Seed address no.",
    summary: "{rows} row(s) exported → {file}",
    summaryTraps: "{count} trap(s) planted; private list → {list}",
  },
);
