import { matchPhrase } from "./addressVocabulary";
import type { PostalIndex } from "./postalIndex";
import { tokenizeAddress, type AddressToken } from "./tokenizeAddress";
import { arrondissementCode, townKey } from "./townKey";

/** At most this many words can be a town ("SAINT JEAN DE CEYRARGUES" is 4, "PARIS 16E" 2). */
const MAX_TOWN_WORDS = 6;
// "RUE DE LA FONTAINE", "QUAI DE LYON": a town name right after these is the street's.
const BEFORE_STREET_NAME = new Set(["DE", "DU", "DES", "D", "L", "LA", "LE", "LES", "AU", "AUX", "EN", "SUR", "SOUS", "ET"]);

export interface TownInText {
  /** The town as typed: "SAINTE-TULLE", "PARIS 16E". */
  readonly town: string;
  /** What comes before it, to split again ("…, " between segments). */
  readonly rest: string;
}

/**
 * The town of an address typed without a postal code, found at the end of the text whatever
 * came before it ("13, RUE PASTEUR 2ÈME ÉTAGE MONTREAL LA CLUSE", "32 place de la Fontaine
 * ZI Nord SAINS-LES-PERNES", "La Rochelle", "12 rue X, Paris 16e"): the longest run of final
 * words that the postal base knows as a town. A name right after DE / LA / a street type is
 * the street's ("rue de Lyon"), unless nothing else was typed. Else a first segment that is a
 * town before a numbered street ("Rennes, 3 rue Le Bastard").
 */
export function findTownAnywhere(index: PostalIndex, text: string): TownInText | null {
  const tokens = tokenizeAddress(text);
  const n = tokens.length;
  for (let take = Math.min(MAX_TOWN_WORDS, n); take >= 1; take--) {
    const from = n - take;
    if (!startsTown(tokens, from)) continue;
    const town = textOf(tokens, from, n, false);
    if (!index.byTown.has(townKey(town)) && arrondissementCode(town) === undefined) continue;
    if (from > 0 && !canEndStreet(tokens, from)) continue;
    return { town, rest: textOf(tokens, 0, from, true) };
  }
  return townFirst(index, tokens);
}

/** "Rennes, 3 rue Le Bastard": a first segment that is a known town, then a numbered street. */
function townFirst(index: PostalIndex, tokens: readonly AddressToken[]): TownInText | null {
  let end = 1;
  while (end < tokens.length && !tokens[end]!.breakBefore) end++;
  if (end >= tokens.length || end > MAX_TOWN_WORDS || !startsTown(tokens, 0) || matchPhrase(tokens, 0, end)) return null;
  const next = tokens[end]!.key.charCodeAt(0);
  if (next < 48 || next > 57) return null;
  const town = textOf(tokens, 0, end, false);
  if (!index.byTown.has(townKey(town)) && arrondissementCode(town) === undefined) return null;
  return { town, rest: textOf(tokens, end, tokens.length, true) };
}

function startsTown(tokens: readonly AddressToken[], from: number): boolean {
  // A town starts with a letter; the segment it is in must not go on before it with digits only.
  const c = tokens[from]!.key.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function canEndStreet(tokens: readonly AddressToken[], from: number): boolean {
  if (tokens[from]!.breakBefore) return true; // "12 rue de Lyon, Quingey": a comma says it
  const previous = tokens[from - 1]!.key;
  if (BEFORE_STREET_NAME.has(previous)) return false;
  // "AVENUE FOCH": right after a street type, the word is the street's name.
  return matchPhrase(tokens, from - 1, from)?.kind !== "streetType";
}

function textOf(tokens: readonly AddressToken[], from: number, to: number, keepBreaks: boolean): string {
  let out = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    out += k === from ? t.text : `${keepBreaks && t.breakBefore ? ", " : " "}${t.text}`;
  }
  return out;
}
