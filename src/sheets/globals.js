/*
 * Apps Script calls global functions by name (menus, triggers, google.script.run, custom
 * functions) and has no modules: these forward to the bundled TriaSheets. The JSDoc here is what
 * Sheets shows in its formula autocomplete. Appended to Code.js by src/tools/buildSheets.ts, with the
 * model functions' declarations (CRM_PALIVE…, written from src/sheets/modelFunctionDocs.ts).
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
function scoreActiveSheet(quiet, onOrders) {
  return TriaSheets.scoreActiveSheet(quiet, onOrders);
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
