/**
 * Labelled one-line French addresses for the accuracy harness (addressAccuracy.ts): real
 * communes of the codes-postaux base, real-looking streets, typed the ways people type them
 * (issue 13: CEDEX, BP / CS, lieux-dits, numbered résidences, number suffixes, postal code
 * first, town without postal code, Paris / Lyon / Marseille arrondissements, misspelt towns,
 * short names of long communes, towns after a complement). The expected parts are written
 * from the source tuple, never from the parser's output.
 */
import { postalEntries, type PostalEntry } from "./towns";
import { chance, mulberry32, pick, randomInt, type Rand } from "./random";
import { STREET_NAMES, LIEUX_DITS } from "./data/streets";
import { stripAccents, typo } from "./text";

export interface AddressCase {
  readonly style: string;
  readonly input: string;
  readonly expected: {
    /** "12", "12 BIS" (compared without spaces). */
    readonly number: string;
    /** Canonical type + name, folded: "RUE DE LA PAIX", "RESIDENCE DU PARC", "" for none. */
    readonly street: string;
    readonly postalCode: string;
    /** Every official spelling of the town (libellé, commune name); any one is exact. */
    readonly towns: readonly string[];
    readonly postBox?: string;
    readonly lieuDit?: string;
    readonly cedex?: string;
  };
}

// [typed forms, canonical]: the type as people type it.
const TYPES: readonly (readonly [readonly string[], string])[] = [
  [["rue", "Rue", "RUE", "r."], "RUE"],
  [["avenue", "Avenue", "av.", "Av", "ave"], "AVENUE"],
  [["boulevard", "Bd", "bd", "bld"], "BOULEVARD"],
  [["place", "Place", "pl."], "PLACE"],
  [["allée", "Allée", "all."], "ALLEE"],
  [["chemin", "Chemin", "chem."], "CHEMIN"],
  [["impasse", "Impasse", "imp."], "IMPASSE"],
  [["route", "Route", "rte"], "ROUTE"],
  [["quai", "Quai"], "QUAI"],
  [["cours", "Cours"], "COURS"],
];

// Voies without a street type of their own: a number before them makes them the voie (La Poste).
const NAMED_PLACES: readonly (readonly [string, string])[] = [
  ["Résidence", "RESIDENCE"], ["Lotissement", "LOTISSEMENT"], ["Hameau", "HAMEAU"], ["Cité", "CITE"],
  ["Domaine", "DOMAINE"], ["Quartier", "QUARTIER"], ["Résidence", "RESIDENCE"], ["Lot.", "LOTISSEMENT"],
];
const PLACE_NAMES = ["du Général de Gaulle", "Jean Jaurès", "les Pins", "du Parc", "des Vergers", "la Roseraie", "Bellevue", "des Acacias", "le Clos Fleuri", "Pasteur"];
const SUFFIXES: readonly (readonly [string, string])[] = [["bis", "BIS"], ["ter", "TER"], ["BIS", "BIS"], ["quater", "QUATER"], ["B", "B"], ["A", "A"]];
const COMPLEMENTS = ["Bât. B", "Appt 12", "Résidence Les Pins", "Escalier 2", "3e étage", "2ème étage", "Bâtiment C", "chez M. Durand"];

const fold = (s: string): string => stripAccents(s).toUpperCase().replace(/[^A-Z0-9]+/g, " ").trim();
// Town names as La Poste and INSEE both write them: SAINT and ST, SAINTE and STE are one name.
const townFold = (s: string): string => fold(s).replace(/\bSAINTE\b/g, "STE").replace(/\bSAINT\b/g, "ST");

interface Town {
  readonly entry: PostalEntry;
  /** Written as the user would: one of the name forms. */
  readonly written: string;
  readonly towns: readonly string[];
}

