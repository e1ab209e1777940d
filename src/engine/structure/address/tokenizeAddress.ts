import { foldAccents } from "../../text/fold";

/**
 * Cuts an address into words. Line breaks, commas, semicolons, brackets and a dash standing
 * alone ("BP 45 - 13100") end a segment: people use them between address parts. A word keeps
 * its hyphens and apostrophes ("AIX-EN-PROVENCE", "L'ÉGLISE"); its key is folded (upper case,
 * no accents, no dots: "B.P." → "BP", "av." → "AV") for matching.
 */
export interface AddressToken {
  /** As typed, upper case. */
  readonly text: string;
  /** Folded for matching: no accents, no dots. */
  readonly key: string;
  /** A segment starts here (line break, comma… before it). */
  breakBefore: boolean;
}

// A word, or a segment break. One precompiled sticky-free global regex: exec() in a loop is
// the fastest way V8 offers to cut a string into words.
const PIECES = /([\n\r,;|()[\]\u2028])|([^\s,;|()[\]\u2028]+)/g;
const LONE_BREAK_WORD = new Set(["-", "–", "—", "/", "//", "--"]);
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const DOTS = /\./g;
// "N°12", "no.12" → marker + number; "BP45", "CS70001" → keyword + number.
const GLUED_MARKER = /^(N[°º]|N[O°º]\.|N\.)(\d.*)$/;
const GLUED_BOX = /^(BP|CS|TSA)(\d+)$/;

// "CHAPELLE-NAUDE (LA)": La Poste's way to write a town's article; the brackets are no break.
const BRACKETED_ARTICLE = /\((LA|LE|LES|L['’]?)\)/gi;

export function tokenizeAddress(typed: string): AddressToken[] {
  const input = typed.includes("(") ? typed.replace(BRACKETED_ARTICLE, "$1") : typed;
  const tokens: AddressToken[] = [];
  let breakBefore = false;
  PIECES.lastIndex = 0;
  for (let match = PIECES.exec(input); match; match = PIECES.exec(input)) {
    const raw = match[2];
    if (raw === undefined || (raw.length <= 2 && LONE_BREAK_WORD.has(raw))) {
      breakBefore = true;
      continue;
    }
    if (!startsAlnum(raw) && !HAS_ALNUM.test(raw)) continue; // punctuation only: no letter or digit is lost
    pushWord(tokens, raw, breakBefore);
    breakBefore = false;
  }
  return tokens;
}

function startsAlnum(raw: string): boolean {
  const c = raw.charCodeAt(0) | 32; // ASCII letters fold to lower case; digits are unchanged by | 32
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function keyOf(upper: string): string {
  const folded = foldAccents(upper);
  return folded.includes(".") ? folded.replace(DOTS, "") : folded;
}

function pushWord(into: AddressToken[], raw: string, breakBefore: boolean): void {
  const text = raw.toUpperCase();
  const key = keyOf(text);
  if (key.charCodeAt(0) === 78 /* N */) {
    const marker = GLUED_MARKER.exec(text);
    if (marker) {
      into.push({ text: marker[1]!, key: "N", breakBefore });
      into.push({ text: marker[2]!, key: keyOf(marker[2]!), breakBefore: false });
      return;
    }
  }
  const box = key.length > 2 && key.charCodeAt(key.length - 1) < 58 ? GLUED_BOX.exec(key) : null;
  if (box && text.startsWith(box[1]!)) {
    into.push({ text: text.slice(0, box[1]!.length), key: box[1]!, breakBefore });
    into.push({ text: text.slice(box[1]!.length), key: box[2]!, breakBefore: false });
    return;
  }
  into.push({ text, key, breakBefore });
}
