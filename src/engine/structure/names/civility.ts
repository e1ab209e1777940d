import { CIVILITY_FORMS, type Civility } from "../../vocab/civilities";
import { foldName } from "./foldName";

export type { Civility };
export type Gender = "male" | "female" | null;

export interface CivilityMatch {
  readonly civility: Civility;
  /** The civility as typed ("Monsieur", "MR."), to keep every character accounted for. */
  readonly typed: string;
  /** What follows it. */
  readonly rest: string;
}

// Longest forms first, so that "M. et Mme" wins over "M.". Each word may be followed by a
// dot ("Mr.", "M. et Mme"), and the civility by a space, a dot or the end ("M.Dupont" too).
const FORMS = [...CIVILITY_FORMS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([form, civility]) => ({
    form,
    civility,
    pattern: new RegExp(
      "^" +
        form
          .split(/\s+/)
          .map((part) => escape(part) + "\\.?")
          .join("\\s*") +
        "(?:\\.|(?=\\s)|$)\\s*",
      "u",
    ),
  }));

/**
 * The forms by their first word, longest first: a name starting with another word skips
 * every pattern, and "Mme Dupont" tries only the forms that start with "mme". (A form can only
 * match a text whose first word is its own first word: the word after it starts with a letter
 * or "&", so without a space between them the text's first word would be longer.)
 */
const FORMS_BY_FIRST_WORD = new Map<string, (typeof FORMS)[number][]>();
for (const entry of FORMS) {
  const first = foldName(entry.form).split(/[\s.]+/)[0]!;
  const list = FORMS_BY_FIRST_WORD.get(first) ?? [];
  list.push(entry);
  FORMS_BY_FIRST_WORD.set(first, list);
}
const FIRST_WORD = /^[\p{L}]+/u;

/** A civility at the start of a name: "Mme Gaëlle Rousseau", "M. DUPONT", "Dr. Martin". */
export function matchCivility(text: string): CivilityMatch | null {
  const folded = foldName(text);
  const forms = FORMS_BY_FIRST_WORD.get(FIRST_WORD.exec(folded)?.[0] ?? "");
  if (!forms) return null;
  for (const { civility, pattern } of forms) {
    const found = pattern.exec(folded);
    if (!found) continue;
    const length = found[0].length;
    // foldName keeps lengths for Latin text except combining marks; map back on the original.
    const cut = originalOffset(text, length);
    return { civility, typed: text.slice(0, cut).trim(), rest: text.slice(cut).trim() };
  }
  return null;
}

/** Gender a civility tells: M. → male, Mme / Mlle → female; the others say nothing. */
export function genderOf(civility: Civility | null): Gender {
  if (civility === "M." || civility === "MM.") return "male";
  if (civility === "Mme" || civility === "Mlle" || civility === "Mmes") return "female";
  return null;
}

function escape(part: string): string {
  return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Position in `text` after the first `foldedLength` characters of its folded form. */
function originalOffset(text: string, foldedLength: number): number {
  let folded = 0;
  let index = 0;
  while (index < text.length && folded < foldedLength) {
    // ASCII folds to one character: no need to fold it (this runs for every civility).
    folded += text.charCodeAt(index) < 0x80 ? 1 : foldName(text.charAt(index)).length;
    index++;
  }
  // Skip combining marks that belong to the last character taken.
  while (index < text.length && /\p{M}/u.test(text.charAt(index))) index++;
  return index;
}
