import { SENSITIVE_CATEGORIES, type SensitiveCategory } from "./sensitiveCategories";
import { SENSITIVE_HEADERS, SENSITIVE_WORDS } from "./sensitiveWords";
import { foldKey } from "../text/fold";
import { findCardNumbers, findIbans } from "./iban";
import { findNirs } from "./nir";

/** One sensitive thing found in a cell, with the words or number that gave it away. */
export interface SensitiveHit {
  readonly category: SensitiveCategory;
  readonly evidence: string;
  /** For a NIR or an IBAN: false when its key or check digits are wrong (still sensitive by its place). */
  readonly checked?: boolean;
}

const WORD_PATTERNS: readonly { category: SensitiveCategory; pattern: RegExp }[] = SENSITIVE_CATEGORIES.flatMap((category) => {
  const words = SENSITIVE_WORDS[category];
  return words ? [{ category, pattern: new RegExp(`(?:^| )(${words.join("|")})(?= |$)`) }] : [];
});

/**
 * What a free-text cell reveals: special-category words (one hit per category), NIRs with a
 * right key, valid IBANs and Luhn-valid card numbers. Numbers with a wrong key are left to
 * the column's header (a 15-digit order number is not a NIR by accident).
 */
export function findSensitive(text: string): SensitiveHit[] {
  const hits: SensitiveHit[] = [];
  const folded = foldKey(text);
  for (const { category, pattern } of WORD_PATTERNS) {
    const match = pattern.exec(folded);
    if (match) hits.push({ category, evidence: match[1]! });
  }
  const nir = findNirs(text).find((n) => n.keyValid);
  if (nir) hits.push({ category: "nir", evidence: nir.compact, checked: true });
  const bank = findIbans(text)[0] ?? findCardNumbers(text)[0];
  if (bank) hits.push({ category: "bank", evidence: bank, checked: true });
  return hits;
}

/** The category a header names ("Religion", "N° sécu", "IBAN"), or null. */
export function sensitiveHeader(header: string): SensitiveCategory | null {
  const folded = foldKey(header);
  if (folded === "") return null;
  for (const category of SENSITIVE_CATEGORIES) {
    if (SENSITIVE_HEADERS[category].some((words) => folded === words || (words.includes(" ") && folded.startsWith(`${words} `)))) return category;
  }
  return null;
}
