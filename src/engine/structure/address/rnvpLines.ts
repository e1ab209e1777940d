import abbreviationsData from "./data/rnvpAbbreviations.json";
import type { FieldIssue } from "../fieldIssue";
import type { Lang } from "../../i18n/lang";
import { RNVP_TRUNCATED } from "./addressIssues";
import type { SplitAddressParts } from "./addressParts";
import { STREET_TYPE_ABBREVIATIONS } from "./addressVocabulary";
import { countryByIso } from "./countries";
import { foldWords } from "./foldText";

const POST_BOX_WORDS = /^(?:BOITE POSTALE|B P)(?= \d)/;
/**
 * RNVP lines (Restructuration, Normalisation et Validation Postale) after AFNOR NF Z10-011 and
 * La Poste's guide: at most 6 lines of at most 38 characters, upper case, no accents, no
 * punctuation (comma, dot, apostrophe and hyphen become spaces), in this order:
 *   1 recipient (company, or name) · 2 recipient's complement (appartement, étage, escalier, chez)
 *   3 building's complement (bâtiment, résidence, ZI) · 4 number + street
 *   5 lieu-dit, BP / CS / TSA · 6 postcode + town (+ CEDEX)
 * Abbreviations (street type first, then words such as SAINT → ST) only on a line that is
 * too long. A foreign address ends with the country's name in French capitals (line 6), its
 * postcode and town move to line 5 and lieu-dit / BP join the line above.
 *
 * The Structure job writes the six slots to "Ligne 1" … "Ligne 6" (RNVP_HEADERS).
 */
export const RNVP_MAX_LINES = 6;
export const RNVP_MAX_LENGTH = 38;

export type RnvpSlots = readonly [string, string, string, string, string, string];

export interface RnvpResult {
  /** Six slots, "" when a line is empty; positions are the norm's line numbers. */
  readonly lines: RnvpSlots;
  readonly issues: readonly FieldIssue[];
}

export interface RnvpRecipient {
  readonly name?: string;
  readonly company?: string;
  /** The first names inside `name` ("Jean-Christophe"): shrunk to initials first when line 1 is too long. */
  readonly firstName?: string;
}

export const RNVP_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  fr: ["Ligne 1", "Ligne 2", "Ligne 3", "Ligne 4", "Ligne 5", "Ligne 6"],
  en: ["Line 1", "Line 2", "Line 3", "Line 4", "Line 5", "Line 6"],
};

const WORD_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = Object.entries(abbreviationsData.words)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([word, abbr]) => [new RegExp(`\\b${word}\\b`), abbr] as const);

const TYPE_PATTERNS: ReadonlyMap<string, readonly [RegExp, string]> = new Map(
  [...STREET_TYPE_ABBREVIATIONS].map(([type, abbr]) => [type, [new RegExp(`\\b${type}\\b`), abbr] as const]),
);

type StreetParts = Pick<
  SplitAddressParts,
  "number" | "streetType" | "streetName" | "recipientComplement" | "buildingComplement" | "lieuDit" | "postBox" | "postalCode" | "city" | "cedex" | "country"
> &
  Partial<Pick<SplitAddressParts, "street">>;

// "Roux & Fils": the ampersand is written ET (La Poste), not dropped with the punctuation.
const AMPERSAND = /\s*&\s*/g;
const clean = (value: string | undefined): string => {
  if (!value) return "";
  return foldWords(value.includes("&") ? value.replace(AMPERSAND, " ET ") : value);
};

/**
 * La Poste's libellé d'acheminement for Paris, Lyon and Marseille is the city alone: the postal
 * code already says the arrondissement, so line 6 reads 75016 PARIS, 69002 LYON, 13006
 * MARSEILLE (and 75016 PARIS CEDEX 16), never PARIS 16 or PARIS 16E.
 */
const ARRONDISSEMENT_TOWN = /^(PARIS|LYON|MARSEILLE) \d{1,2}(?: ?(?:ER|ERE|EME|E|ME))?(?: ARRONDISSEMENT| ARR)?$/;
export const routingTown = (city: string): string => ARRONDISSEMENT_TOWN.exec(city)?.[1] ?? city;

