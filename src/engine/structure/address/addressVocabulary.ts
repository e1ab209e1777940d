import { STREET_TYPES } from "../../vocab/streetTypes";
import keywordsData from "./data/addressKeywords.json";
import type { AddressToken } from "./tokenizeAddress";

/**
 * The words that open an address part (street types, complements, BP / CS / TSA, lieu-dit),
 * matched on token keys, one or several words long. Built once at module load from the data
 * files: splitAddress runs on a million rows and must not rebuild maps or regexes per call.
 */
export type PhraseKind = "streetType" | "recipient" | "building" | "postBox" | "lieuDit";

export interface Phrase {
  readonly kind: PhraseKind;
  /** Number of tokens it spans. */
  readonly length: number;
  /** Canonical street type ("AVENUE"), for streetType. */
  readonly canonical: string;
  /** Weak street types also occur in names (Résidence Le Parc). */
  readonly weak: boolean;
  /** "R." is RUE only right after a number. */
  readonly afterNumberOnly: boolean;
}

interface Entry extends Phrase {
  readonly words: readonly string[];
}

const byFirstWord = new Map<string, Entry[]>();
const buildingUnnumbered = new Set<string>();
const WORD_SPLIT = /[\s'’\-/]+/;

function add(phrase: string, entry: Omit<Entry, "words" | "length">): void {
  const words = phrase.split(WORD_SPLIT).filter(Boolean);
  const list = byFirstWord.get(words[0]!) ?? [];
  list.push({ ...entry, words, length: words.length });
  list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord.set(words[0]!, list);
}

for (const type of STREET_TYPES) {
  if (type.buildingUnnumbered) buildingUnnumbered.add(type.name);
  const base = { kind: "streetType" as const, canonical: type.name, weak: type.weak === true };
  for (const v of type.variants) add(v, { ...base, afterNumberOnly: false });
  for (const v of type.afterNumber ?? []) add(v, { ...base, afterNumberOnly: true });
}
const KINDS: ReadonlyArray<[PhraseKind, readonly string[]]> = [
  ["recipient", keywordsData.recipient],
  ["building", keywordsData.building],
  ["postBox", keywordsData.postBox],
  ["lieuDit", keywordsData.lieuDit],
];
for (const [kind, list] of KINDS) {
  for (const v of list) add(v, { kind, canonical: "", weak: false, afterNumberOnly: false });
}

/** Street type → its AFNOR abbreviation, for RNVP lines that are too long. */
export const STREET_TYPE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(STREET_TYPES.map((t) => [t.name, t.abbr] as const));

/** Types that, with no number before them, name a building (line 3): RESIDENCE. */
export const BUILDING_WHEN_UNNUMBERED: ReadonlySet<string> = buildingUnnumbered;
/** Activity zones (ZI, ZA, ZAC…): line 3, or the voie when a number stands before them. */
export const ZONE_WORDS: ReadonlySet<string> = new Set(keywordsData.zones);
export const NUMBER_MARKERS: ReadonlySet<string> = new Set(keywordsData.numberMarkers);
export const NUMBER_SUFFIXES: ReadonlySet<string> = new Set(keywordsData.numberSuffixes);
export const CEDEX_WORDS: ReadonlySet<string> = new Set(keywordsData.cedex);
export const ARTICLES: ReadonlySet<string> = new Set(keywordsData.articles);

// A token key split at hyphens and apostrophes: "LIEU-DIT" is the two words LIEU DIT.
const SUBWORD = /['’\-/]/;

/** The phrase starting at tokens[at], longest first, or undefined. */
export function matchPhrase(tokens: readonly AddressToken[], at: number, end: number): Phrase | undefined {
  if (at >= end || at < 0) return undefined;
  const first = tokens[at]!.key;
  if (SUBWORD.test(first)) return matchGlued(first);
  const candidates = byFirstWord.get(first);
  if (!candidates) return undefined;
  for (const entry of candidates) {
    const spanned = spannedTokens(tokens, at, end, entry.words);
    if (spanned === entry.length) return entry;
    if (spanned > 0) return { ...entry, length: spanned }; // "A L'ATTENTION DE": four words, three tokens
  }
  return undefined;
}

/** Tokens the words span from tokens[at] (0: no match); a token "L'ATTENTION" may stand for two words. */
function spannedTokens(tokens: readonly AddressToken[], at: number, end: number, words: readonly string[]): number {
  let t = at + 1;
  for (let w = 1; w < words.length; t++) {
    if (t >= end || tokens[t]!.breakBefore) return 0;
    const key = tokens[t]!.key;
    if (key === words[w]) {
      w++;
      continue;
    }
    if (!SUBWORD.test(key)) return 0;
    const parts = key.split(WORD_SPLIT).filter(Boolean);
    for (const part of parts) if (part !== words[w++]) return 0;
  }
  return t - at;
}

// "LIEU-DIT", "ROND-POINT", "C/O" typed as one token.
function matchGlued(key: string): Phrase | undefined {
  const words = key.split(WORD_SPLIT).filter(Boolean);
  const candidates = byFirstWord.get(words[0] ?? "");
  const found = candidates?.find((e) => e.words.length === words.length && e.words.every((w, k) => w === words[k]));
  return found ? { ...found, length: 1 } : undefined;
}
