import { foldLower } from "../text/fold";
import { distance } from "fastest-levenshtein";
import { matchCivility } from "../structure/names/civility";
import { recogniseCompany } from "../structure/names/recogniseCompany";

/**
 * How alike two names or company names are, 0 (nothing in common) to 1 (the same once written
 * the same way). Case, accents, punctuation, civilities and legal forms are ignored; words may
 * come in any order; words glued or split count as the same ("Lebon Coiffure" / "Le Bon
 * Coiffure" → 1); an initial matches its word ("Jean-Pierre Martin" / "Martin J.P." ≈ 0.93).
 * What CRM.SIMILARITY returns; the duplicate finder uses its own, field-weighted comparison.
 */
export function textSimilarity(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length === 0 && right.length === 0) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const glued = ratio(left.join(""), right.join(""));
  const sortedGlued = ratio([...left].sort().join(""), [...right].sort().join(""));
  const aligned = (alignment(left, right) + alignment(right, left)) / 2;
  return Math.round(Math.max(glued, sortedGlued, aligned) * 1000) / 1000;
}

/** Folded words, without the civility in front and the legal form. */
function tokens(text: string): string[] {
  const withoutCivility = matchCivility(text.trim())?.rest ?? text;
  const company = recogniseCompany(withoutCivility);
  const core = company.legalForm ? company.name : withoutCivility;
  return foldLower(core)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/** Mean, over the words of `from`, of the best match among the words of `to`. */
function alignment(from: readonly string[], to: readonly string[]): number {
  let total = 0;
  for (const word of from) {
    let best = 0;
    for (const other of to) best = Math.max(best, wordMatch(word, other));
    total += best;
  }
  return total / from.length;
}

function wordMatch(a: string, b: string): number {
  if (a === b) return 1;
  // An initial stands for its word: "J" for "Jean", but says less than the word itself.
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.9;
  return ratio(a, b);
}

function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}
