import type { ColumnRole } from "./columnRole";
import { GENERIC_HEADERS, HEADER_SYNONYMS } from "./headerSynonyms";
import { normalizeHeader } from "./normalizeHeader";

export interface HeaderRoleGuess {
  readonly role: ColumnRole;
  /** 0..1: ~0.95 for an exact synonym, 0.55–0.8 when the header only contains one, low for `other`. */
  readonly confidence: number;
}

/** A role a header could mean, with the synonym that matched (for explanations and tests). */
export interface HeaderRoleCandidate extends HeaderRoleGuess {
  readonly synonym: string;
}

const EXACT = 0.95;
const SAME_WORDS = 0.9;
/** Generic one-word headers ("Date", "Client") are hints, not answers. */
const GENERIC_FACTOR = 0.7;
const UNKNOWN: HeaderRoleGuess = { role: "other", confidence: 0.2 };
const EMPTY: HeaderRoleGuess = { role: "other", confidence: 0 };

/**
 * The role a header names, as custom function TRIA.ROLE and detectRoles use it.
 * Exact synonym (case, accents, punctuation ignored) → ~0.95; same words in another order
 * or with "de/la/of" → 0.9; header containing a synonym's words → 0.55–0.8, the more of the
 * header the synonym covers the better, so the most specific synonym wins ("date dernier
 * achat" beats "date achat"). Two roles tied → `other`: a coin toss is not a detection.
 */
export function roleFromHeader(header: string): HeaderRoleGuess {
  const ranked = rankHeaderRoles(header);
  const best = ranked[0];
  if (!best) return normalizeHeader(String(header ?? "")) === "" ? EMPTY : UNKNOWN;
  const second = ranked[1];
  if (second && best.confidence - second.confidence < 0.005) return UNKNOWN;
  return { role: best.role, confidence: best.confidence };
}

/** Every role the header could name, best first, one entry per role. */
export function rankHeaderRoles(header: string): HeaderRoleCandidate[] {
  const normalized = normalizeHeader(String(header ?? ""));
  if (normalized === "") return [];
  const tokens = keyTokens(normalized);
  const best = new Map<ColumnRole, HeaderRoleCandidate>();
  for (const entry of entriesSharingAWord(tokens)) {
    const confidence = matchConfidence(normalized, tokens, entry);
    if (confidence <= 0) continue;
    const known = best.get(entry.role);
    if (!known || confidence > known.confidence) best.set(entry.role, { role: entry.role, confidence: round3(confidence), synonym: entry.text });
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence);
}

interface SynonymEntry {
  readonly role: Exclude<ColumnRole, "other">;
  readonly text: string;
  readonly normalized: string;
  readonly tokens: readonly string[];
  readonly key: string;
  readonly generic: boolean;
}

function matchConfidence(normalized: string, tokens: readonly string[], entry: SynonymEntry): number {
  const factor = entry.generic ? GENERIC_FACTOR : 1;
  if (normalized === entry.normalized) return EXACT * factor;
  if (entry.tokens.length === 0) return 0;
  if (tokens.length === entry.tokens.length && sortedKey(tokens) === entry.key) return SAME_WORDS * factor;
  const matched = containment(tokens, entry.tokens);
  if (matched === null) return 0;
  const coverage = entry.tokens.length / Math.max(tokens.length, entry.tokens.length);
  // An abbreviation ("Adr.", "Prén.") is weaker evidence than a whole word.
  const abbreviationPenalty = 0.08 * matched.prefixes;
  // Words kept together and in order read as one phrase: "Montant total TTC" is a total.
  const phraseBonus = entry.tokens.length > 1 && isPhraseIn(tokens, entry.tokens) ? 0.01 : 0;
  return (0.55 + 0.25 * coverage - abbreviationPenalty + phraseBonus) * factor;
}

/**
 * Whether every synonym word appears in the header (each header word used once), by equality
 * or as an abbreviation of at least 3 letters ("teleph" for "telephone"); null when not.
 */
function containment(header: readonly string[], synonym: readonly string[]): { prefixes: number } | null {
  const used = new Array<boolean>(header.length).fill(false);
  let prefixes = 0;
  for (const word of synonym) {
    let index = header.findIndex((h, i) => !used[i] && h === word);
    if (index < 0) {
      index = header.findIndex((h, i) => !used[i] && h.length >= 3 && /^[a-z]+$/.test(h) && word.startsWith(h));
      if (index < 0) return null;
      prefixes++;
    }
    used[index] = true;
  }
  return { prefixes };
}

function isPhraseIn(header: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= header.length; start++) {
    if (phrase.every((word, i) => header[start + i] === word)) return true;
  }
  return false;
}

// Words that carry no meaning in a header: "Date de la commande" = "Date commande".
const STOP_WORDS: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "d",
  "la",
  "le",
  "les",
  "l",
  "a",
  "au",
  "aux",
  "en",
  "et",
  "par",
  "pour",
  "sur",
  "dans",
  "un",
  "une",
  "the",
  "of",
  "per",
  "and",
  "in",
  "on",
  "for",
  "by",
  "to",
  "s",
  "e",
]);

