import { properCase } from "../names/properCase";
import { cleanText } from "../../text/cleanText";
import { KEPT_ACRONYMS } from "./acronyms";
import { CITY_ACCENTS, SMALL_WORDS } from "./smallWords";

export type CaseKind = "name" | "city" | "sentence";

/**
 * Fixes text typed all in capitals or all in lower case; text that already mixes cases is the
 * user's choice and comes back only cleaned ("McDonald", "iPhone", "SARL Dupont"). Kinds:
 * - name: a person's name (see properCase): "JEAN-PIERRE" → "Jean-Pierre";
 * - city: a town or street name, French toponymy rules: small words in lower case inside
 *   ("RUE DE LA PAIX" → "Rue de la Paix", "AIX-EN-PROVENCE" → "Aix-en-Provence"), "Saint X"
 *   hyphenated and the accents capitals lost restored ("SAINT ETIENNE" → "Saint-Étienne");
 * - sentence: first letter of each sentence in capitals.
 */
export function fixCase(text: string, kind: CaseKind): string {
  const clean = cleanText(text);
  if (!isSingleCase(clean)) return clean;
  switch (kind) {
    case "name":
      return properCase(clean);
    case "city":
      return cityCase(clean);
    case "sentence":
      return sentenceCase(clean);
  }
}

/** True when the text has letters and they are all upper case or all lower case. */
export function isSingleCase(text: string): boolean {
  const hasLetter = /\p{L}/u.test(text);
  if (!hasLetter) return false;
  return text === text.toUpperCase() || text === text.toLowerCase();
}

function cityCase(text: string): string {
  // "SAINT ETIENNE", "STE MARIE": the saint's name is joined to it by a hyphen in place names
  // (Commission nationale de toponymie). Only the space after Saint/Sainte changes.
  const hyphenated = text.replace(/\b(saint|sainte)\s+(?=\p{L})/giu, "$1-");
  const tokens = hyphenated.split(/([^\p{L}\p{M}\p{N}]+)/u);
  let seenWord = false;
  return tokens
    .map((token, index) => {
      if (index % 2 === 1 || token === "") return token;
      const lower = token.toLowerCase();
      const accented = CITY_ACCENTS.get(lower) ?? lower;
      const first = !seenWord;
      seenWord = true;
      if (!first && SMALL_WORDS.has(lower)) return lower;
      return accented.charAt(0).toUpperCase() + accented.slice(1);
    })
    .join("");
}

function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  // Capital after the start and after . ! ? followed by a space.
  const sentence = lower.replace(/(^|[.!?]\s+)(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
  // "PDG", "DRH", "SAV": acronyms typed in capitals stay so (only when the text was in capitals).
  if (text !== text.toUpperCase()) return sentence;
  return sentence.replace(WORD, (word) => (KEPT_ACRONYMS.has(word.toUpperCase()) ? word.toUpperCase() : word));
}

const WORD = /[\p{L}\p{N}&]+/gu;
