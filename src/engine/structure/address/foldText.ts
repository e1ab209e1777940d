/**
 * Text folding for matching and for RNVP output. Accents are dropped through Unicode
 * decomposition (NFD), with a fast path for plain ASCII: on a million rows most tokens are
 * ASCII and NFD is the costly step.
 */

const ASCII = /^[\x20-\x7e]*$/;
const COMBINING = /[\u0300-\u036f]/g;
// Ligatures and letters NFD does not decompose (AFNOR NF Z10-011 spells them out).
const LIGATURES: Readonly<Record<string, string>> = { Œ: "OE", Æ: "AE", ß: "SS", Ø: "O", Ł: "L", Đ: "D" };
const LIGATURE = /[ŒÆßØŁĐ]/g;

/** Upper case without accents: "Genève" → "GENEVE", "Œuvre" → "OEUVRE". */
export function foldUpper(text: string): string {
  return foldUpperCased(text.toUpperCase());
}

/** foldUpper for text already in upper case (saves a copy on hot paths). */
export function foldUpperCased(upper: string): string {
  if (ASCII.test(upper)) return upper;
  const latin = foldLatin(upper);
  if (latin !== undefined) return latin;
  return upper.normalize("NFD").replace(COMBINING, "").replace(LIGATURE, (c) => LIGATURES[c] ?? c);
}

const NOT_ALNUM = /[^A-Z0-9]+/g;

/** Folded, every run of non A–Z/0–9 turned into one space, trimmed: "Saint-Étienne." → "SAINT ETIENNE". */
export function foldWords(text: string): string {
  if (text === "") return ""; // most RNVP slots are empty
  return foldUpper(text).replace(NOT_ALNUM, " ").trim();
}

/** Collapse runs of white space to one space and trim. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// Upper-case Latin-1 and Latin Extended-A letters without their accents, computed once with NFD:
// French text is almost all in this range, and a table lookup is much cheaper than NFD per word.
const LATIN_TABLE: string[] = [];
for (let code = 0xc0; code < 0x180; code++) {
  const ch = String.fromCharCode(code);
  LATIN_TABLE[code] = LIGATURES[ch] ?? ch.normalize("NFD").replace(COMBINING, "");
}

function foldLatin(upper: string): string | undefined {
  let out = "";
  for (let i = 0; i < upper.length; i++) {
    const code = upper.charCodeAt(i);
    if (code < 0x80) out += upper[i];
    else if (code >= 0xc0 && code < 0x180) out += LATIN_TABLE[code];
    else return undefined; // anything else: let NFD handle the whole word
  }
  return out;
}
