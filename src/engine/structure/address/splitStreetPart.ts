import { ARTICLES, BUILDING_WHEN_UNNUMBERED, NUMBER_MARKERS, NUMBER_SUFFIXES, ZONE_WORDS, type PhraseKind, matchPhrase } from "./addressVocabulary";
import type { AddressToken } from "./tokenizeAddress";

/**
 * The street part of an address (what findPostalBlock left): number, street type and name,
 * the recipient's and the building's complements, lieu-dit, BP / CS / TSA. Each keyword opens
 * a new item ("Résidence Les Pins Bât B 3 av. Foch" → résidence, bâtiment, street); a number
 * followed by a street type opens the street.
 */
export interface StreetPart {
  readonly number: string;
  readonly streetType: string;
  readonly streetName: string;
  readonly streetWritten: string;
  readonly recipientComplement: string;
  readonly buildingComplement: string;
  readonly lieuDit: string;
  readonly postBox: string;
  readonly leftover: string;
}

type ItemKind = Exclude<PhraseKind, "streetType"> | "street" | "plain";
interface Item {
  kind: ItemKind;
  /** Token indices in typing order. */
  readonly at: number[];
  /** Tokens of the opening keyword (0 for street and plain). */
  keywordLength: number;
}

// A house number: 12, 12B, 12BIS, 12-14, 12/14 (La Poste accepts B, T, Q for bis, ter, quater).
const HOUSE_NUMBER = /^\d{1,5}(?:[A-Z]|BIS|TER|QUATER)?(?:[-/]\d{1,5}[A-Z]?)?$/;
const HAS_DIGIT = /\d/;
const ORDINAL = /^\d{1,3}(?:E|EME|ER|ERE|ME|°)$/;

export function splitStreetPart(tokens: readonly AddressToken[], used: Uint8Array): StreetPart {
  const segments = restSegments(tokens, used);
  const items: Item[] = [];
  const leftover: string[] = [];
  for (const segment of segments) readSegment(tokens, segment, items, leftover);
  return assemble(tokens, items, leftover);
}

/** Unused tokens grouped in segments; a removed token (postcode, town) also ends a segment. */
function restSegments(tokens: readonly AddressToken[], used: Uint8Array): number[][] {
  const segments: number[][] = [];
  let current: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) {
      current = undefined;
      continue;
    }
    if (!current || tokens[i]!.breakBefore) {
      current = [];
      segments.push(current);
    }
    current.push(i);
  }
  // "12 bis, rue de la Paix": a segment of only a number joins the next one.
  for (let s = segments.length - 2; s >= 0; s--) {
    if (allNumberish(tokens, segments[s]!)) {
      segments[s] = [...segments[s]!, ...segments[s + 1]!];
      segments.splice(s + 1, 1);
    }
  }
  return segments;
}

function allNumberish(tokens: readonly AddressToken[], segment: readonly number[]): boolean {
  for (const i of segment) if (!isNumberish(tokens[i]!.key)) return false;
  return true;
}

function isNumberish(key: string): boolean {
  return HOUSE_NUMBER.test(key) || NUMBER_SUFFIXES.has(key) || NUMBER_MARKERS.has(key);
}

