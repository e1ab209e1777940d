import { APOSTROPHES, LOWER_PARTICLES } from "../../../../src/engine/vocab/nameParticles";

/**
 * The regex-split properCase as it was before the hand-written scan, kept as the reference the
 * new one must agree with on any text.
 *
 * A French person's name in proper case: "DUPONT" → "Dupont", "jean-pierre" → "Jean-Pierre",
 * "DE LA FONTAINE" → "de La Fontaine", "o'brien" → "O'Brien", "mcdonald" → "McDonald",
 * "d'alembert" → "d'Alembert". Only letter case changes: every character typed is kept,
 * separators (spaces, hyphens, apostrophes, dots) stay where they were.
 */
export function referenceProperCase(text: string): string {
  // Tokens: runs of letters/digits, and single separators between them.
  const tokens = text.split(/([^\p{L}\p{M}\p{N}]+)/u);
  const words = tokens.filter((_, index) => index % 2 === 0 && tokens[index] !== "");
  const onlyWord = words.length <= 1;
  return tokens
    .map((token, index) => {
      if (index % 2 === 1 || token === "") return token;
      const after = tokens[index + 1] ?? "";
      return caseWord(token, { after, onlyWord });
    })
    .join("");
}

interface WordContext {
  readonly after: string;
  readonly onlyWord: boolean;
}

function caseWord(word: string, context: WordContext): string {
  const lower = word.toLowerCase();
  const followedByApostrophe = context.after.length === 1 && APOSTROPHES.includes(context.after);
  const followedBySpace = /^\s+$/u.test(context.after);
  // "o'brien": an Irish O' keeps its capital; "d'alembert": the elided particle does not.
  if (followedByApostrophe && lower === "o") return "O";
  if (followedByApostrophe && lower === "d" && !context.onlyWord) return "d";
  if (followedByApostrophe && lower === "l") return "L";
  // A particle is lower case only before another word of the same name ("de Gaulle"); a name
  // that is just "Van" or "Da" keeps its capital.
  if (LOWER_PARTICLES.has(lower) && followedBySpace && !context.onlyWord && lower.length > 1) return lower;
  if (lower.length === 1) return lower.toUpperCase();
  // Scottish/Irish "Mc": McDonald, McKenzie (Mac is left alone: Macron, Machin are not Mac-names).
  if (lower.startsWith("mc") && lower.length > 3) return "Mc" + capitalise(lower.slice(2));
  return capitalise(lower);
}

function capitalise(word: string): string {
  const first = word.charAt(0);
  return first.toUpperCase() + word.slice(first.length);
}
