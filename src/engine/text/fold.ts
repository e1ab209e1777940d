/**
 * The one accent folding of the engine: every module that compares text without its accents
 * (addresses, names, duplicates, headers, dates, notes) folds it here, so "Søren" is SOREN in an
 * address, soren in a name list and soren in a duplicate key alike.
 *
 * Rule: Unicode canonical decomposition (NFD) with the marks dropped, and the letters NFD leaves
 * whole spelled out as French typesetting does (AFNOR NF Z10-011: Œ → OE, ß → SS, Ø → O).
 * Case is kept; callers choose upper or lower case before or after.
 */

const MARKS = /\p{M}/gu;
// Letters that have no decomposition but an accepted plain spelling.
const SPELLED: Readonly<Record<string, string>> = {
  Œ: "OE",
  œ: "oe",
  Æ: "AE",
  æ: "ae",
  ß: "ss",
  ẞ: "SS",
  Ø: "O",
  ø: "o",
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  Ð: "D",
  ð: "d",
  Þ: "TH",
  þ: "th",
  ı: "i",
  Ħ: "H",
  ħ: "h",
  Ŧ: "T",
  ŧ: "t",
};
const SPELLED_LETTER = new RegExp(`[${Object.keys(SPELLED).join("")}]`, "g");

/** The reference folding, by Unicode decomposition: for every script, slower. */
export function foldAccentsByUnicode(text: string): string {
  return text
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(SPELLED_LETTER, (c) => SPELLED[c] ?? c)
    .normalize("NFC");
}

/**
 * Each character of Latin-1, Latin Extended-A/B and General Punctuation, folded once by the
 * reference: French text is almost all in this range and a table lookup is much cheaper than
 * NFD per word (this runs on a million rows). Folding a character at a time is the same as
 * folding the text, as NFD only splits a character into its own letter and marks.
 */
const TABLE_SIZE = 0x2070;
// Between Latin Extended-B and General Punctuation sit combining marks and scripts whose letters
// compose with their neighbours (Hangul jamo): those texts go to the reference whole.
const inTable = (code: number): boolean => code < 0x250 || code >= 0x2000;
const UNKNOWN = "\uffff";
const TABLE: readonly string[] = Array.from({ length: TABLE_SIZE }, (_, code) => (inTable(code) ? foldAccentsByUnicode(String.fromCharCode(code)) : UNKNOWN));
const ASCII = /^[\t\n\r -~]*$/;

/** Accents dropped and ligatures spelled out, case and punctuation kept: "Œuvre à Genève" → "OEuvre a Geneve". */
export function foldAccents(text: string): string {
  if (ASCII.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const piece = code < TABLE_SIZE ? TABLE[code]! : UNKNOWN;
    if (piece === UNKNOWN) return foldAccentsByUnicode(text);
    out += piece;
  }
  return out;
}

/** Upper case without accents: "Genève" → "GENEVE", "Søren" → "SOREN". */
export function foldUpper(text: string): string {
  return foldAccents(text.toUpperCase());
}

/** Lower case without accents: "Hélène" → "helene", "Søren" → "soren". */
export function foldLower(text: string): string {
  return foldAccents(text).toLowerCase();
}

const NOT_ALNUM = /[^a-z0-9]+/g;

/**
 * Text as compared, not as shown: lower case, folded, every run of other characters one space.
 * "Saint-Étienne." → "saint etienne". Latin text (nearly every French customer file) is folded
 * in one pass over its characters; anything else by the Unicode reference, with the same result.
 */
export function foldKey(text: string): string {
  const length = foldKeyCodes(text);
  return length < 0 ? foldKeyByUnicode(text) : stringOfCodes(keyCodes, 0, length);
}

/** The reference for foldKey, by Unicode rules: slower, for every script. */
export function foldKeyByUnicode(text: string): string {
  return foldAccentsByUnicode(text.toLowerCase()).toLowerCase().replace(NOT_ALNUM, " ").trim();
}

/** foldKey's words, empty ones left out: "  Le Bœuf " → ["le", "boeuf"]. */
export function foldKeyWords(text: string): string[] {
  const length = foldKeyCodes(text);
  if (length < 0) {
    const folded = foldKeyByUnicode(text);
    return folded === "" ? [] : folded.split(" ");
  }
  // One flat string, split natively: appending piece by piece made a rope of a node per letter.
  return length === 0 ? [] : stringOfCodes(keyCodes, 0, length).split(" ");
}