function townForms(rand: Rand, e: PostalEntry): Town {
  const name = e.nomCommune.replace(/ \d+(er|e) Arrondissement$/, "");
  const forms = [e.libelleAcheminement, name, name.toUpperCase(), name.toLowerCase(), stripAccents(name).replace(/-/g, " ")];
  return { entry: e, written: pick(rand, forms), towns: [fold(e.libelleAcheminement), fold(e.nomCommune)] };
}

interface Street {
  readonly typed: string;
  readonly expected: string;
}

function street(rand: Rand): Street {
  const [forms, canonical] = pick(rand, TYPES);
  const name = pick(rand, STREET_NAMES);
  const typed = `${pick(rand, forms)} ${chance(rand, 0.3) ? name.toUpperCase() : name}`;
  return { typed, expected: `${canonical} ${fold(name)}` };
}

type Maker = (rand: Rand, town: Town, others: PostalTools) => { input: string; expected: Partial<AddressCase["expected"]> } | null;

interface PostalTools {
  readonly codesOfTown: ReadonlyMap<string, ReadonlySet<string>>;
  readonly codes: ReadonlySet<string>;
  readonly cedexCode: (rand: Rand, code: string) => string;
}

const num = (rand: Rand): string => String(randomInt(rand, 1, chance(rand, 0.8) ? 60 : 350));

