/*
 * Apps Script calls global functions by name (menus, triggers, google.script.run, custom
 * functions) and has no modules: these forward to the bundled TriaSheets. The JSDoc here is what
 * Sheets shows in its formula autocomplete. Appended to Code.js by src/tools/buildSheets.ts.
 */

/** Adds the Tria menu when the spreadsheet opens. */
function onOpen(e) {
  TriaSheets.onOpen(e);
}

/** Adds the Tria menu right after the add-on is installed. */
function onInstall(e) {
  TriaSheets.onOpen(e);
}

/** Structures the active sheet: one datum per column, flags with notes, duplicates. */
function structureActiveSheet(quiet) {
  return TriaSheets.structureActiveSheet(quiet);
}

/** Scores the active sheet: RFM, segments, value groups and a summary sheet. */
function scoreActiveSheet(quiet) {
  return TriaSheets.scoreActiveSheet(quiet);
}

/** Undoes Tria's last run on this spreadsheet. */
function undoLastRun(quiet) {
  return TriaSheets.undoLastRun(quiet);
}

/** Opens Tria's sidebar. */
function showSidebar() {
  TriaSheets.showSidebar();
}

/** What the sidebar shows before a run (language, legend, undo). */
function sidebarState() {
  return TriaSheets.sidebarState();
}

/**
 * The RFM code of one customer (e.g. 545) against all customers: quintiles, recency reversed.
 * @param {Date} lastDate Date of the customer's last purchase.
 * @param {number} frequency The customer's number of purchases.
 * @param {number} amount The customer's amount (total or average basket).
 * @param {Array<Array<Date>>} datesRange Last purchase dates of all customers.
 * @param {Array<Array<number>>} frequenciesRange Numbers of purchases of all customers.
 * @param {Array<Array<number>>} amountsRange Amounts of all customers.
 * @return {string} RFM code, R then F then M (1 to 5 each).
 * @customfunction
 */
function RFM(lastDate, frequency, amount, datesRange, frequenciesRange, amountsRange) {
  return TriaSheets.RFM(lastDate, frequency, amount, datesRange, frequenciesRange, amountsRange);
}

/**
 * The named segment of an R score and an F score (Champions, Clients fidèles, À risque…).
 * @param {number} r Recency score, 1 to 5 (or a range).
 * @param {number} f Frequency score, 1 to 5.
 * @return The segment name in your language.
 * @customfunction
 */
function RFMSEGMENT(r, f) {
  return TriaSheets.RFMSEGMENT(r, f);
}

/**
 * A phone number normalised: E.164 (+33612345678) by default, or national / international.
 * @param {string} text The phone number as typed (or a range).
 * @param {string} country Country of numbers typed without one (FR by default).
 * @param {string} format "e164" (default), "national" or "international".
 * @return The normalised number.
 * @customfunction
 */
function PHONE(text, country, format) {
  return TriaSheets.PHONE(text, country, format);
}

/**
 * An e-mail address cleaned, with a mistyped domain corrected (gmial.com → gmail.com).
 * @param {string} text The e-mail address as typed (or a range).
 * @return The address to use.
 * @customfunction
 */
function EMAILCHECK(text) {
  return TriaSheets.EMAILCHECK(text);
}

/**
 * A French postal address split into number, street, complement, lieu-dit / BP, postal code, town, CEDEX, country.
 * @param {string} text The address as typed, in one cell.
 * @return One row of eight cells.
 * @customfunction
 */
function SPLITADDRESS(text) {
  return TriaSheets.SPLITADDRESS(text);
}

/**
 * The address as the six lines of the French postal norm (RNVP, AFNOR NF Z10-011).
 * @param {string} text The address as typed, in one cell.
 * @param {string} name The recipient, for line 1.
 * @return One row of six lines.
 * @customfunction
 */
function RNVP(text, name) {
  return TriaSheets.RNVP(text, name);
}

/**
 * A SIRET (14 digits) or SIREN (9 digits) checked: its digits when the checksum is right, an error otherwise.
 * @param {string} text The SIRET or SIREN, spaces allowed (or a range).
 * @return The digits, without spaces.
 * @customfunction
 */
function SIRETCHECK(text) {
  return TriaSheets.SIRETCHECK(text);
}