// foldKey in one pass: what each character of the table's range folds to in a key ("" for a
// separator), taken from the reference itself; UNKNOWN leaves the whole text to Unicode rules.
const KEY_PIECES: readonly string[] = Array.from({ length: TABLE_SIZE }, (_, code) => {
  if (!inTable(code)) return UNKNOWN;
  const piece = foldKeyByUnicode(String.fromCharCode(code));
  return piece.length > 2 ? UNKNOWN : piece;
});

/**
 * foldKey in one pass into `keyCodes`: its length, or -1 when the text needs the Unicode rules.
 * Codes, not a string appended to piece by piece: that made a rope of one node per letter,
 * flattened again by every split and lookup (garbage on every row of the duplicate finder).
 */
function foldKeyCodes(text: string): number {
  if (keyCodes.length < text.length * 2) keyCodes = new Uint16Array(text.length * 2);
  const codes = keyCodes;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= TABLE_SIZE) return -1;
    const piece = KEY_PIECES[code]!;
    if (piece === "") {
      if (length > 0) pendingSpace = true;
      continue;
    }
    if (piece === UNKNOWN) return -1;
    if (pendingSpace) {
      codes[length++] = 32;
      pendingSpace = false;
    }
    codes[length++] = piece.charCodeAt(0);
    if (piece.length > 1) codes[length++] = piece.charCodeAt(1);
  }
  return length;
}

let keyCodes = new Uint16Array(256);

/** One flat string of codes[start..end). */
function stringOfCodes(codes: Uint16Array, start: number, end: number): string {
  return String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]);
}

const NOT_UPPER_ALNUM = /[^A-Z0-9]+/g;

/**
 * Upper case, folded, every run of other characters than A–Z and 0–9 one space, trimmed:
 * "Saint-Étienne." → "SAINT ETIENNE" (addresses and RNVP lines). Latin text in one pass
 * over its characters (an address has about ten parts folded per row); anything else, or a
 * character whose upper case mixes letters and signs ("ŉ" → "ʼN"), by the reference below.
 */
export function foldUpperWords(text: string): string {
  if (wordCodes.length < text.length * 2) wordCodes = new Uint16Array(text.length * 2);
  const codes = wordCodes;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const piece = code < TABLE_SIZE ? WORD_PIECES[code]! : UNKNOWN;
    if (piece === "") {
      if (length > 0) pendingSpace = true;
      continue;
    }
    if (piece === UNKNOWN) return foldUpperWordsByReference(text);
    if (pendingSpace) {
      codes[length++] = 32;
      pendingSpace = false;
    }
    codes[length++] = piece.charCodeAt(0);
    if (piece.length > 1) codes[length++] = piece.charCodeAt(1);
  }
  // One flat string from the codes: appending piece by piece made a rope of a node per letter,
  // and these texts are kept (RNVP lines: a million rows of them).
  return stringOfCodes(codes, 0, length);
}

let wordCodes = new Uint16Array(256);

/** The reference for foldUpperWords: the whole text upper-cased, folded, then its separators collapsed. */
export function foldUpperWordsByReference(text: string): string {
  return foldUpper(text).replace(NOT_UPPER_ALNUM, " ").trim();
}

// What each character of the table's range upper-cases and folds to: letters and digits, ""
// for a separator, UNKNOWN when its upper case leaves the table or mixes letters and signs.
// Upper-casing has no context rule outside Turkish/Lithuanian locales, so a character at a
// time is the text at once.
const WORD_PIECES: readonly string[] = Array.from({ length: TABLE_SIZE }, (_, code) => {
  if (!inTable(code)) return UNKNOWN;
  let folded = "";
  for (const char of String.fromCharCode(code).toUpperCase()) {
    const upper = char.charCodeAt(0);
    if (char.length > 1 || upper >= TABLE_SIZE || TABLE[upper] === UNKNOWN) return UNKNOWN;
    folded += TABLE[upper];
  }
  if (/^[A-Z0-9]{1,2}$/.test(folded)) return folded;
  return /^[^A-Z0-9]*$/.test(folded) ? "" : UNKNOWN;
});