/** `city`: the town for line 6 when it is not the parts' own (the official spelling: no copy of the parts for it). */
export function rnvpLines(parts: StreetParts, recipient: RnvpRecipient = {}, city: string = parts.city): RnvpResult {
  const company = clean(recipient.company);
  const name = clean(recipient.name);
  const country = countryByIso(parts.country || "FR");
  const foreign = !!parts.country && parts.country !== "FR" && parts.country !== "MC";
  const numberAfter = foreign && country?.numberAfterStreet === true;
  const streetType = clean(parts.streetType);
  const streetName = clean(parts.streetName || (parts.streetType ? "" : parts.street));
  const number = clean(parts.number);
  const street = numberAfter ? join(streetType, streetName, number) : join(number, streetType, streetName);
  const locality =
    foreign && country?.postcodeAfterTown
      ? join(clean(city), clean(parts.postalCode))
      : join(clean(parts.postalCode), routingTown(clean(city)), clean(parts.cedex));

  // La Poste: a lieu-dit goes on line 4 when there is no voie, on line 5 under it otherwise.
  const lieuDitAlone = street === "" && !foreign;
  // La Poste writes a post box BP: "Boîte postale 12", "B.P. 12" → BP 12.
  const postBox = clean(parts.postBox).replace(POST_BOX_WORDS, "BP");
  const line5 = lieuDitAlone ? postBox : join(clean(parts.lieuDit), postBox);
  const slots: string[] = foreign
    ? [
        company || name,
        join(company ? name : "", clean(parts.recipientComplement), clean(parts.buildingComplement)),
        street,
        join(clean(parts.lieuDit), clean(parts.postBox)),
        locality,
        country?.frenchName ?? clean(parts.country),
      ]
    : [
        company || name,
        join(company ? name : "", clean(parts.recipientComplement)),
        clean(parts.buildingComplement),
        lieuDitAlone ? clean(parts.lieuDit) : street,
        line5,
        locality,
      ];
  let truncated = false;
  const firstNames = company ? "" : clean(recipient.firstName);
  const lines = slots.map((line, index) => {
    const named = index === 0 && firstNames !== "" ? withInitials(line, firstNames) : line;
    const fitted = fit(named, index === 3 || (foreign && index === 2) ? streetType : "");
    if (fitted.length > RNVP_MAX_LENGTH) {
      truncated = true;
      return cutBetweenWords(fitted);
    }
    return fitted;
  }) as unknown as RnvpSlots;
  return { lines, issues: truncated ? [RNVP_TRUNCATED] : [] };
}

/** Abbreviate only what is needed: the street type first, then words, longest first. */
function fit(line: string, streetType: string): string {
  if (line.length <= RNVP_MAX_LENGTH) return line;
  let result = line;
  const typeAbbr = streetType ? TYPE_PATTERNS.get(streetType) : undefined;
  if (typeAbbr) result = result.replace(typeAbbr[0], typeAbbr[1]);
  for (const [word, abbr] of WORD_ABBREVIATIONS) {
    if (result.length <= RNVP_MAX_LENGTH) break;
    result = result.replace(word, abbr);
  }
  return result;
}

/** AFNOR's first step on a long line 1: "JEAN CHRISTOPHE DE LA ROCHEFOUCAULD" → "J C DE LA ROCHEFOUCAULD". */
function withInitials(line: string, firstNames: string): string {
  if (line.length <= RNVP_MAX_LENGTH) return line;
  const at = line.indexOf(firstNames);
  if (at < 0 || (at > 0 && line[at - 1] !== " ")) return line;
  const initials = firstNames
    .split(" ")
    .map((word) => word[0])
    .join(" ");
  return line.slice(0, at) + initials + line.slice(at + firstNames.length);
}

/** Never cut a word (AFNOR): drop whole words from the end; a single word longer than a line is cut. */
function cutBetweenWords(line: string): string {
  const space = line.lastIndexOf(" ", RNVP_MAX_LENGTH);
  return space > 0 ? line.slice(0, space).trimEnd() : line.slice(0, RNVP_MAX_LENGTH);
}

/** The non-empty values joined by spaces (a plain loop: this runs five times per row). */
function join(...values: string[]): string {
  let out = "";
  for (const value of values) if (value !== "") out = out === "" ? value : `${out} ${value}`;
  return out;
}

/** The non-empty lines, in order: what goes on the envelope. */
export function rnvpEnvelope(lines: RnvpSlots): string[] {
  return lines.filter(Boolean);
}

/** The lines in one cell, one per line ("\n"), for a single "Adresse RNVP" column. */
export function rnvpText(lines: RnvpSlots): string {
  return rnvpEnvelope(lines).join("\n");
}

/** { "Ligne 1": "…", … "Ligne 6": "…" } in the user's language, for the Structure job's columns. */
export function rnvpColumns(lines: RnvpSlots, lang: Lang): Record<string, string> {
  const headers = RNVP_HEADERS[lang];
  return Object.fromEntries(lines.map((line, i) => [headers[i]!, line]));
}
