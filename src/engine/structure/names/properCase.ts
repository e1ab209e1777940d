import { APOSTROPHES, LOWER_PARTICLES } from "../../vocab/nameParticles";

/**
 * A French person's name in proper case: "DUPONT" → "Dupont", "jean-pierre" → "Jean-Pierre",
 * "DE LA FONTAINE" → "de La Fontaine", "o'brien" → "O'Brien", "mcdonald" → "McDonald",
 * "d'alembert" → "d'Alembert". Only letter case changes: every character typed is kept,
 * separators (spaces, hyphens, apostrophes, dots) stay where they were.
 *
 * Words are the runs of letters, marks and digits (\p{L}\p{M}\p{N}, by code point); the
 * separators between them are copied as they are. A hand-written scan rather than a regex
 * split: it runs twice per name on a million rows.
 */
export function properCase(text: string): string {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    let length = wordCharLength(text, i);
    if (length === 0) {
      i += codePointLength(text, i);
      continue;
    }
    starts.push(i);
    while (length > 0) {
      i += length;
      length = i < text.length ? wordCharLength(text, i) : 0;
    }
    ends.push(i);
  }
  const onlyWord = starts.length <= 1;
  let out = "";
  let at = 0;
  for (let w = 0; w < starts.length; w++) {
    const start = starts[w]!;
    const end = ends[w]!;
    const after = text.slice(end, w + 1 < starts.length ? starts[w + 1] : text.length);
    out += text.slice(at, start) + caseWord(text.slice(start, end), after, onlyWord);
    at = end;
  }
  return out + text.slice(at);
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Code units of the word character at `i` (1, or 2 for a surrogate pair), 0 for a separator. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  const point = text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

function codePointLength(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? 2 : 1;
}

const SPACES_ONLY = /^\s+$/u;

function caseWord(word: string, after: string, onlyWord: boolean): string {
  const lower = word.toLowerCase();
  const followedByApostrophe = after.length === 1 && APOSTROPHES.includes(after);
  // "o'brien": an Irish O' keeps its capital; "d'alembert": the elided particle does not.
  if (followedByApostrophe && lower === "o") return "O";
  if (followedByApostrophe && lower === "d" && !onlyWord) return "d";
  if (followedByApostrophe && lower === "l") return "L";
  // A particle is lower case only before another word of the same name ("de Gaulle"); a name
  // that is just "Van" or "Da" keeps its capital.
  if (LOWER_PARTICLES.has(lower) && !onlyWord && lower.length > 1 && SPACES_ONLY.test(after)) return lower;
  if (lower.length === 1) return lower.toUpperCase();
  // Scottish/Irish "Mc": McDonald, McKenzie (Mac is left alone: Macron, Machin are not Mac-names).
  if (lower.startsWith("mc") && lower.length > 3) return "Mc" + capitalise(lower.slice(2));
  return capitalise(lower);
}

function capitalise(word: string): string {
  const first = word.charAt(0);
  return first.toUpperCase() + word.slice(first.length);
}
