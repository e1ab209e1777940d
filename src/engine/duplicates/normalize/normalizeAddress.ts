import { ADDRESS_STOP_WORDS, STREET_ABBREVIATIONS } from "../data/streetWords";
import { foldWords } from "./foldText";

/** An address as compared: where the customer is, whatever way it was written. */
export interface AddressKey {
  /** 5 digits in France (La Poste), 4 in Belgium, Switzerland, Luxembourg; "" when absent. */
  readonly postalCode: string;
  /** Folded town without "Cedex NN". */
  readonly city: string;
  /** House number without its suffix ("12 bis" → "12"). */
  readonly number: string;
  /** Significant street words, abbreviations expanded (av → avenue, St → saint), sorted. */
  readonly street: readonly string[];
}

export const NO_ADDRESS: AddressKey = { postalCode: "", city: "", number: "", street: [] };

const FRENCH_POSTAL_CODE = /^\d{5}$/;
const SHORT_POSTAL_CODE = /^\d{4}$/;
const HOUSE_NUMBER = /^(\d{1,4})[a-z]?$/;
const CITY_WORDS_MAX = 5;

/**
 * Read an address from one cell ("12 av. de la Paix, 75002 PARIS", "75002 Paris - 12 rue de la
 * Paix", on several lines, with a Cedex), or from split cells (street, postal code, town).
 */
export function addressKey(parts: { line?: string; street?: string; postalCode?: string; city?: string }): AddressKey {
  const words = foldWords([parts.line, parts.street].filter(Boolean).join(" "));
  let postalCode = parts.postalCode ? digitsOnly(parts.postalCode) : "";
  let cityWords = parts.city ? foldWords(parts.city) : [];
  const cut = postalCode === "" ? findPostalCode(words) : -1;
  let streetWords = words;
  if (cut >= 0) {
    postalCode = words[cut]!;
    let end = cut + 1;
    while (end < words.length && end - cut <= CITY_WORDS_MAX && !/\d/.test(words[end]!)) end++;
    if (cityWords.length === 0) cityWords = words.slice(cut + 1, end);
    streetWords = [...words.slice(0, cut), ...words.slice(end)];
  }
  let number = "";
  const street = new Set<string>();
  for (const word of streetWords) {
    const numeric = HOUSE_NUMBER.exec(word);
    if (numeric) {
      if (number === "") number = numeric[1]!;
      continue;
    }
    const expanded = STREET_ABBREVIATIONS[word] ?? word;
    if (expanded !== "" && !ADDRESS_STOP_WORDS.has(expanded)) street.add(expanded);
  }
  return { postalCode, city: cleanCity(cityWords), number, street: [...street].sort() };
}

/** The last 5-digit word; else a 4-digit word that is not the house number in front. */
function findPostalCode(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (FRENCH_POSTAL_CODE.test(words[i]!)) return i;
  for (let i = words.length - 1; i >= 1; i--) if (SHORT_POSTAL_CODE.test(words[i]!)) return i;
  return -1;
}

function cleanCity(words: readonly string[]): string {
  const kept: string[] = [];
  for (const word of words) {
    if (word === "cedex" || /^\d+$/.test(word)) break;
    kept.push(STREET_ABBREVIATIONS[word] === "saint" || STREET_ABBREVIATIONS[word] === "sainte" ? STREET_ABBREVIATIONS[word]! : word);
  }
  return kept.join(" ");
}

function digitsOnly(text: string): string {
  return text.replace(/\D/g, "");
}
