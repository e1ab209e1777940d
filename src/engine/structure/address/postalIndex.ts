import { townDistance } from "./townDistance";
import type { FieldIssue } from "../fieldIssue";
import { missingCode, townChoices, townMismatch, townNotAtCode, unknownPostalCode } from "./addressIssues";
import { POSTAL_FORMAT, type PackedPostalCodes, type PostalRecord, decodePostalLines } from "./postalCodeFormat";
import { arrondissementCode, townKey } from "./townKey";
import { foldWords } from "./foldText";
import { PostalTable, codeNumber } from "./postalTable";
import { type BoundedMemo, memoAttachedTo } from "../memo/boundedMemo";

/**
 * The French postal-code base as lookup maps, built once from the packed data (STYLE.md:
 * data passed in, never imported by the engine), and the postal code ↔ town check.
 *
 *   const index = buildPostalIndex(packed);          // packed = postalCodes.generated.json
 *   checkPostalTown(index, "75002", "Pari")          // → townMismatch, suggestion { city: "PARIS" }
 *   checkPostalTown(index, "", "Aix-en-Provence")    // → missingCode, suggestion { postalCode: "13090"? … only if unambiguous }
 *   officialTown(index, "13100", "aix en provence")  // → "AIX EN PROVENCE" (RNVP line 6)
 *
 * A town is compared with the commune name, the libellé d'acheminement and the ligne 5
 * (they differ in over a thousand cases) through townKey (accents, hyphens, St/Saint, CEDEX,
 * arrondissements).
 */
export interface PostalIndex {
  /** Postcode → its towns, each with every key it answers to. */
  readonly byCode: ReadonlyMap<string, readonly IndexedTown[]>;
  /** Town key → the postcodes and libellés it has. */
  readonly byTown: ReadonlyMap<string, readonly PostalRecord[]>;
  /** byCode as flat arrays, for the lookup every French row makes (postalTable.ts). */
  readonly table: PostalTable;
  readonly source: string;
}

export interface IndexedTown {
  readonly record: PostalRecord;
  readonly keys: readonly string[];
}

export type PostalCheckStatus = "ok" | "unknownCode" | "townMismatch" | "missingCode";

export interface PostalCheck {
  readonly status: PostalCheckStatus;
  /** The fix we would make: the code (from the town) or the town (closest valid one). */
  readonly suggestion?: { readonly postalCode?: string; readonly city?: string };
  readonly issues: readonly FieldIssue[];
}

export function buildPostalIndex(packed: PackedPostalCodes): PostalIndex {
  if (packed?.format !== POSTAL_FORMAT) {
    throw new Error(`Postal-code data: expected format ${POSTAL_FORMAT}; run "npx tsx src/tools/packPostalCodes.ts".`);
  }
  const byCode = new Map<string, IndexedTown[]>();
  const byTown = new Map<string, PostalRecord[]>();
  for (const record of decodePostalLines(packed.data)) {
    const keys = [...new Set([record.libelle, record.commune, record.ligne5].filter((v): v is string => !!v).map(townKey))];
    const towns = byCode.get(record.postalCode) ?? [];
    towns.push({ record, keys });
    byCode.set(record.postalCode, towns);
    for (const key of keys) {
      const list = byTown.get(key) ?? [];
      if (!list.some((r) => r.postalCode === record.postalCode)) list.push(record);
      byTown.set(key, list);
    }
  }
  return { byCode, byTown, table: new PostalTable(byCode), source: packed.source };
}

/**
 * What the base says about one typed (code, town) pair, read from the flat table: whether the
 * code has towns, the town's key and whether any town answers to it, and the first town at the
 * code that does. A French row asks this up to five times (recoverTown, the check, the official
 * spelling, RNVP line 6): the last pair is kept, so a row looks it up once (issue 11).
 */
export interface TownAtCode {
  readonly key: string;
  /** The code has towns in the base (byCode has it). */
  readonly atCode: boolean;
  /** Some town of the base answers to the key (byTown has it). */
  readonly known: boolean;
}

interface LastPair extends TownAtCode {
  readonly index: PostalIndex;
  readonly code: string;
  readonly town: string;
  /** The code as a number (codeNumber), -1 when it is not five digits. */
  readonly n: number;
  /** The table's first entry of a town at the code answering to the key, -1 when none does. */
  readonly entry: number;
  /** Filled when first asked: whether the town is typed as one of the code's libellés. */
  typedAsLibelle?: boolean;
  /** Filled when first asked: officialTown's answer (null: none). */
  official?: string | null;
}