const MAKERS: ReadonlyArray<readonly [string, Maker]> = [
  ["standard, commas", (r, t) => {
    const s = street(r);
    const n = num(r);
    return { input: `${n} ${s.typed}, ${t.entry.codePostal} ${t.written}`, expected: { number: n, street: s.expected } };
  }],
  ["upper case, no commas", (r, t) => {
    const s = street(r);
    const n = num(r);
    return { input: `${n} ${s.typed} ${t.entry.codePostal} ${t.written}`.toUpperCase(), expected: { number: n, street: s.expected } };
  }],
  ["number suffix", (r, t) => {
    const s = street(r);
    const n = num(r);
    const [typed, canon] = pick(r, SUFFIXES);
    const glued = canon.length === 1 && chance(r, 0.5);
    const input = `${n}${glued ? "" : " "}${typed}${chance(r, 0.5) ? "," : ""} ${s.typed} ${t.entry.codePostal} ${t.written}`;
    return { input, expected: { number: `${n}${canon}`, street: s.expected } };
  }],
  ["postal code first", (r, t) => {
    const s = street(r);
    const n = num(r);
    const suffix = chance(r, 0.4) ? pick(r, SUFFIXES) : undefined;
    const input = `${t.entry.codePostal} ${t.written.toUpperCase()} ${n}${suffix ? ` ${suffix[0]}` : ""} ${s.typed.toUpperCase()}`;
    return { input, expected: { number: `${n}${suffix ? suffix[1] : ""}`, street: s.expected } };
  }],
  ["numbered résidence / lotissement", (r, t) => {
    const [typed, canon] = pick(r, NAMED_PLACES);
    const name = pick(r, PLACE_NAMES);
    const n = num(r);
    const suffix = chance(r, 0.3) ? pick(r, SUFFIXES.slice(0, 4)) : undefined;
    const input = `${n}${suffix ? ` ${suffix[0]},` : ""} ${typed} ${name}, ${t.entry.codePostal} ${t.written}`;
    return { input, expected: { number: `${n}${suffix ? suffix[1] : ""}`, street: `${canon} ${fold(name)}` } };
  }],
  ["complement first", (r, t) => {
    const s = street(r);
    const n = num(r);
    return { input: `${pick(r, COMPLEMENTS)}, ${n} ${s.typed} ${t.entry.codePostal} ${t.written}`, expected: { number: n, street: s.expected } };
  }],
  ["CEDEX", (r, t, p) => {
    const s = street(r);
    const n = num(r);
    const code = p.cedexCode(r, t.entry.codePostal);
    const cedex = chance(r, 0.5) ? `CEDEX ${String(randomInt(r, 1, 9)).padStart(2, "0")}` : "CEDEX";
    const input = `${n} ${s.typed}, ${code} ${t.entry.libelleAcheminement} ${chance(r, 0.5) ? cedex : cedex.replace("CEDEX", "Cedex")}`;
    return { input, expected: { number: n, street: s.expected, postalCode: code, cedex } };
  }],
  ["CS / BP + CEDEX, no street", (r, t, p) => {
    const box = chance(r, 0.5) ? `CS ${randomInt(r, 10001, 90999)}` : `BP ${randomInt(r, 1, 999)}`;
    const code = p.cedexCode(r, t.entry.codePostal);
    return { input: `${box}, ${code} ${t.entry.libelleAcheminement} CEDEX`, expected: { number: "", street: "", postalCode: code, postBox: box, cedex: "CEDEX" } };
  }],
  ["street + BP", (r, t) => {
    const s = street(r);
    const n = num(r);
    const box = `BP ${randomInt(r, 1, 999)}`;
    return { input: `${n} ${s.typed} ${box} ${t.entry.codePostal} ${t.written}`, expected: { number: n, street: s.expected, postBox: box } };
  }],
  ["lieu-dit alone", (r, t) => {
    const ld = pick(r, LIEUX_DITS);
    const marker = pick(r, ["Lieu-dit", "lieu dit", "LD", "Lieudit"]);
    return { input: `${marker} ${ld}, ${t.entry.codePostal} ${t.written}`, expected: { number: "", street: "", lieuDit: fold(ld) } };
  }],
  ["street + lieu-dit", (r, t) => {
    const s = street(r);
    const n = num(r);
    const ld = pick(r, LIEUX_DITS);
    return { input: `${n} ${s.typed}, lieu-dit ${ld}, ${t.entry.codePostal} ${t.written}`, expected: { number: n, street: s.expected, lieuDit: fold(ld) } };
  }],
  ["town without postal code", (r, t, p) => {
    const s = street(r);
    const n = num(r);
    const codes = p.codesOfTown.get(townFold(t.entry.libelleAcheminement));
    const code = codes && codes.size === 1 ? t.entry.codePostal : "";
    const input = `${n} ${s.typed}${chance(r, 0.5) ? "," : ""} ${t.written.toUpperCase()}`;
    return { input, expected: { number: n, street: s.expected, postalCode: code } };
  }],
  ["street without number, town name in street", (r, t) => {
    const [forms, canonical] = pick(r, TYPES.slice(7, 8).concat(TYPES.slice(5, 6)));
    const other = pick(r, ["Bordeaux", "Lyon", "Paris", "Toulouse", "la Gare", "Nantes", "Saint-Malo"]);
    return { input: `${pick(r, forms)} de ${other} ${t.entry.codePostal} ${t.written}`, expected: { number: "", street: `${canonical} DE ${fold(other)}` } };
  }],
  ["complement then town, no postal code", (r, t, p) => {
    const s = street(r);
    const n = num(r);
    const codes = p.codesOfTown.get(townFold(t.entry.libelleAcheminement));
    const code = codes && codes.size === 1 ? t.entry.codePostal : "";
    const input = `${n}, ${s.typed.toUpperCase()} ${pick(r, ["2ÈME ÉTAGE", "BAT A", "APPT 3", "ZI NORD"])} ${t.written.toUpperCase()}`;
    return { input, expected: { number: n, street: s.expected, postalCode: code } };
  }],
  ["misspelt town", (r, t) => {
    const s = street(r);
    const n = num(r);
    const name = t.entry.libelleAcheminement;
    if (name.length < 6) return null;
    return { input: `${n} ${s.typed}, ${t.entry.codePostal} ${typo(r, name)}`, expected: { number: n, street: s.expected } };
  }],
  ["short name of a long commune", (r, t, p) => {
    // "Sarlat" for SARLAT-LA-CANEDA: the first word when the name goes on with an article or "sur/en".
    const m = /^([A-Z]{4,})[- ](LA|LE|LES|SUR|EN|EN-|DE)[- ]/.exec(stripAccents(t.entry.nomCommune).toUpperCase());
    if (!m || p.codesOfTown.has(m[1]!)) return null;
    // "ERIZE" at 55260 is ERIZE-LA-BRULEE or ERIZE-LA-PETITE: no one answer, left out.
    const starts = (e: PostalEntry) => e.codePostal === t.entry.codePostal && stripAccents(e.nomCommune).toUpperCase().startsWith(`${m[1]}-`);
    if (postalEntries().filter(starts).length > 1) return null;
    const s = street(r);
    const n = num(r);
    const short = t.entry.nomCommune.slice(0, m[1]!.length);
    return { input: `${n} ${s.typed} ${t.entry.codePostal} ${short}`, expected: { number: n, street: s.expected } };
  }],
];

