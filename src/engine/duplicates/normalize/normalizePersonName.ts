import { CIVILITY_WORDS } from "../../vocab/civilities";
import { NAME_PARTICLES } from "../../vocab/nameParticles";
import { foldKeyWords } from "../../text/fold";

/**
 * A person's name as compared: the words of first and last name, in no particular order
 * (files write "DUPONT Jean", "Jean Dupont", "Dupont, Jean" and swap them), sorted, with
 * civilities dropped ("Mme", "M. et Mme"), hyphens split ("Jean-Pierre" → jean, pierre),
 * initials kept as one letter ("J.P." → j, p) and particles glued to the surname ("Le Bon"
 * → lebon, as "Lebon" is also written).
 */
export function nameTokens(...parts: readonly string[]): string[] {
  const words: string[] = [];
  for (const part of parts) {
    const folded = foldKeyWords(part);
    for (let i = 0; i < folded.length; i++) {
      const word = folded[i]!;
      // A lone "m" is "M." only in front of the name; elsewhere it may be an initial.
      if (CIVILITY_WORDS.has(word) && (word.length > 1 || words.length === 0)) continue;
      words.push(word);
    }
  }
  const tokens: string[] = [];
  let pending = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (NAME_PARTICLES.has(word) && i < words.length - 1) {
      pending += word;
      continue;
    }
    tokens.push(pending + word);
    pending = "";
  }
  return tokens.sort();
}