// Spellings of one word, so that one synonym covers them all.
const WORD_ALIASES: Readonly<Record<string, string>> = {
  n: "num",
  no: "num",
  num: "num",
  numero: "num",
  nro: "num",
  nr: "num",
  nb: "nb",
  nbre: "nb",
  nombre: "nb",
  tel: "tel",
  tele: "tel",
  telephone: "tel",
  telephon: "tel",
  mail: "email",
  email: "email",
  courriel: "email",
  mel: "email",
  adresse: "adresse",
  address: "adresse",
  adr: "adresse",
  addr: "adresse",
  date: "date",
  dt: "date",
  prenom: "prenom",
  pren: "prenom",
  cde: "commande",
  cmd: "commande",
  commande: "commande",
  societe: "societe",
  ste: "societe",
  dernier: "dernier",
  derniere: "dernier",
  dern: "dernier",
  premier: "premier",
  premiere: "premier",
};

/**
 * Header words as compared: "e mail" joined (the hyphen of "E-mail" split it), "(O/N)"
 * dropped, "1er"/"1ère" read as "premier", aliases applied, plurals folded ("achats" = "achat"), stop words dropped.
 */
export function keyTokens(normalized: string): string[] {
  const words = normalized.split(" ").filter((w) => w !== "");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (word === "e" && next === "mail") {
      out.push("email");
      i++;
    } else if ((word === "o" || word === "y" || word === "oui" || word === "yes") && (next === "n" || next === "non" || next === "no")) {
      // "Newsletter (O/N)": the answer format, not a word of the title.
      i++;
    } else if (word === "1" && (next === "er" || next === "ere")) {
      out.push("premier");
      i++;
    } else if (!STOP_WORDS.has(word)) {
      out.push(WORD_ALIASES[word] ?? WORD_ALIASES[singular(word)] ?? singular(word));
    }
  }
  return out;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

function sortedKey(tokens: readonly string[]): string {
  return [...tokens].sort().join(" ");
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Only synonyms whose first word is in the header (or abbreviated there) can match; looking
 * them up by that word keeps a call near 10 µs instead of scanning ~1,000 synonyms.
 */
function entriesSharingAWord(tokens: readonly string[]): SynonymEntry[] {
  const { byFirstWord, firstWords, wordless } = synonymLookup();
  const found = new Set<SynonymEntry>(wordless);
  for (const token of tokens) {
    for (const entry of byFirstWord.get(token) ?? []) found.add(entry);
    if (token.length < 3 || !/^[a-z]+$/.test(token)) continue;
    for (const word of firstWords) {
      if (word !== token && word.startsWith(token)) for (const entry of byFirstWord.get(word) ?? []) found.add(entry);
    }
  }
  return [...found];
}

interface SynonymLookup {
  readonly byFirstWord: ReadonlyMap<string, readonly SynonymEntry[]>;
  readonly firstWords: readonly string[];
  /** Synonyms made only of stop words, matched on their exact text. */
  readonly wordless: readonly SynonymEntry[];
}

let lookup: SynonymLookup | null = null;

function synonymLookup(): SynonymLookup {
  if (lookup) return lookup;
  const byFirstWord = new Map<string, SynonymEntry[]>();
  const wordless: SynonymEntry[] = [];
  for (const entry of synonymIndex()) {
    const first = entry.tokens[0];
    if (first === undefined) wordless.push(entry);
    else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
  }
  lookup = { byFirstWord, firstWords: [...byFirstWord.keys()], wordless };
  return lookup;
}

let index: readonly SynonymEntry[] | null = null;

/** Built once: normalising ~1,000 synonyms per call would dominate header-row detection. */
function synonymIndex(): readonly SynonymEntry[] {
  if (index) return index;
  const entries: SynonymEntry[] = [];
  const add = (role: Exclude<ColumnRole, "other">, texts: readonly string[] | undefined, generic: boolean): void => {
    for (const text of texts ?? []) {
      const normalized = normalizeHeader(text);
      const tokens = keyTokens(normalized);
      entries.push({ role, text, normalized, tokens, key: sortedKey(tokens), generic });
    }
  };
  for (const [role, texts] of Object.entries(HEADER_SYNONYMS)) add(role as Exclude<ColumnRole, "other">, texts, false);
  for (const [role, texts] of Object.entries(GENERIC_HEADERS)) add(role as Exclude<ColumnRole, "other">, texts, true);
  index = entries;
  return index;
}

/** The synonym table as matched, for tests that check it has no clashes between roles. */
export function synonymKeys(): readonly { role: ColumnRole; text: string; key: string; generic: boolean }[] {
  return synonymIndex().map(({ role, text, key, generic }) => ({ role, text, key, generic }));
}
