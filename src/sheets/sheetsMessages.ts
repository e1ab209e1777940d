import { defineMessages } from "../engine/i18n/defineMessages";

/** What the Sheets add-on says (menu, alerts, sidebar), in French and English. */
const FR = {
  menuStructure: "Structurer la feuille",
  menuScore: "Scorer (RFM)",
  menuUndo: "Annuler la dernière exécution",
  menuSidebar: "Ouvrir le panneau",
  sidebarTitle: "Tria",
  // Each count its own plural form (French: 0 and 1 singular): "1 ligne structurée : 0 cellule…, 0 groupe de doublons".
  structured: "{rows} : {flags}, {groups}. Les marques sont expliquées dans la feuille « Légende ».",
  rows: { one: "{count} ligne structurée", other: "{count} lignes structurées" },
  flags: { one: "{count} cellule à corriger ou compléter", other: "{count} cellules à corriger ou compléter" },
  groups: { one: "{count} groupe de doublons", other: "{count} groupes de doublons" },
  scored: "{scored} clients notés sur {rows}{skipped}. Voir la feuille de synthèse.",
  skipped: " — {count} sans date d'achat ou montant",
  undone: "La dernière exécution de Tria a été annulée : la feuille est comme avant.",
  nothingToUndo: "Il n'y a pas d'exécution de Tria à annuler.",
  failed: "Tria n'a pas pu terminer ({reason}). La feuille a été remise dans son état d'avant.",
  continuing: "Tria continue… {percent} % fait (les grandes feuilles se traitent en plusieurs fois, sous la limite de six minutes de Google).",
  paused:
    "Tria s'est arrêté à {percent} % pour rester sous la limite de six minutes de Google. Choisissez à nouveau « {menu} » pour terminer, ou « Annuler la dernière exécution » pour revenir en arrière.",
} as const;

const EN = {
  menuStructure: "Structure the sheet",
  menuScore: "Score (RFM)",
  menuUndo: "Undo the last run",
  menuSidebar: "Open the panel",
  sidebarTitle: "Tria",
  structured: '{rows}: {flags}, {groups}. The flags are explained in the "Legend" sheet.',
  rows: { one: "{count} row structured", other: "{count} rows structured" },
  flags: { one: "{count} cell to fix or complete", other: "{count} cells to fix or complete" },
  groups: { one: "{count} duplicate group", other: "{count} duplicate groups" },
  scored: "{scored} customers scored out of {rows}{skipped}. See the summary sheet.",
  skipped: " — {count} without a purchase date or amount",
  undone: "Tria's last run was undone: the sheet is as it was.",
  nothingToUndo: "There is no Tria run to undo.",
  failed: "Tria could not finish ({reason}). The sheet was put back as it was.",
  continuing: "Tria is carrying on… {percent}% done (big sheets are processed in several goes, under Google's six-minute limit).",
  paused: 'Tria stopped at {percent}% to stay under Google\'s six-minute limit. Choose "{menu}" again to finish, or "Undo the last run" to go back.',
};

export const sheetsMessage = defineMessages(FR, EN);
