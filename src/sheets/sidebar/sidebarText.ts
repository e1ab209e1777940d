import { defineMessages } from "../../engine/i18n/defineMessages";

/** The sidebar's own words, in French and English (the rest comes from the script's answers). */
const FR = {
  intro: "Tria nettoie et note le fichier clients de la feuille active. Rien n'est écrasé : Tria ajoute ses colonnes à côté des vôtres.",
  structure: "Structurer la feuille",
  score: "Scorer (RFM)",
  onOrders: "Liste de commandes : copier aussi les notes sur chaque commande (sinon, la feuille « Clients notés » seule)",
  undo: "Annuler la dernière exécution",
  working: "Tria travaille… (les grandes feuilles peuvent prendre une minute)",
  legend: "Légende des marques",
  loading: "Chargement…",
};

const EN = {
  intro: "Tria cleans and scores the customer file in the active sheet. Nothing is overwritten: Tria adds its columns beside yours.",
  structure: "Structure the sheet",
  score: "Score (RFM)",
  onOrders: "Orders list: also copy the scores onto every order row (otherwise only the “Scored customers” sheet)",
  undo: "Undo the last run",
  working: "Tria is working… (big sheets may take a minute)",
  legend: "Flag legend",
  loading: "Loading…",
};

export const sidebarText = defineMessages(FR, EN);
