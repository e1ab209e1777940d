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
    sheet: "Feuille",
    sheetRow: "Ligne dans la feuille",
    noOwnedSheet: "Pas de feuille « {sheet} » dans le classeur : choisissez la feuille de vos adresses témoins (feuilles : {sheets}).",
    ownedIsCustomers:
      "« {sheet} » est la feuille des clients : les pièges prennent leurs adresses dans une AUTRE feuille, celle des adresses qui vous appartiennent.",
    privateSheet: "Pièges (privé)",
    copiesTitle: "Pièges (adresses témoins) placés dans les copies de segment — liste privée : gardez cette feuille, ne la transmettez pas",
    needCopy: "--traps va avec --copy : les pièges sont placés dans les copies des segments, jamais dans votre feuille.",
    owned: "Adresse témoin n°",
    summary: { one: "{count} ligne exportée → {file}", other: "{count} lignes exportées → {file}" },
    summaryTraps: { one: "{count} piège placé ; liste privée → {list}", other: "{count} pièges placés ; liste privée → {list}" },
  },
  {
    noContact: "The trap file has no address the export holds (address, postal code, town, e-mail or phone): give addresses you own, under the same headers.",
    badCount: '--traps: "{text}" is not a number of traps (e.g. 3).',
    needFile:
      "--traps needs --trap-file: the file of the addresses you own (mailboxes, postal addresses, lines), where mailings made with the file will arrive.",
    listSheet: "Traps",
    listTitle: 'Traps (seed addresses) in "{file}", exported on {today} — private list, do not pass on',
    position: "Row in the export",
    sheet: "Sheet",
    sheetRow: "Row in the sheet",
    noOwnedSheet: 'No sheet "{sheet}" in the workbook: choose the sheet of your seed addresses (sheets: {sheets}).',
    ownedIsCustomers: '"{sheet}" is the customers\' sheet: traps take their addresses from ANOTHER sheet, the one of the addresses you own.',
    privateSheet: "Traps (private)",
    copiesTitle: "Traps (seed addresses) planted in the segment copies — private list: keep this sheet, do not pass it on",
    needCopy: "--traps goes with --copy: traps are planted in the segments' copies, never in your sheet.",
    owned: "Seed address no.",
    summary: { one: "{count} row exported → {file}", other: "{count} rows exported → {file}" },
    summaryTraps: { one: "{count} trap planted; private list → {list}", other: "{count} traps planted; private list → {list}" },
  },
);