let lastPair: LastPair | null = null;

export function townAtCode(index: PostalIndex, code: string, town: string): TownAtCode {
  return lastPairFor(index, code, town);
}

function lastPairFor(index: PostalIndex, code: string, town: string): LastPair {
  const last = lastPair;
  if (last !== null && last.index === index && last.code === code && last.town === town) return last;
  const { table } = index;
  const key = townKey(town);
  const n = codeNumber(code);
  const entry = table.firstEntry(n, key);
  // A town at the code answers to the key: known without looking among all towns (most rows).
  return (lastPair = { index, code, town, key, n, entry, atCode: table.hasCode(n), known: entry >= 0 || table.knows(key) });
}

const FIVE_DIGITS = /^\d{5}$/;
const HAS_DIGIT = /\d/;

export function checkPostalTown(index: PostalIndex, postalCode: string, town: string): PostalCheck {
  const code = (postalCode ?? "").trim();
  const pair = lastPairFor(index, code, town ?? "");
  const key = pair.key;
  if (!code) {
    const fromTown = uniqueCode(index, key, town);
    return {
      status: "missingCode",
      ...(fromTown ? { suggestion: { postalCode: fromTown.postalCode, city: fromTown.libelle } } : {}),
      issues: [missingCode(town, fromTown?.postalCode)],
    };
  }
  if (!FIVE_DIGITS.test(code) || !pair.atCode) {
    const fromTown = key ? uniqueCode(index, key, town) : undefined;
    return {
      status: "unknownCode",
      ...(fromTown ? { suggestion: { postalCode: fromTown.postalCode, city: fromTown.libelle } } : {}),
      issues: [unknownPostalCode(code, fromTown?.postalCode)],
    };
  }
  if (!key) {
    // No town typed: the code alone gives it when it serves one town (splitAddress flags the gap).
    const libelles = new Set(index.byCode.get(code)!.map((t) => t.record.libelle));
    return { status: "ok", ...(libelles.size === 1 ? { suggestion: { city: [...libelles][0]! } } : {}), issues: [] };
  }
  // Most rows: the town is at its code, answered by the table without the towns' objects.
  if (pair.entry >= 0) return { status: "ok", issues: [] };
  const towns = index.byCode.get(code)!;
  const longer = longerNamesAt(towns, town);
  if (longer.length === 1) return { status: "townMismatch", suggestion: { city: longer[0]! }, issues: [townMismatch(code, town, longer[0]!)] };
  if (longer.length > 1) return { status: "townMismatch", issues: [townChoices(code, town, longer)] };
  const closest = closestTownOnce(index, code, towns, key);
  if (closest && closest.distance <= Math.max(2, Math.floor(key.length / 3))) {
    const city = closest.town.record.libelle;
    return { status: "townMismatch", suggestion: { city }, issues: [townMismatch(code, town, city)] };
  }
  // The town exists under another code: the code is the likelier mistake.
  const known = index.byTown.get(key);
  if (known) {
    const fromTown = uniqueCode(index, key);
    if (fromTown) {
      const fix = `${fromTown.postalCode} ${fromTown.libelle}`;
      return {
        status: "townMismatch",
        suggestion: { postalCode: fromTown.postalCode, city: fromTown.libelle },
        issues: [townMismatch(code, town, fix, { part: "postalCode", value: fromTown.postalCode })],
      };
    }
    return {
      status: "townMismatch",
      issues: [
        townNotAtCode(
          code,
          town,
          known.map((r) => r.postalCode),
        ),
      ],
    };
  }
  const city = closest?.town.record.libelle ?? towns[0]!.record.libelle;
  return { status: "townMismatch", suggestion: { city }, issues: [townMismatch(code, town, city)] };
}

/**
 * "SARLAT" at 24200 is SARLAT-LA-CANEDA: the towns at the code whose name starts with the
 * typed words and goes on ("LA CANEDA"); people drop the end of long commune names. Two or
 * more ("ERIZE" at 55260: ERIZE LA BRULEE, ERIZE LA PETITE) are choices, not a fix.
 */
export function longerNamesAt(towns: readonly IndexedTown[], town: string): readonly string[] {
  const words = foldWords(town);
  if (words.length < 3) return [];
  const prefix = `${words} `;
  const found: string[] = [];
  for (const t of towns) {
    const names = [t.record.libelle, t.record.commune];
    if (names.some((name) => name !== undefined && foldWords(name).startsWith(prefix)) && !found.includes(t.record.libelle)) found.push(t.record.libelle);
  }
  return found;
}

