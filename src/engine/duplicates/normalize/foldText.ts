const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^a-z0-9]+/g;

/**
 * Text as compared, not as shown: lower case, accents and ligatures dropped (œ → oe, ß → ss),
 * every run of punctuation or space one space. "Saint-Étienne" → "saint etienne".
 * Latin text (nearly every French customer file) is folded in one pass over its characters;
 * anything else goes through Unicode NFD (foldTextByUnicode), which gives the same result.
 */
export function foldText(text: string): string {
  return foldLatin(text) ?? foldTextByUnicode(text);
}

/** The reference folding, by Unicode decomposition: slower, for every script. */
export function foldTextByUnicode(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(NOT_ALNUM, " ")
    .trim();
}

/** Folded words, empty ones left out. */
export function foldWords(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}

/**
 * What each character of Latin-1, Latin Extended A/B (0..0x24F) and General Punctuation
 * (’ – — “ ” …, 0x2000..0x206F) folds to: taken from the reference folding itself, character
 * by character (NFD only splits a character into its own letter and marks, so folding a text
 * a character at a time gives the same words). UNKNOWN marks a character left to Unicode rules.
 */
const TABLE_SIZE = 0x2070;
const UNKNOWN: string = "\uffff";
const PIECES: readonly string[] = Array.from({ length: TABLE_SIZE }, (_, c) => {
  const inRange = c < 0x250 || c >= 0x2000;
  const piece = inRange ? foldTextByUnicode(String.fromCharCode(c)) : UNKNOWN;
  return piece.length > 2 ? UNKNOWN : piece;
});

/**
 * One pass over the text with the table; null when a character needs Unicode rules. Pieces
 * are appended to a string (V8 joins short strings cheaply, faster here than a code buffer).
 */
function foldLatin(text: string): string | null {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= TABLE_SIZE) return null;
    const piece = PIECES[c]!;
    if (piece === "") {
      if (out !== "") pendingSpace = true;
      continue;
    }
    if (piece === UNKNOWN) return null;
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += piece;
  }
  return out;
}