const ARRONDISSEMENT_MAKER: Maker = (r, t) => {
  const m = / (\d+)(er|e) Arrondissement$/.exec(t.entry.nomCommune);
  if (!m) return null;
  const s = street(r);
  const n = num(r);
  const city = t.entry.nomCommune.slice(0, m.index);
  const arr = pick(r, [`${m[1]}${m[2]}`, `${m[1]}ème`, m[1]!.padStart(2, "0"), m[1]!, `${m[1]}E`]);
  // Marseille's codes straddle arrondissements: typed without a code, "Marseille 4e" is 13004.
  const withCode = chance(r, 0.6) || t.entry.codePostal !== canonicalArrondissementCode(city, Number(m[1]));
  const townTyped = `${chance(r, 0.5) ? city.toUpperCase() : city} ${arr}`;
  const input = withCode ? `${n} ${s.typed} ${t.entry.codePostal} ${townTyped}` : `${n} ${s.typed}, ${townTyped}`;
  return { input, expected: { number: n, street: s.expected } };
};

function canonicalArrondissementCode(city: string, n: number): string {
  const prefix = city === "Paris" ? "750" : city === "Lyon" ? "6900" : "130";
  return prefix + String(n).padStart(prefix.length === 4 ? 1 : 2, "0");
}

/** Real CEDEX codes are not in the public base: same department, a 3-digit ending no town has. */
function cedexCoder(codes: ReadonlySet<string>): (rand: Rand, code: string) => string {
  return (rand, code) => {
    const department = code.startsWith("97") ? code.slice(0, 3) : code.slice(0, 2);
    for (;;) {
      const candidate = (department + String(randomInt(rand, 0, 999)).padStart(3, "0")).slice(0, 5);
      if (!codes.has(candidate) && !candidate.endsWith("000")) return candidate;
    }
  };
}

export function generateAddressCases(perStyle = 120, seed = 13): AddressCase[] {
  const rand = mulberry32(seed);
  const entries = postalEntries().filter((e) => !/CEDEX/.test(e.libelleAcheminement));
  const codesOfTown = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const name of [e.libelleAcheminement, e.nomCommune]) {
      const key = townFold(name);
      const set = codesOfTown.get(key) ?? new Set<string>();
      set.add(e.codePostal);
      codesOfTown.set(key, set);
    }
  }
  const codes = new Set(entries.map((e) => e.codePostal));
  const tools: PostalTools = { codesOfTown, codes, cedexCode: cedexCoder(codes) };
  const arrondissements = entries.filter((e) => / Arrondissement$/.test(e.nomCommune));
  const cases: AddressCase[] = [];
  const add = (style: string, maker: Maker, pool: readonly PostalEntry[]) => {
    for (let made = 0, tries = 0; made < perStyle && tries < perStyle * 50; tries++) {
      const town = townForms(rand, pick(rand, pool));
      const c = maker(rand, town, tools);
      if (!c) continue;
      made++;
      cases.push({
        style,
        input: c.input,
        expected: { number: "", street: "", postalCode: town.entry.codePostal, towns: town.towns, ...c.expected },
      });
    }
  };
  for (const [style, maker] of MAKERS) add(style, maker, entries);
  add("Paris / Lyon / Marseille arrondissement", ARRONDISSEMENT_MAKER, arrondissements);
  return cases;
}
