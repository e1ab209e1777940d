import { foldWords } from "./foldText";

/**
 * The key two town spellings share when they name the same town: folded, CEDEX and its
 * number dropped, St / Ste / S/ spelled out, arrondissements of Paris, Lyon and Marseille
 * dropped ("Paris 2e", "PARIS 02", "Lyon 3ème", "Paris 1er Arrondissement" → PARIS), then
 * spaces removed so hyphens and spacing do not matter ("LA REDORTE" = "LAREDORTE").
 */
const EXPAND: ReadonlyMap<string, string> = new Map(
  Object.entries({ ST: "SAINT", STE: "SAINTE", STS: "SAINTS", STES: "SAINTES", S: "SUR", GD: "GRAND", GDE: "GRANDE" }),
);
const CEDEX = /\b(CEDEX|CDX)(\s+\d{1,3})?\b/g;
const TRAILING_NUMBER = /(?<=[A-Z]) \d{1,2}\s*(ER|E|EME|ME|ERE)?( ARRONDISSEMENT| ARR)?$/;
const ARRONDISSEMENT = /^(PARIS|LYON|MARSEILLE)\s+\d{1,2}\s*(ER|E|EME|ME|ERE)?(\s+ARRONDISSEMENT|\s+ARR)?$/;

export function townKey(town: string): string {
  // One row keys the same town several times in a row (recoverTown, checkPostalTown,
  // officialTown): on 100k varied rows, 191,602 of 360,930 calls, answered here.
  if (town === lastTown) return lastKey;
  lastKey = computeTownKey(town);
  lastTown = town;
  return lastKey;
}

let lastTown: string | null = null;
let lastKey = "";

// No memo by town: keying a town (one pass of foldWords, most towns without a digit) now
// costs less than looking it up in a Map of 100,000+ spellings. On 1,048,576 varied rows the
// memo's own Map work was ~10 s of a 250 s profile.

function computeTownKey(town: string): string {
  let words = foldWords(town);
  // foldWords leaves single spaces and no digit in most towns: the patterns below need a
  // digit or a CEDEX to change anything, and were a third of the Structure job's town work.
  if (hasDigit(words) || words.includes("CEDEX") || words.includes("CDX")) {
    words = words.replace(CEDEX, " ").replace(/\s+/g, " ").trim();
    const arr = ARRONDISSEMENT.exec(words);
    if (arr) words = arr[1]!;
    // No commune name ends with a number: "PRAIS 16" is a misspelt arrondissement, keyed PRAIS.
    else words = words.replace(TRAILING_NUMBER, "");
  }
  // The words spelt out and joined with no space, without an array per town.
  let key = "";
  for (let start = 0; ;) {
    const end = words.indexOf(" ", start);
    const word = end < 0 ? words.slice(start) : words.slice(start, end);
    key += EXPAND.get(word) ?? word;
    if (end < 0) return key;
    start = end + 1;
  }
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

const ARRONDISSEMENT_NUMBER = /^(PARIS|LYON|MARSEILLE)\s+(\d{1,2})\s*(ER|E|EME|ME|ERE)?(\s+ARRONDISSEMENT|\s+ARR)?$/;
const ARRONDISSEMENTS: Readonly<Record<string, { count: number; code: (n: number) => string }>> = {
  PARIS: { count: 20, code: (n) => `750${String(n).padStart(2, "0")}` },
  LYON: { count: 9, code: (n) => `6900${n}` },
  MARSEILLE: { count: 16, code: (n) => `130${String(n).padStart(2, "0")}` },
};

/** "Paris 2e" → 75002, "Lyon 3ème" → 69003, "Marseille 13" → 13013 (INSEE arrondissements municipaux). */
export function arrondissementCode(town: string): string | undefined {
  // No digit, no arrondissement: folding makes no digit (accents and signs only go), and most
  // texts asked are a street's last words tried as a town (findTownAnywhere, on each row without a code).
  if (!hasDigit(town)) return undefined;
  const match = ARRONDISSEMENT_NUMBER.exec(foldWords(town).replace(CEDEX, " ").replace(/\s+/g, " ").trim());
  if (!match) return undefined;
  const city = ARRONDISSEMENTS[match[1]!]!;
  const n = Number(match[2]);
  return n >= 1 && n <= city.count ? city.code(n) : undefined;
}
