/**
 * `tria … --help` in French. Commander writes help from the English descriptions the commands
 * register; these are their French texts, by option (long flag, or "command --flag" where a
 * command means something else by it) and by argument. tests/cli/messages.test.ts checks that
 * every option of every command has one.
 */
export const FRENCH_OPTIONS: Readonly<Record<string, string>> = {
  "--output": "classeur à écrire, en .xlsx (par défaut : out/NOM.tria.xlsx ; aucun quand seul --report est donné)",
  "--report": "écrire aussi le rapport JSON dans ce fichier",
  "--sheet": "feuille à lire (par défaut : la première qui contient des données)",
  "--header-row": "numéro de la ligne d'en-tête, à partir de 1 (par défaut : détectée)",
  "--lang": "langue des messages, des notes et des en-têtes ajoutés : fr ou en (par défaut : d'après LANG, sinon fr)",
  "--progress": "afficher la barre de progression même quand stderr n'est pas un terminal",
  "--json": "afficher le rapport JSON au lieu du tableau",
  "--data-kind": "vos propres types de données, par ex. « Canal=action; Panier moyen=reaction »",
  "--only": "opérations à faire, séparées par des virgules (par défaut : toutes)",
  "--country": "pays des numéros et adresses écrits sans pays",
  "--volatile": "rôles marqués volatils, séparés par des virgules ('none' : aucun)",
  "--required": "champs nécessaires à chaque ligne, séparés par ';', chacun une liste de rôles reliés par '+' ('none' : aucun)",
  "--columns": "colonnes sources à traiter, par ex. B,D,E (par défaut : toutes celles qui ont un rôle)",
  "--fields": "champs comparés, séparés par des virgules (par défaut : tous)",
  "--rule": "mêmes valeurs sur ces champs ⇒ doublon, par ex. « prénom+nom+date de naissance » (répétable)",
  "--merge": "écrire aussi la feuille « Clients fusionnés » (les lignes d'origine restent)",
  "--threshold": "probabilité à partir de laquelle deux lignes sont un même client (par défaut : 0,9)",
  "--classes": "3, 4, 5 (quintiles) ou 10 classes (par défaut : 5)",
  "--thresholds": "vos propres bornes, par ex. « 30,90,180,365;2,4,8,12;50,100,200,500 »",
  "--weights": "poids des notes R, F, M (par défaut 1,1,1 : la somme)",
  "--reference-date": "compter la récence à partir de ce jour (par défaut : le lendemain du dernier achat)",
  "--points": "grille de points de comportement : fichier .json, .csv ou .xlsx",
  "--points-sheet": "lire la grille de points dans cette feuille du même classeur (gardée avec le document)",
  "--on-orders": "liste de commandes : copier aussi les notes de chaque client sur chacune de ses commandes (par défaut : la feuille « Clients notés » seule)",
  "--sirene":
    "fichier CSV SIRENE StockEtablissement (entier ou extrait) : SIRET retrouvé d'après le nom et le code postal, établissements fermés, raison sociale et adresse officielles",
  "--score-duplicates": "noter toutes les lignes, doublons compris (par défaut : un groupe de doublons compte une fois, sa ligne gardée)",
  "--today": "compter la conservation jusqu'à ce jour (par défaut : aujourd'hui), par ex. 01/12/2026",
  "--purge": "écrire aussi un NOUVEAU fichier sans les lignes expirées (par défaut : out/NOM.purge.xlsx)",
  "--where": "la condition d'un segment, par ex. « Panier moyen >= 100 et Nb achats / an >= 4 » (répétable)",
  "--name": "le nom du segment, dans l'ordre des --where (par défaut : Segment 1, Segment 2…)",
  "--top": "nombre de clients à lister, les premiers à appeler (par défaut : 50)",
  "calls --today": "compter depuis quand les clients sont sans nouvelles jusqu'à ce jour (par défaut : aujourd'hui)",
  "--traps": "nombre d'enregistrements pièges à placer parmi les lignes",
  "--trap-file": "vos propres adresses (boîtes mail, adresses postales, lignes), une par ligne, sous les en-têtes de l'export",
  "--trap-list": "la liste PRIVÉE des pièges placés (par défaut : à côté de l'export, NOM.traps.xlsx)",
  "--seed": "tirer les pièges de la même façon à chaque fois (tests)",
  "export --where": "seulement les lignes qui remplissent cette condition, par ex. « Département dans 69, 42 »",
  "export --output": "l'export à écrire (par défaut : out/NOM.export.xlsx ; aucun quand seul --report est donné)",
  "segment --traps": "nombre d'enregistrements pièges à placer dans chaque copie (avec --copy), listés sur une feuille privée « Pièges (privé) »",
  "--copy": "copier aussi les lignes de chaque segment dans une feuille à part, pour une campagne",
  "--calibration-end": "ajuster sur les commandes jusqu'à ce jour, vérifier la prévision sur les suivantes",
  "--horizon": "horizon de la prévision, en unités (par défaut : un an)",
  "--unit": "unité de temps : days, weeks ou months (par défaut : weeks)",
  "--discount": "taux d'actualisation annuel de la valeur client (par défaut 0,1)",
  "--margin": "taux de marge sur les ventes (par défaut 0,3)",
  "--cost-per-contact": "coût d'un contact en euros (par défaut 1)",
  "--lost-after": "un client compte comme perdu après ce nombre d'unités sans achat (par défaut : un an)",
  "--unit-cost": "coût d'une pièce envoyée, quand le tableau n'a pas de colonne de coût (par ex. 0,85)",
  "--help": "afficher l'aide de la commande",
  "--version": "afficher la version",
};

export const FRENCH_ARGUMENTS: Readonly<Record<string, string>> = {
  file: "fichier clients : .xlsx, .csv ou .txt",
  orders: "liste de commandes (client, date, montant) : .xlsx, .csv ou .txt",
  command: "la commande dont afficher l'aide",
};

export const FRENCH_TITLES: Readonly<Record<string, string>> = {
  "Usage:": "Utilisation :",
  "Options:": "Options :",
  "Commands:": "Commandes :",
  "Arguments:": "Arguments :",
  "Global Options:": "Options générales :",
};

/** Commander's own texts for its help command and options. */
export const COMMANDER_TEXTS: Readonly<Record<string, { fr: string; en: string }>> = {
  "display help for command": { fr: "afficher l'aide d'une commande", en: "display help for a command" },
};