/**
 * The libellé d'acheminement when the typed town is that town at the code but written
 * otherwise than any of its names once folded ("PARIS 4E" → PARIS, "PARIS 16EME" → PARIS 16,
 * "LAYS-SURLE-DOUBS" → LAYS SUR LE DOUBS); undefined when it is written as one of them.
 */
export function officialSpelling(index: PostalIndex, postalCode: string, town: string): string | undefined {
  // Most towns are typed as their libellé ("LYON"): answered without building a memo key.
  const pair = lastPairFor(index, postalCode, town);
  // A libellé typed as it is keys to its own town: only the entries answering to the key can hold it.
  if (!pair.atCode || (pair.typedAsLibelle ??= index.table.hasLibelle(pair.n, pair.entry, pair.key, town))) return undefined;
  return (
    memoAttachedTo(spellings, index).get(`${postalCode}\u0000${town}`, () => {
      const towns = index.byCode.get(postalCode);
      if (!towns || town === "") return undefined;
      const key = townKey(town);
      const words = foldWords(town);
      const match = townWithKey(towns, key, words);
      if (!match) return undefined;
      const names = [match.record.libelle, match.record.commune, match.record.ligne5];
      return names.some((name) => name !== undefined && foldWords(name) === words) ? undefined : match.record.libelle;
    }) ?? undefined
  );
}

const spellings = new WeakMap<PostalIndex, BoundedMemo<string | undefined>>();

/** The town at the code with this key; 13007 serves two arrondissements: "MARSEILLE 6E" is the 6th's. */
function townWithKey(towns: readonly IndexedTown[], key: string, written: string): IndexedTown | undefined {
  let first: IndexedTown | undefined;
  const number = Number(/\d+/.exec(written)?.[0] ?? Number.NaN);
  for (const t of towns) {
    if (!t.keys.includes(key)) continue;
    if (Number.isNaN(number) || Number(/\d+/.exec(t.record.commune ?? t.record.libelle)?.[0]) === number) return t;
    first ??= t;
  }
  return first;
}

/** The official upper-case town (libellé d'acheminement) for RNVP line 6, or undefined. */
export function officialTown(index: PostalIndex, postalCode: string, town: string): string | undefined {
  const pair = lastPairFor(index, (postalCode ?? "").trim(), town ?? "");
  if (pair.official === undefined) pair.official = officialTownOf(pair);
  return pair.official ?? undefined;
}

function officialTownOf(pair: LastPair): string | null {
  if (!pair.atCode) return null;
  const { index, code, key, town, entry } = pair;
  // townWithKey's first town answering to the key, unless a number in the typed town may choose
  // another (arrondissements sharing a code); none answering: townWithKey would find none either.
  if (entry >= 0 && !HAS_DIGIT.test(town)) return index.table.libelle(entry);
  const towns = index.byCode.get(code)!;
  const found = entry >= 0 ? townWithKey(towns, key, town) : undefined;
  if (found) return found.record.libelle;
  const libelles = new Set(towns.map((t) => t.record.libelle));
  return libelles.size === 1 ? [...libelles][0]! : null;
}

function uniqueCode(index: PostalIndex, key: string, town = ""): PostalRecord | undefined {
  const arrondissement = town ? arrondissementCode(town) : undefined;
  if (arrondissement) return index.byCode.get(arrondissement)?.[0]?.record;
  const records = key ? index.byTown.get(key) : undefined;
  if (!records) return undefined;
  const codes = new Set(records.map((r) => r.postalCode));
  return codes.size === 1 ? records[0] : undefined;
}

// The fuzzy search compares with every town at the code; a mistyped town comes back on
// many rows (the same customer, the same street), so each (code, town) pair is searched once.
const closestTowns = new WeakMap<PostalIndex, BoundedMemo<{ town: IndexedTown; distance: number } | undefined>>();

function closestTownOnce(index: PostalIndex, code: string, towns: readonly IndexedTown[], key: string) {
  return memoAttachedTo(closestTowns, index).get(`${code}\u0000${key}`, () => closestTown(towns, key));
}

function closestTown(towns: readonly IndexedTown[], key: string): { town: IndexedTown; distance: number } | undefined {
  let best: { town: IndexedTown; distance: number } | undefined;
  for (const town of towns) {
    for (const candidate of town.keys) {
      const d = townDistance(key, candidate, Math.max(2, Math.floor(key.length / 3)));
      if (!best || d < best.distance) best = { town, distance: d };
    }
  }
  return best;
}
