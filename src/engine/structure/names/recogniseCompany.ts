import { COMPANY_WORDS, LEGAL_FORM_ABBREVIATIONS, LEGAL_FORM_WORDS } from "./data/legalForms";
import { foldName } from "./foldName";

export interface CompanyName {
  /** The name without its legal form, as typed (cleaned of the separators around the form). */
  readonly name: string;
  /** "SARL", "SAS", "association"…; null when none was written. */
  readonly legalForm: string | null;
  /** The legal form as typed ("S.A.R.L.", "Société par actions simplifiée"). */
  readonly legalFormTyped: string | null;
  /** A legal form or a business word ("Boulangerie", "Ets", "Garage") was found. */
  readonly isCompany: boolean;
}

const NONE = { legalForm: null, legalFormTyped: null };

/**
 * Recognises a company in a name column: "SARL Dupont & Fils" → Dupont & Fils / SARL,
 * "Boulangerie Martin S.A.S." → Boulangerie Martin / SAS, "Association Les Amis du Vélo" →
 * Les Amis du Vélo / association. The legal form may come first or last, with or without dots,
 * in parentheses or after a comma or dash.
 */
export function recogniseCompany(text: string): CompanyName {
  const trimmed = text.trim();
  const found = findLegalForm(trimmed);
  if (found) {
    const name = (trimmed.slice(0, found.start) + " " + trimmed.slice(found.end)).replace(/^[\s,;:\-–()]+|[\s,;:\-–(]+$/gu, "").replace(/\(\s*\)/g, "").replace(/\s+/g, " ").trim();
    return { name, legalForm: found.form, legalFormTyped: trimmed.slice(found.start, found.end), isCompany: true };
  }
  const words = foldName(trimmed).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
  const isCompany = words.some((word) => COMPANY_WORDS.has(word)) || /&\s*(?:fils|cie|co|associes)\b/iu.test(trimmed);
  return { name: trimmed, ...NONE, isCompany };
}

interface FoundForm {
  readonly start: number;
  readonly end: number;
  readonly form: string;
}

function findLegalForm(text: string): FoundForm | null {
  const folded = foldName(text);
  // Offsets in the folded text are offsets in the text only when folding kept the length.
  for (const [words, form] of folded.length === text.length ? LEGAL_FORM_WORDS : []) {
    const at = wordIndex(folded, words);
    if (at >= 0) return { start: at, end: at + words.length, form };
  }
  // Abbreviations as whole tokens at the start or the end, dots allowed: "S.A.R.L.", "SAS".
  const tokens = [...text.matchAll(/[\p{L}.]+/gu)];
  const candidates = [tokens[0], tokens[tokens.length - 1]];
  for (const token of candidates) {
    if (!token || token.index === undefined) continue;
    const key = foldName(token[0]).replace(/\./g, "");
    const form = LEGAL_FORM_ABBREVIATIONS.get(key);
    // A lower-case "sa" or "me" is a word, not a form: abbreviations count when typed in capitals.
    if (!form || (key.length <= 3 && token[0] !== token[0].toUpperCase())) continue;
    // "A.G." or "S.L." after a name are initials; of the dotted two-letter forms only "S.A." counts.
    if (token[0].includes(".") && key.length <= 2 && key !== "sa") continue;
    if (tokens.length === 1) continue;
    return { start: token.index, end: token.index + token[0].length, form };
  }
  return null;
}

function wordIndex(folded: string, words: string): number {
  const at = folded.indexOf(words);
  if (at < 0) return -1;
  const before = folded.charAt(at - 1);
  const after = folded.charAt(at + words.length);
  return (before === "" || /[^\p{L}]/u.test(before)) && (after === "" || /[^\p{L}]/u.test(after)) ? at : -1;
}
