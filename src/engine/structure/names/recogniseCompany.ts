import { COMPANY_WORDS, LEGAL_FORM_ABBREVIATIONS, LEGAL_FORM_WORDS } from "../../vocab/legalForms";
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
  const folded = foldName(trimmed);
  const found = findLegalForm(trimmed, folded);
  if (found) {
    const name = (trimmed.slice(0, found.start) + " " + trimmed.slice(found.end))
      .replace(/^[\s,;:\-–()]+|[\s,;:\-–(]+$/gu, "")
      .replace(/\(\s*\)/g, "")
      .replace(/\s+/g, " ")
      .trim();
    return { name, legalForm: found.form, legalFormTyped: trimmed.slice(found.start, found.end), isCompany: true };
  }
  const isCompany = hasCompanyWord(folded) || (trimmed.includes("&") && AND_PARTNERS.test(trimmed));
  return { name: trimmed, ...NONE, isCompany };
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;
const AND_PARTNERS = /&\s*(?:fils|cie|co|associes)\b/iu;

function hasCompanyWord(folded: string): boolean {
  for (const word of folded.split(NOT_WORD)) if (COMPANY_WORDS.has(word)) return true;
  return false;
}

interface FoundForm {
  readonly start: number;
  readonly end: number;
  readonly form: string;
}

const ABBREVIATION_TOKEN = /[\p{L}.]+/gu;
const ANY_LEGAL_FORM_WORDS = new RegExp(LEGAL_FORM_WORDS.map(([words]) => words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

function findLegalForm(text: string, folded: string): FoundForm | null {
  // Offsets in the folded text are offsets in the text only when folding kept the length.
  // One regex pass rules out most names before the form-by-form search (same result: a form
  // the search could find is a substring the pass finds).
  const mayHaveWords = folded.length === text.length && ANY_LEGAL_FORM_WORDS.test(folded);
  for (const [words, form] of mayHaveWords ? LEGAL_FORM_WORDS : []) {
    const at = wordIndex(folded, words);
    if (at >= 0) return { start: at, end: at + words.length, form };
  }
  // Abbreviations as whole tokens at the start or the end, dots allowed: "S.A.R.L.", "SAS".
  // Only the first and last tokens count, and whether there is more than one.
  ABBREVIATION_TOKEN.lastIndex = 0;
  const firstToken = ABBREVIATION_TOKEN.exec(text);
  let lastToken = firstToken;
  let count = firstToken ? 1 : 0;
  for (let next = firstToken && ABBREVIATION_TOKEN.exec(text); next; next = ABBREVIATION_TOKEN.exec(text)) {
    lastToken = next;
    count++;
  }
  // With a single token nothing is returned below: skip the lookups.
  if (count <= 1) return null;
  for (const token of [firstToken, lastToken]) {
    if (!token) continue;
    const key = foldName(token[0]).replace(/\./g, "");
    const form = LEGAL_FORM_ABBREVIATIONS.get(key);
    // A lower-case "sa" or "me" is a word, not a form: abbreviations count when typed in capitals.
    if (!form || (key.length <= 3 && token[0] !== token[0].toUpperCase())) continue;
    // "A.G." or "S.L." after a name are initials; of the dotted two-letter forms only "S.A." counts.
    if (token[0].includes(".") && key.length <= 2 && key !== "sa") continue;
    if (count === 1) continue;
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
