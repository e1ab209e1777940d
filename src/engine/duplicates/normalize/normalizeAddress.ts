import { ADDRESS_STOP_WORDS, STREET_ABBREVIATIONS } from "../data/streetWords";
import { foldKeyWords } from "../../text/fold";

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

const CITY_WORDS_MAX = 5;

/**
 * Read an address from one cell ("12 av. de la Paix, 75002 PARIS", "75002 Paris - 12 rue de la
 * Paix", on several lines, with a Cedex), or from split cells (street, postal code, town).
 */
export function addressKey(parts: { line?: string; street?: string; postalCode?: string; city?: string }): AddressKey {
  const words = foldKeyWords(parts.line && parts.street ? `${parts.line} ${parts.street}` : parts.line || parts.street || "");
  let postalCode = parts.postalCode ? digitsOnly(parts.postalCode) : "";
  const cityWords = parts.city ? foldKeyWords(parts.city) : [];
  const cut = postalCode === "" ? findPostalCode(words) : -1;
  // The words after the postal code up to `end` are the town: the street is the rest (no copies of the word list).
  let end = cut;
  let city = "";
  if (cut >= 0) {
    postalCode = words[cut]!;
    end = cut + 1;
    while (end < words.length && end - cut <= CITY_WORDS_MAX && !hasDigit(words[end]!)) end++;
    if (cityWords.length === 0) city = cleanCity(words, cut + 1, end);
  }
  if (cityWords.length > 0) city = cleanCity(cityWords, 0, cityWords.length);
  let number = "";
  const street: string[] = [];
  for (let w = 0; w < words.length; w++) {
    if (w === cut) w = end;
    if (w >= words.length) break;
    const word = words[w]!;
    const digits = houseNumberDigits(word);
    if (digits > 0) {
      if (number === "") number = word.slice(0, digits);
      continue;
    }
    const expanded = STREET_ABBREVIATIONS.get(word) ?? word;
    if (expanded !== "" && !ADDRESS_STOP_WORDS.has(expanded) && !street.includes(expanded)) street.push(expanded);
  }
  return { postalCode, city, number, street: street.sort() };
}

/** The last 5-digit word; else a 4-digit word that is not the house number in front. */
function findPostalCode(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (words[i]!.length === 5 && leadingDigits(words[i]!) === 5) return i;
  for (let i = words.length - 1; i >= 1; i--) if (words[i]!.length === 4 && leadingDigits(words[i]!) === 4) return i;
  return -1;
}

/** A town as compared: words up to "Cedex" or a number, "St"/"Ste" read as "saint"/"sainte". */
function cleanCity(words: readonly string[], from: number, to: number): string {
  let out = "";
  for (let w = from; w < to; w++) {
    const word = words[w]!;
    if (word === "cedex" || leadingDigits(word) === word.length) break;
    const expanded = STREET_ABBREVIATIONS.get(word);
    out += (out === "" ? "" : " ") + (expanded === "saint" || expanded === "sainte" ? expanded : word);
  }
  return out;
}

/** How many digits a folded word starts with. */
function leadingDigits(word: string): number {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) >= 48 && word.charCodeAt(i) <= 57) i++;
  return i;
}

/** A house number ("12", "12b" for 12 bis written glued): 1 to 4 digits, then at most one letter. Its digit count, or 0. */
function houseNumberDigits(word: string): number {
  const digits = leadingDigits(word);
  if (digits === 0 || digits > 4) return 0;
  const rest = word.length - digits;
  if (rest === 0) return digits;
  const c = word.charCodeAt(digits);
  return rest === 1 && c >= 97 && c <= 122 ? digits : 0;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 48 && word.charCodeAt(i) <= 57) return true;
  return false;
}

function digitsOnly(text: string): string {
  return leadingDigits(text) === text.length ? text : text.replace(/\D/g, "");
}