/**
 * How alike two names or company names are, from 0 to 1, ignoring case, accents, civilities and word order.
 * @param {string} a First name or company name.
 * @param {string} b Second name or company name.
 * @return Similarity from 0 to 1.
 * @customfunction
 */
function SIMILARITY(a, b) {
  return TriaSheets.SIMILARITY(a, b);
}

/**
 * The probability that a customer is still a customer (BG/NBD), from the model Tria's Predict kept in the hidden sheet "Tria modèle". Ranges give one answer per row.
 * @param {number} x Repeat purchases (purchases after the first; several on one day count once).
 * @param {number} tx Time from the first purchase to the last one, in the model's unit (t_x).
 * @param {number} T Time from the first purchase to the end of calibration, in the model's unit.
 * @return P(still a customer), from 0 to 1.
 * @customfunction
 */
function CRM_PALIVE(x, tx, T) {
  return TriaSheets.CRM_PALIVE(x, tx, T);
}

/**
 * Purchases a customer should make over the next t units (BG/NBD), from the model kept in "Tria modèle". Ranges give one answer per row.
 * @param {number} t Horizon, in the model's unit.
 * @param {number} x Repeat purchases.
 * @param {number} tx Time from the first purchase to the last one (t_x).
 * @param {number} T Time from the first purchase to the end of calibration.
 * @return Expected number of purchases.
 * @customfunction
 */
function CRM_EXPECTEDPURCHASES(t, x, tx, T) {
  return TriaSheets.CRM_EXPECTEDPURCHASES(t, x, tx, T);
}

/**
 * Customer lifetime value over Predict's horizon: margin rate × value of a purchase × expected purchases, discounted (model kept in "Tria modèle"). Ranges give one answer per row.
 * @param {number} x Repeat purchases.
 * @param {number} tx Time from the first purchase to the last one (t_x).
 * @param {number} T Time from the first purchase to the end of calibration.
 * @param {number} meanValue Mean value of the repeat purchases (0 or empty without any).
 * @return Margin expected over the horizon, discounted.
 * @customfunction
 */
function CRM_CLV(x, tx, T, meanValue) {
  return TriaSheets.CRM_CLV(x, tx, T, meanValue);
}

/**
 * La probabilité qu'un client soit encore client (BG/NBD), d'après le modèle que Prévoir a gardé dans la feuille masquée « Tria modèle ». Avec des plages : une réponse par ligne.
 * @param {number} x Achats répétés (achats après le premier ; plusieurs le même jour comptent pour un).
 * @param {number} tx Temps du premier au dernier achat, dans l'unité du modèle (t_x).
 * @param {number} T Temps du premier achat à la fin de la période d'ajustement.
 * @return P(encore client), de 0 à 1.
 * @customfunction
 */
function CRM_P_ENCORE_CLIENT(x, tx, T) {
  return TriaSheets.CRM_P_ENCORE_CLIENT(x, tx, T);
}

/**
 * Le nombre d'achats qu'un client devrait faire dans les t prochaines unités (BG/NBD), d'après le modèle gardé dans « Tria modèle ». Avec des plages : une réponse par ligne.
 * @param {number} t Horizon, dans l'unité du modèle.
 * @param {number} x Achats répétés.
 * @param {number} tx Temps du premier au dernier achat (t_x).
 * @param {number} T Temps du premier achat à la fin de la période d'ajustement.
 * @return Nombre d'achats attendus.
 * @customfunction
 */
function CRM_ACHATS_ATTENDUS(t, x, tx, T) {
  return TriaSheets.CRM_ACHATS_ATTENDUS(t, x, tx, T);
}

/**
 * La valeur client sur l'horizon de Prévoir : taux de marge × valeur d'un achat × achats attendus, actualisés (modèle gardé dans « Tria modèle »). Avec des plages : une réponse par ligne.
 * @param {number} x Achats répétés.
 * @param {number} tx Temps du premier au dernier achat (t_x).
 * @param {number} T Temps du premier achat à la fin de la période d'ajustement.
 * @param {number} meanValue Valeur moyenne des rachats (0 ou vide sans rachat).
 * @return Marge attendue sur l'horizon, actualisée.
 * @customfunction
 */
function CRM_VALEUR_CLIENT(x, tx, T, meanValue) {
  return TriaSheets.CRM_VALEUR_CLIENT(x, tx, T, meanValue);
}
