import { CIVILITY_TEXTS } from "../../vocab/civilities";
import { NAME_PARTICLES } from "../../vocab/nameParticles";
import { isCellError, type CellValue } from "../cellValue";
import { normalizeHeader } from "../normalizeHeader";
import { COUNTRIES, FIRST_NAMES, GENDERS, TOWN_WORDS } from "./sniffWords";
import { streetWordSet } from "../../vocab/streetTypes";

/**
 * Does one cell *look like* an e-mail, a phone, a postal code…? Shapes only, tolerant of the
 * ways people type them: these functions recognise a column, engine/structure validates cells.
 */

function textOf(value: CellValue): string | null {
  return typeof value === "string" && !isCellError(value) ? value.trim() : null;
}

/** Lower case, no accents, words separated by single spaces (the header normaliser fits). */
function words(text: string): string[] {
  const folded = normalizeHeader(text);
  return folded === "" ? [] : folded.split(" ");
}

// Loose on purpose: "jean.dupont@gmial.con" is still an e-mail column, with a typo to flag.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z]{2,}$/i;

export function isEmailLike(value: CellValue): boolean {
  const text = textOf(value);
  return text !== null && text.length <= 254 && EMAIL.test(text);
}

export type PhoneKind = "mobile" | "landline" | "foreign";

// French overseas departments and territories with their own country codes (ARCEP numbering plan).
const OVERSEAS_CODES = /^(262|269|508|590|594|596|681|687|689)(\d{6,9})$/;

/**
 * A French phone in any writing ("06 12 34 56 78", "+33 (0)6 12…", "0033 6…", "06.12…"), an
 * overseas one (+262, +590…), another country's (+44…), or a number Excel stored without its
 * leading zero (612345678). Mobile means a French 06/07 (ARCEP: 6 and 7 are mobile blocks).
 */
export function phoneKind(value: CellValue): PhoneKind | null {
  let compact: string;
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value <= 0) return null;
    compact = String(value);
    if (compact.length === 9) compact = "0" + compact;
    else if (compact.length === 11 && compact.startsWith("33")) compact = "+" + compact;
    else return null;
  } else {
    const text = textOf(value);
    if (text === null || text.length > 30 || !/^[+\d\s.\-()/\u00a0]+$/.test(text)) return null;
    compact = text.replace(/[\s.\-()/\u00a0]/g, "").replace(/^\+330|^00330/, "+33");
  }
  const international = /^(?:\+|00)(\d+)$/.exec(compact);
  if (international) {
    const digits = international[1]!;
    const french = /^33(\d{9})$/.exec(digits);
    if (french) return nationalKind(french[1]!);
    const overseas = OVERSEAS_CODES.exec(digits);
    if (overseas) return nationalKind(overseas[2]!);
    return /^[1-9]\d{7,14}$/.test(digits) ? "foreign" : null;
  }
  if (/^0[1-9]\d{8}$/.test(compact)) return nationalKind(compact.slice(1));
  if (/^[1-9]\d{8}$/.test(compact)) return nationalKind(compact);
  return null;
}

function nationalKind(significant: string): PhoneKind {
  return significant.startsWith("6") || significant.startsWith("7") ? "mobile" : "landline";
}

/** 5 digits (France, "F-75001"), or 4 (Belgium, Switzerland, Luxembourg, or a French code that lost its 0). */
export function isPostalCodeLike(value: CellValue): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1000 && value <= 99999;
  const text = textOf(value);
  if (text === null) return false;
  return /^(?:f-?|fr-?)?\d{2}\s?\d{3}$/i.test(text) || /^(?:b-?|be-?|l-?|lu-?|ch-?)?\d{4}$/i.test(text);
}

/** The digits of an identifier written with spaces or dots ("732 829 320"), or null. */
function identifierDigits(value: CellValue): string | null {
  if (typeof value === "number") return Number.isSafeInteger(value) && value > 0 ? String(value) : null;
  const text = textOf(value);
  if (text === null || !/^[\d\s.\u00a0]+$/.test(text)) return null;
  return text.replace(/[\s.\u00a0]/g, "");
}

/** Luhn checksum, which INSEE uses for SIREN and SIRET. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** "shape": 9 (SIREN) or 14 (SIRET) digits; "valid": and the Luhn key is right. */
export function companyIdKind(value: CellValue): { kind: "siren" | "siret"; valid: boolean } | null {
  const digits = identifierDigits(value);
  if (digits === null) return null;
  if (digits.length === 9) return { kind: "siren", valid: passesLuhn(digits) };
  if (digits.length === 14) return { kind: "siret", valid: passesLuhn(digits) };
  return null;
}