function readSegment(tokens: readonly AddressToken[], segment: readonly number[], items: Item[], leftover: string[]): void {
  // matchPhrase works on consecutive tokens: view the segment as its own array.
  const end = segment.length;
  const view = new Array<AddressToken>(end);
  for (let k = 0; k < end; k++) view[k] = tokens[segment[k]!]!;
  let current: Item | undefined;
  for (let p = 0; p < end; p++) {
    const key = view[p]!.key;
    const next = p + 1 < end ? view[p + 1]!.key : "";
    // "N° 12", "no 12", "numéro 12": the marker is kept in leftover, the number read as usual.
    // A bare letter N ("Bât N 12") is not a marker.
    const isMarker = NUMBER_MARKERS.has(key) && HOUSE_NUMBER.test(next) && view[p]!.text !== "N";
    if (isMarker && current?.kind !== "street") {
      leftover.push(view[p]!.text);
      continue;
    }
    const phrase = matchPhrase(view, p, end);
    if (phrase?.kind === "building" && ZONE_WORDS.has(key) && current?.kind === "street" && onlyNumber(tokens, current)) {
      current.at.push(segment[p]!); // "12 ZI des Estroublans": a number makes the zone the voie (La Poste)
      continue;
    }
    if (phrase && phrase.kind !== "streetType") {
      const inName = current?.kind === "street" && phrase.kind === "building" && ARTICLES.has(view[p - 1]?.key ?? "");
      if (!inName) {
        const item = (current = openItem(items, phrase.kind, phrase.length));
        for (let k = 0; k < phrase.length; k++) item.at.push(segment[p + k]!);
        p += phrase.length - 1;
        if (phrase.kind === "postBox" && p + 1 < end && HAS_DIGIT.test(view[p + 1]!.key)) item.at.push(segment[++p]!);
        if (phrase.kind === "postBox") current = undefined;
        continue;
      }
    }
    if (phrase?.kind === "streetType" && startsStreet(phrase, current, view, p)) {
      (current = openItem(items, "street", 0)).at.push(segment[p]!);
      continue;
    }
    if (HOUSE_NUMBER.test(key) || ORDINAL.test(key)) {
      const valueOfKeyword = current && current.kind !== "street" && current.kind !== "plain" && current.at.length === current.keywordLength;
      const floor = ORDINAL.test(key) ? matchPhrase(view, p + 1, end) : undefined;
      if (floor?.kind === "recipient") {
        // "3e étage": the ordinal is the value, already given: what follows is not the floor's.
        const item = (current = openItem(items, "recipient", 0));
        for (let k = 0; k <= floor.length; k++) item.at.push(segment[p + k]!);
        p += floor.length;
        continue;
      }
      if (current?.kind === "street" && onlyNumber(tokens, current)) {
        current.at.push(segment[p]!); // "12 14 rue…", "12 à 14 rue…": a range of numbers
        continue;
      }
      if (!valueOfKeyword && HOUSE_NUMBER.test(key) && (numberBeforeStreetType(view, p, end) || current === undefined)) {
        (current = openItem(items, "street", 0)).at.push(segment[p]!);
        continue;
      }
    }
    (current ??= openItem(items, "plain", 0)).at.push(segment[p]!);
  }
}

const RANGE_WORDS = new Set(["A", "ET", "AU"]);

/** A street item that holds only a house number so far ("12", "12 BIS", "12 A"). */
function onlyNumber(tokens: readonly AddressToken[], item: Item): boolean {
  for (const i of item.at) {
    const key = tokens[i]!.key;
    if (!HOUSE_NUMBER.test(key) && !NUMBER_SUFFIXES.has(key) && !RANGE_WORDS.has(key)) return false;
  }
  return item.at.length > 0;
}

function openItem(items: Item[], kind: ItemKind, keywordLength: number): Item {
  const item: Item = { kind, at: [], keywordLength };
  items.push(item);
  return item;
}

function startsStreet(phrase: { weak: boolean; afterNumberOnly: boolean }, current: Item | undefined, view: readonly AddressToken[], p: number): boolean {
  const previous = view[p - 1]?.key ?? "";
  if (current?.kind === "street") {
    // "12 rue…" already open: a type right after the number belongs to it; later ones are in the name.
    return false;
  }
  if (phrase.afterNumberOnly) return false;
  if (current === undefined) return true;
  if (phrase.weak || ARTICLES.has(previous)) return false;
  // "Bât B Rue de la Paix": a strong type after a complement's value opens the street; after
  // plain words it is part of a name ("Grand-Place 7" written GRAND PLACE 7).
  return current.kind !== "plain" && current.at.length > current.keywordLength;
}

function numberBeforeStreetType(view: readonly AddressToken[], p: number, end: number): boolean {
  let q = p + 1;
  if (q < end && NUMBER_SUFFIXES.has(view[q]!.key) && q + 1 < end) q++;
  return q < end && matchPhrase(view, q, end)?.kind === "streetType";
}

