import { foldWords } from "./foldText";
import { BoundedMemo } from "../memo/boundedMemo";

/**
 * The key two town spellings share when they name the same town: folded, CEDEX and its
 * number dropped, St / Ste / S/ spelled out, arrondissements of Paris, Lyon and Marseille
 * dropped ("Paris 2e", "PARIS 02", "Lyon 3ème", "Paris 1er Arrondissement" → PARIS), then
 * spaces removed so hyphens and spacing do not matter ("LA REDORTE" = "LAREDORTE").
 */
const EXPAND: Readonly<Record<string, string>> = { ST: "SAINT", STE: "SAINTE", STS: "SAINTS", STES: "SAINTES", S: "SUR", GD: "GRAND", GDE: "GRANDE" };
const CEDEX = /\b(CEDEX|CDX)(\s+\d{1,3})?\b/g;
const TRAILING_NUMBER = /(?<=[A-Z]) \d{1,2}\s*(ER|E|EME|ME|ERE)?( ARRONDISSEMENT| ARR)?$/;
const ARRONDISSEMENT = /^(PARIS|LYON|MARSEILLE)\s+\d{1,2}\s*(ER|E|EME|ME|ERE)?(\s+ARRONDISSEMENT|\s+ARR)?$/;

export function townKey(town: string): string {
  return keys.get(town, computeTownKey);
}

// An address is checked against the base three times (recoverTown, checkPostalTown,
// officialTown) and France has ~35,000 town names: each spelling is keyed once.
const keys = new BoundedMemo<string>();

function computeTownKey(town: string): string {
  let words = foldWords(town).replace(CEDEX, " ").replace(/\s+/g, " ").trim();
  const arr = ARRONDISSEMENT.exec(words);
  if (arr) words = arr[1]!;
  // No commune name ends with a number: "PRAIS 16" is a misspelt arrondissement, keyed PRAIS.
  else words = words.replace(TRAILING_NUMBER, "");
  return words
    .split(" ")
    .map((w) => EXPAND[w] ?? w)
    .join("");
}

const ARRONDISSEMENT_NUMBER = /^(PARIS|LYON|MARSEILLE)\s+(\d{1,2})\s*(ER|E|EME|ME|ERE)?(\s+ARRONDISSEMENT|\s+ARR)?$/;
const ARRONDISSEMENTS: Readonly<Record<string, { count: number; code: (n: number) => string }>> = {
  PARIS: { count: 20, code: (n) => `750${String(n).padStart(2, "0")}` },
  LYON: { count: 9, code: (n) => `6900${n}` },
  MARSEILLE: { count: 16, code: (n) => `130${String(n).padStart(2, "0")}` },
};

/** "Paris 2e" → 75002, "Lyon 3ème" → 69003, "Marseille 13" → 13013 (INSEE arrondissements municipaux). */
export function arrondissementCode(town: string): string | undefined {
  const match = ARRONDISSEMENT_NUMBER.exec(foldWords(town).replace(CEDEX, " ").replace(/\s+/g, " ").trim());
  if (!match) return undefined;
  const city = ARRONDISSEMENTS[match[1]!]!;
  const n = Number(match[2]);
  return n >= 1 && n <= city.count ? city.code(n) : undefined;
}