export function isCivility(value: CellValue): boolean {
  const text = textOf(value);
  return text !== null && text.length <= 30 && CIVILITY_TEXTS.has(normalizeHeader(text));
}

export function isGender(value: CellValue): boolean {
  const text = textOf(value);
  return text !== null && text.length <= 12 && GENDERS.has(normalizeHeader(text));
}

export function isCountry(value: CellValue): boolean {
  const text = textOf(value);
  return text !== null && text.length <= 40 && COUNTRIES.has(normalizeHeader(text));
}

/** Street types (engine/vocab/streetTypes, the list structure and duplicates read) and English ones. */
const STREET_WORDS: ReadonlySet<string> = streetWordSet();
/** A cell's first word names a street by its full name ("Place de la Mairie"); "Pas de mail" is no passage. */
const STREET_NAMES: ReadonlySet<string> = streetWordSet(true);

/**
 * "street": a number then a street-type word ("12 bis rue de la Paix"), or a street type
 * first ("Place de la Mairie"); "full": that plus a postal code ("… 75002 Paris").
 */
export function addressKind(value: CellValue): "full" | "street" | null {
  const text = textOf(value);
  if (text === null || text.length < 5 || text.length > 200) return null;
  const list = words(text);
  const streetAt = list.findIndex((w, i) =>
    i === 0 ? STREET_NAMES.has(w) && w.length > 2 : STREET_WORDS.has(w) && list.slice(Math.max(0, i - 3), i).some(isNumber),
  );
  if (streetAt < 0 || streetAt === list.length - 1) return null;
  const hasCode = list.slice(streetAt + 1).some((w) => /^\d{4,5}$/.test(w));
  return hasCode ? "full" : "street";
}

function isNumber(word: string): boolean {
  return /^\d{1,4}$/.test(word);
}

// Letters (any script's accents), spaces, hyphens, apostrophes and dots ("J.-P. Martin").
const NAME_SHAPE = /^\p{L}[\p{L}\p{M}'’. -]*$/u;

/** 1 to 4 words of letters: a person's name, a town, a job… Only the word lists tell them apart. */
export function isNameShaped(value: CellValue): boolean {
  const text = textOf(value);
  if (text === null || text.length < 2 || text.length > 40 || !NAME_SHAPE.test(text)) return false;
  const count = text.split(/\s+/).length;
  return count <= 4;
}

export function isKnownFirstName(value: CellValue): boolean {
  if (!isNameShaped(value)) return false;
  const list = words(value as string);
  return list.length <= 2 && list.every((w) => FIRST_NAMES.has(w));
}

/**
 * "Mme Gaëlle Rousseau", "BERNARD-ROCHE Inès": two or more name words once civilities and
 * particles are set aside, counting a hyphenated name as one word. A last-name column rarely
 * looks like this; a column of whole names mostly does, even when no first name is known to us.
 */
export function isMultiWordName(value: CellValue): boolean {
  if (!isNameShaped(value)) return false;
  const tokens = (value as string).trim().split(/\s+/).map(normalizeHeader);
  return tokens.filter((t) => t !== "" && !CIVILITY_TEXTS.has(t) && !NAME_PARTICLES.has(t)).length >= 2;
}

/** "Marie Dupont", "DUPONT Jean": a known first name at one end, another word at the other. */
export function isFullNameLike(value: CellValue): boolean {
  if (!isNameShaped(value)) return false;
  const list = words(value as string);
  if (list.length < 2 || list.every((w) => FIRST_NAMES.has(w))) return false;
  return FIRST_NAMES.has(list[0]!) || FIRST_NAMES.has(list[list.length - 1]!);
}

/** A place name for sure: a big town, "Saint-…", "…-sur-…", "Cedex" (INSEE's commune names). */
export function isTownLike(value: CellValue): boolean {
  const text = textOf(value);
  if (text === null || text.length < 2 || text.length > 50 || !/^[\p{L}][\p{L}\p{M}'’. \-\d]*$/u.test(text)) return false;
  const list = words(text);
  if (list.some((w) => w === "cedex")) return true;
  if (list[0] === "saint" || list[0] === "sainte" || (list[0] === "st" && list.length > 1)) return true;
  const compound = text.includes("-") && list.some((w) => w === "sur" || w === "sous" || w === "les" || w === "en");
  return compound || list.some((w) => TOWN_WORDS.has(w) && w.length > 3);
}