function assemble(tokens: readonly AddressToken[], items: readonly Item[], leftover: string[]): StreetPart {
  // Plain loops, no closures: this runs once per row on a million rows.
  let street: Item | undefined;
  let firstStreet: Item | undefined;
  let numberedPlain: Item | undefined;
  let firstPlain: Item | undefined;
  for (const item of items) {
    if (item.kind === "street") {
      firstStreet ??= item;
      if (!street && HOUSE_NUMBER.test(tokens[item.at[0]!]!.key)) street = item;
    } else if (item.kind === "plain") {
      firstPlain ??= item;
      if (!numberedPlain && HOUSE_NUMBER.test(tokens[item.at[item.at.length - 1]!]!.key)) numberedPlain = item;
    }
  }
  // No street type anywhere: a segment ending with a number ("Bahnhofstrasse 1") or the first plain one.
  street ??= firstStreet ?? numberedPlain ?? firstPlain;
  let recipient = "";
  let building = "";
  let lieuDit = "";
  let postBox = "";
  let afterStreet = false;
  let parsed = street ? parseStreet(tokens, street.at) : NO_STREET;
  // "Résidence du Parc" with no number: a building's name, line 3 (La Poste), not a voie.
  const demoted = parsed.number === "" && BUILDING_WHEN_UNNUMBERED.has(parsed.streetType);
  for (const item of items) {
    if (item === street) {
      afterStreet = true;
      if (demoted) building = append(building, parsed.streetWritten);
      continue;
    }
    if (item.kind === "lieuDit" && item.at.length > item.keywordLength) {
      // La Poste writes the lieu-dit's name alone: CAUDOS, not LIEU-DIT CAUDOS; the word is kept in leftover.
      leftover.push(textOf(tokens, item.at, 0, item.keywordLength));
      lieuDit = append(lieuDit, textOf(tokens, item.at, item.keywordLength, item.at.length));
      continue;
    }
    const words = textOf(tokens, item.at, 0, item.at.length);
    if (item.kind === "recipient") recipient = append(recipient, words);
    else if (item.kind === "building") building = append(building, words);
    else if (item.kind === "postBox") postBox = append(postBox, words);
    else if (item.kind === "lieuDit" || afterStreet) lieuDit = append(lieuDit, words);
    else building = append(building, words);
  }
  if (demoted) parsed = NO_STREET;
  return {
    number: parsed.number,
    streetType: parsed.streetType,
    streetName: parsed.streetName,
    streetWritten: parsed.streetWritten,
    recipientComplement: recipient,
    buildingComplement: building,
    lieuDit,
    postBox,
    leftover: leftover.join(" "),
  };
}

const NO_STREET = { number: "", streetType: "", streetName: "", streetWritten: "" };

function append(to: string, words: string): string {
  return to ? `${to} ${words}` : words;
}

function textOf(tokens: readonly AddressToken[], at: readonly number[], from: number, to: number): string {
  let text = "";
  for (let k = from; k < to; k++) text += k > from ? ` ${tokens[at[k]!]!.text}` : tokens[at[k]!]!.text;
  return text;
}

/** [number [suffix]] [type] name [number [suffix]] */
function parseStreet(tokens: readonly AddressToken[], at: readonly number[]) {
  const key = (k: number) => tokens[at[k]!]!.key;
  let from = 0;
  let to = at.length;
  let number = "";
  if (from < to && HOUSE_NUMBER.test(key(from))) {
    from++;
    if (from < to - 1 && NUMBER_SUFFIXES.has(key(from))) from++;
    // A range: "12 14", "12 A 14", "12 ET 14" (the hyphen of 12-14 is a space on RNVP lines).
    if (from < to - 2 && RANGE_WORDS.has(key(from)) && HOUSE_NUMBER.test(key(from + 1))) from += 2;
    else if (from < to - 1 && HOUSE_NUMBER.test(key(from))) from++;
    number = textOf(tokens, at, 0, from);
  } else if (to - from >= 2) {
    // Belgium, Switzerland, Germany…: "Rue Neuve 12", "Bahnhofstrasse 1 A".
    let end = to;
    if (NUMBER_SUFFIXES.has(key(end - 1)) && end - 2 > from && HOUSE_NUMBER.test(key(end - 2))) end--;
    if (HOUSE_NUMBER.test(key(end - 1))) {
      number = textOf(tokens, at, end - 1, to);
      to = end - 1;
    }
  }
  const view = at.map((i) => tokens[i]!);
  const phrase = from < to ? matchPhrase(view, from, to) : undefined;
  const isType = phrase?.kind === "streetType" && (!phrase.afterNumberOnly || number !== "");
  return {
    number,
    streetType: isType ? phrase.canonical : "",
    streetName: textOf(tokens, at, isType ? from + phrase.length : from, to),
    streetWritten: textOf(tokens, at, from, to),
  };
}
