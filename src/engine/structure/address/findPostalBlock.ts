import type { FieldIssue } from "../fieldIssue";
import { leadingZeroLost } from "./addressIssues";
import { ARTICLES, CEDEX_WORDS, matchPhrase } from "./addressVocabulary";
import { type Country, FRANCE, MAX_COUNTRY_NAME_WORDS, countryByName, countryByPrefix, endsCountryName } from "./countries";
import type { AddressToken } from "./tokenizeAddress";

/**
 * Finds the "postal block" of an address: country, postcode, town and CEDEX, wherever they
 * were typed (end, start, own line). What is left is the street part (splitStreetPart).
 * The postcode is the last token that fits the country's format and is not a BP / CS / TSA
 * number; the town is what follows it on its segment (or precedes it, GB / US style).
 */
export interface PostalBlock {
  readonly country: Country;
  readonly countryWritten: string;
  readonly postalCode: string;
  readonly city: string;
  readonly cedex: string;
  /** 1 for every token used here; the street part takes the others. */
  readonly used: Uint8Array;
  readonly issues: FieldIssue[];
}

const FOUR_DIGITS = /^\d{4}$/;
const TWO_DIGITS = /^\d{2}$/;
const THREE_DIGITS = /^\d{3}$/;
const PREFIXED = /^([A-Z]{1,3})-(.+)$/;
const HAS_DIGIT = /\d/;
const LETTERS = /^[A-Z][A-Z'’-]*$/;
const CEDEX_NUMBER = /^\d{1,3}$/;
// "PARIS 2E", "LYON 3EME", "MARSEILLE 13", "PARIS 1ER": arrondissements stay in the town.
const ARRONDISSEMENT = /^\d{1,2}(E|EME|ER|ERE|ME)?$/;
const SUBWORDS = /['’-]+/g;
// Distinctive formats we recognise even when no country was typed (UPU).
const GB_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;
const CA_POSTCODE = /^[A-Z]\d[A-Z] \d[A-Z]\d$/;
const POSTBOX_BEFORE = new Set(["BP", "CS", "TSA", "CEDEX", "POSTALE", "CP", "POSTFACH", "BOX"]);
const MONTHS = new Set(["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE"]);
const STATE_BEFORE_CODE = new Set(["US", "CA", "AU"]);

export function findPostalBlock(tokens: readonly AddressToken[], defaultCountry: Country): PostalBlock {
  const n = tokens.length;
  const used = new Uint8Array(n);
  const issues: FieldIssue[] = [];
  const segEnd = segmentEnds(tokens);
  const written: string[] = [];

  let country: Country | undefined = findCountryName(tokens, used, written);

  // Postcode: the last token (or pair) that fits, from the end.
  let codeAt = -1;
  let codeLength = 0;
  let postalCode = "";
  for (let i = n - 1; i >= 0 && codeAt < 0; i--) {
    if (used[i] || !HAS_DIGIT.test(tokens[i]!.key)) continue;
    if (i > 0 && !tokens[i]!.breakBefore && POSTBOX_BEFORE.has(tokens[i - 1]!.key)) continue;
    const key = tokens[i]!.key;
    const next = i + 1 < n && !tokens[i + 1]!.breakBefore && !used[i + 1] ? tokens[i + 1]!.key : undefined;
    const prefixed = PREFIXED.exec(key);
    const prefixCountry = prefixed ? countryByPrefix(prefixed[1]!) : undefined;
    if (prefixCountry?.postcode) {
      const code = fitPostcode(prefixCountry, prefixed![2]!, next);
      if (code) {
        country ??= prefixCountry;
        written.unshift(tokens[i]!.text.slice(0, tokens[i]!.text.indexOf("-")));
        [codeAt, codeLength, postalCode] = [i, code.includes(" ") ? 2 : 1, code];
        break;
      }
    }
    if (followedByStreetType(tokens, i, segEnd[i]!)) continue; // "12345 route de…" is a house number
    const target = country ?? defaultCountry;
    const code = fitPostcode(target, key, next);
    if (code) {
      [codeAt, codeLength, postalCode] = [i, code.includes(" ") ? 2 : 1, code];
    } else if (target === FRANCE && TWO_DIGITS.test(key) && next !== undefined && THREE_DIGITS.test(next)) {
      // "75 002 Paris": a French code typed in two groups.
      [codeAt, codeLength, postalCode] = [i, 2, key + next];
    } else if (
      target === FRANCE &&
      FOUR_DIGITS.test(key) &&
      next !== undefined &&
      LETTERS.test(next) &&
      !matchPhrase(tokens, i + 1, segEnd[i]!) &&
      !(i > 0 && MONTHS.has(tokens[i - 1]!.key))
    ) {
      // ("RUE DU 8 MAI 1945 MOULLE": a year after a month is the street's date, not a code.)
      // Excel drops the leading zero of 01000…09999 when a column is typed as numbers.
      postalCode = `0${key}`;
      [codeAt, codeLength] = [i, 1];
      issues.push(leadingZeroLost(key, postalCode));
    } else if (!country && next) {
      const pair = `${key} ${next}`;
      if (GB_POSTCODE.test(pair) || CA_POSTCODE.test(pair)) {
        country = countryByName(GB_POSTCODE.test(pair) ? "GB" : "CA");
        [codeAt, codeLength, postalCode] = [i, 2, pair];
      }
    }
  }

  let city = "";
  let cedex = "";
  if (codeAt >= 0) {
    for (let k = codeAt; k < codeAt + codeLength; k++) used[k] = 1;
    const after = takeCityAfter(tokens, codeAt + codeLength, segEnd[codeAt]!, used);
    city = after;
    if (!city) city = takeCityBefore(tokens, codeAt, segEnd, used, country ?? defaultCountry);
    if (!city && codeAt + codeLength === segEnd[codeAt]! && segEnd[codeAt]! < n) {
      const nextSegment = segEnd[codeAt]!;
      if (!HAS_DIGIT.test(tokens[nextSegment]!.key) && !matchPhrase(tokens, nextSegment, segEnd[nextSegment]!)) {
        city = takeCityAfter(tokens, nextSegment, segEnd[nextSegment]!, used);
      }
    }
    if (!city) city = takeCityFromPreviousSegment(tokens, codeAt, segEnd, used);
    cedex = takeCedex(tokens, used, segEnd);
  } else {
    city = takeLastSegmentAsCity(tokens, segEnd, used);
  }
  return {
    country: country ?? defaultCountry,
    countryWritten: written.join(" "),
    postalCode,
    city,
    cedex,
    used,
    issues,
  };
}

/** For each token, the index just past its segment. */
function segmentEnds(tokens: readonly AddressToken[]): number[] {
  const ends = new Array<number>(tokens.length);
  let end = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    ends[i] = end;
    if (tokens[i]!.breakBefore) end = i;
  }
  return ends;
}

function phraseKey(tokens: readonly AddressToken[], from: number, to: number): string {
  let key = "";
  for (let k = from; k < to; k++) key += (k > from ? " " : "") + tokens[k]!.key.replace(SUBWORDS, " ");
  return key;
}

/** A country name: the whole last segment, or the last words of it ("75002 Paris France"). */
function findCountryName(tokens: readonly AddressToken[], used: Uint8Array, written: string[]): Country | undefined {
  const n = tokens.length;
  if (n === 0) return undefined;
  let segStart = n - 1;
  while (segStart > 0 && !tokens[segStart]!.breakBefore) segStart--;
  // Fast exit on a million rows: most addresses do not end with a word that ends a country name.
  if (!endsCountryName(tokens[n - 1]!.key)) return undefined;
  const whole = n - segStart <= MAX_COUNTRY_NAME_WORDS ? countryByName(phraseKey(tokens, segStart, n)) : undefined;
  if (whole) return markCountry(tokens, segStart, whole, used, written);
  for (let words = Math.min(MAX_COUNTRY_NAME_WORDS, n - segStart - 1); words >= 1; words--) {
    const key = phraseKey(tokens, n - words, n);
    // "L-1234 Luxembourg", "98000 Monaco": right after a postcode, the name is the town.
    const before = tokens[n - words - 1]?.key ?? "";
    const afterCode = before.length >= 4 && HAS_DIGIT.test(before);
    const country = key.length >= 4 && !afterCode && !endsStreetName(tokens, segStart, n - words) ? countryByName(key) : undefined;
    if (country) return markCountry(tokens, n - words, country, used, written);
  }
  return undefined;
}

/** "57 BD ANATOLE FRANCE": back from the name, a street type before any number makes it the street's. */
function endsStreetName(tokens: readonly AddressToken[], segStart: number, at: number): boolean {
  for (let k = at - 1; k >= segStart; k--) {
    if (HAS_DIGIT.test(tokens[k]!.key)) return false;
    if (matchPhrase(tokens, k, at)?.kind === "streetType") return true;
  }
  return false;
}

function markCountry(tokens: readonly AddressToken[], from: number, country: Country, used: Uint8Array, written: string[]): Country {
  for (let k = from; k < tokens.length; k++) used[k] = 1;
  written.push(
    tokens
      .slice(from)
      .map((t) => t.text)
      .join(" "),
  );
  return country;
}

function fitPostcode(country: Country, key: string, next: string | undefined): string | undefined {
  const pattern = country.postcode;
  if (!pattern) return undefined;
  if (country.postcodeTwoTokens && next !== undefined && pattern.test(`${key} ${next}`)) return `${key} ${next}`;
  return pattern.test(key) ? key : undefined;
}

function followedByStreetType(tokens: readonly AddressToken[], i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const phrase = matchPhrase(tokens, i + 1, end);
  return phrase?.kind === "streetType" && !phrase.weak;
}

/** Town words after the code, up to CEDEX, the segment's end, or a street ("75002 Paris 12 rue…"). */
function takeCityAfter(tokens: readonly AddressToken[], from: number, end: number, used: Uint8Array): string {
  const words: string[] = [];
  for (let k = from; k < end && !used[k]; k++) {
    const key = tokens[k]!.key;
    if (CEDEX_WORDS.has(key)) break;
    if (words.length > 0) {
      const phrase = matchPhrase(tokens, k, end);
      const afterArticle = ARTICLES.has(tokens[k - 1]!.key); // "LA TOUR DU PIN", "LE PORT"
      if (phrase && phrase.kind !== "streetType" && !afterArticle) break;
      // A street type opens a street only with a name after it: "SAINT OMER EN CHAUSSEE",
      // "LE COURS", "SAINT JEAN DE LA RUELLE" are towns.
      if (phrase?.kind === "streetType" && !phrase.weak && !phrase.afterNumberOnly && !afterArticle && k + phrase.length < end) break;
      // A number in the town is an arrondissement only at the end ("PARIS 16", "LYON 3E CEDEX");
      // anywhere else it is the house number of a street typed after the town.
      if (HAS_DIGIT.test(key) && (!ARRONDISSEMENT.test(key) || !endsTown(tokens, k + 1, end, used))) break;
    }
    words.push(tokens[k]!.text);
    used[k] = 1;
  }
  return words.join(" ");
}

function endsTown(tokens: readonly AddressToken[], at: number, end: number, used: Uint8Array): boolean {
  return at >= end || used[at] === 1 || CEDEX_WORDS.has(tokens[at]!.key);
}

/** Town words before the code: "London SW1A 2AA", "Washington, DC 20500", "…rue X Paris 75002". */
function takeCityBefore(tokens: readonly AddressToken[], codeAt: number, segEnd: readonly number[], used: Uint8Array, country: Country): string {
  let start = codeAt;
  while (start > 0 && !tokens[start]!.breakBefore) start--;
  if (start === codeAt) return "";
  const words: number[] = [];
  for (let k = start; k < codeAt; k++) if (!used[k]) words.push(k);
  if (words.length === 0) return "";
  // US / CA / AU: "DC 20500" — the town is the segment before the state.
  if (STATE_BEFORE_CODE.has(country.iso) && words.length === 1 && tokens[words[0]!]!.key.length <= 3 && start > 0) {
    let prev = start - 1;
    while (prev > 0 && !tokens[prev]!.breakBefore) prev--;
    const town: number[] = [];
    for (let k = prev; k < start; k++) if (!used[k]) town.push(k);
    if (town.length > 0 && !town.some((k) => HAS_DIGIT.test(tokens[k]!.key))) words.unshift(...town);
  }
  // Same segment as the street: only the last word can safely be the town.
  const streetLike = words.some((k) => HAS_DIGIT.test(tokens[k]!.key) || matchPhrase(tokens, k, segEnd[k]!));
  const take = streetLike ? words.slice(-1) : words;
  for (const k of take) used[k] = 1;
  return take.map((k) => tokens[k]!.text).join(" ");
}

function takeCedex(tokens: readonly AddressToken[], used: Uint8Array, segEnd: readonly number[]): string {
  for (let k = 0; k < tokens.length; k++) {
    if (used[k] || !CEDEX_WORDS.has(tokens[k]!.key)) continue;
    used[k] = 1;
    let cedex = tokens[k]!.text;
    if (k + 1 < segEnd[k]! && !used[k + 1] && CEDEX_NUMBER.test(tokens[k + 1]!.key)) {
      used[k + 1] = 1;
      cedex += ` ${tokens[k + 1]!.text}`;
    }
    return cedex;
  }
  return "";
}

/** No postcode: a last segment of plain words ("12 rue X, Paris") is the town. */
function takeLastSegmentAsCity(tokens: readonly AddressToken[], segEnd: readonly number[], used: Uint8Array): string {
  let end = tokens.length;
  while (end > 0 && used[end - 1]) end--;
  let start = end - 1;
  while (start > 0 && !tokens[start]!.breakBefore) start--;
  if (start <= 0 || end <= start) return "";
  for (let k = start; k < end; k++) {
    if (used[k] || HAS_DIGIT.test(tokens[k]!.key) || matchPhrase(tokens, k, segEnd[k]!)) return "";
  }
  for (let k = start; k < end; k++) used[k] = 1;
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(" ");
}

/** "12 rue X, Lyon (69003)", "…, Lyon, 69003": the code alone, the town in the segment before. */
function takeCityFromPreviousSegment(tokens: readonly AddressToken[], codeAt: number, segEnd: readonly number[], used: Uint8Array): string {
  if (codeAt === 0 || !tokens[codeAt]!.breakBefore) return "";
  let start = codeAt - 1;
  while (start > 0 && !tokens[start]!.breakBefore) start--;
  if (start === 0) return ""; // nothing before it: "Le Bourg, 24200" may be a place, not the town
  for (let k = start; k < codeAt; k++) if (used[k] || HAS_DIGIT.test(tokens[k]!.key)) return "";
  if (matchPhrase(tokens, start, segEnd[start]!)) return "";
  for (let k = start; k < codeAt; k++) used[k] = 1;
  return tokens
    .slice(start, codeAt)
    .map((t) => t.text)
    .join(" ");
}
