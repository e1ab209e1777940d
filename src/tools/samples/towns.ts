import { createRequire } from "node:module";
import { pick, weightedPicker, type Rand, type Weighted } from "./random";

/** One line of the codes-postaux package (La Poste / INSEE data, MIT). */
export interface PostalEntry {
  readonly codePostal: string;
  readonly codeCommune: string;
  readonly nomCommune: string;
  readonly libelleAcheminement: string;
}

/** A real French town, with what people write for it. */
export interface FrenchTown {
  readonly postalCode: string;
  /** INSEE name, "Lyon 3e Arrondissement", "Saint-Étienne". */
  readonly name: string;
  /** La Poste routing label, "LYON", "SAINT-ETIENNE", "ST PRIEST". */
  readonly label: string;
  /** The name without its arrondissement: "Lyon". */
  readonly baseName: string;
  /** "3e" for "Lyon 3e Arrondissement", else "". */
  readonly arrondissement: string;
}

const ARRONDISSEMENT = / (\d+(?:er|e)) Arrondissement$/;

function toTown(entry: PostalEntry): FrenchTown {
  const match = ARRONDISSEMENT.exec(entry.nomCommune);
  return {
    postalCode: entry.codePostal,
    name: entry.nomCommune,
    label: entry.libelleAcheminement,
    baseName: match ? entry.nomCommune.slice(0, match.index) : entry.nomCommune,
    arrondissement: match?.[1] ?? "",
  };
}

let entries: readonly PostalEntry[] | null = null;

/** The whole codes-postaux list, read once (it is local: no network, see DESIGN §8). */
export function postalEntries(): readonly PostalEntry[] {
  if (!entries) {
    const require = createRequire(import.meta.url);
    entries = require("codes-postaux/codes-postaux.json") as PostalEntry[];
  }
  return entries;
}

/**
 * Where the customers of "Boutique Tria", a small business near Lyon, live: mostly the
 * Rhône and the neighbouring departments, the big towns around Lyon, some Paris / Lyon /
 * Marseille arrondissements, the rest of France, and a few overseas.
 */
type Area = "rhone" | "nearLyon" | "bigTowns" | "lyon" | "paris" | "marseille" | "france" | "reunion" | "guadeloupe" | "martinique";

const AREA_WEIGHTS: Weighted<Area> = [
  ["rhone", 26], ["nearLyon", 18], ["bigTowns", 14], ["lyon", 9], ["paris", 8], ["marseille", 3],
  ["france", 16], ["reunion", 2], ["guadeloupe", 1.2], ["martinique", 0.8],
];

/** Big towns around Lyon, weighted up because most customers live in towns, not villages. */
const BIG_TOWNS: readonly (readonly [string, string])[] = [
  ["69100", "Villeurbanne"], ["69200", "Vénissieux"], ["69120", "Vaulx-en-Velin"], ["69500", "Bron"],
  ["69300", "Caluire-et-Cuire"], ["69800", "Saint-Priest"], ["69400", "Villefranche-sur-Saône"],
  ["38000", "Grenoble"], ["42000", "Saint-Étienne"], ["01000", "Bourg-en-Bresse"], ["38200", "Vienne"],
  ["69130", "Écully"], ["69330", "Meyzieu"], ["69140", "Rillieux-la-Pape"], ["69230", "Saint-Genis-Laval"],
  ["73000", "Chambéry"], ["71000", "Mâcon"], ["69150", "Décines-Charpieu"],
];

const NEAR_LYON_DEPARTMENTS = ["01", "38", "42", "71", "73", "74"];

export interface TownPicker {
  (rand: Rand): FrenchTown;
}

let picker: TownPicker | null = null;

export function townPicker(): TownPicker {
  if (picker) return picker;
  const all = postalEntries();
  const metro: FrenchTown[] = [];
  const byArea = new Map<Area, FrenchTown[]>();
  const add = (area: Area, town: FrenchTown) => {
    const list = byArea.get(area) ?? [];
    list.push(town);
    byArea.set(area, list);
  };
  for (const entry of all) {
    const town = toTown(entry);
    const code = entry.codePostal;
    const isArrondissement = town.arrondissement !== "";
    if (code.startsWith("97")) {
      if (code.startsWith("974")) add("reunion", town);
      else if (code.startsWith("971")) add("guadeloupe", town);
      else if (code.startsWith("972")) add("martinique", town);
      continue;
    }
    metro.push(town);
    if (isArrondissement && town.baseName === "Paris") add("paris", town);
    else if (isArrondissement && town.baseName === "Lyon") add("lyon", town);
    else if (isArrondissement && town.baseName === "Marseille") add("marseille", town);
    else if (code.startsWith("69")) add("rhone", town);
    else if (NEAR_LYON_DEPARTMENTS.includes(code.slice(0, 2))) add("nearLyon", town);
    const big = BIG_TOWNS.some(([cp, name]) => cp === code && name === entry.nomCommune);
    if (big) add("bigTowns", town);
  }
  byArea.set("france", metro);
  if ((byArea.get("bigTowns")?.length ?? 0) !== BIG_TOWNS.length) {
    throw new Error("towns: a big town is missing from codes-postaux; update BIG_TOWNS");
  }
  const pickArea = weightedPicker(AREA_WEIGHTS);
  picker = (rand) => pick(rand, byArea.get(pickArea(rand)) ?? metro);
  return picker;
}

let anyPicker: TownPicker | null = null;

/** Any French postal code and commune, each equally likely: a national file, for the bench. */
export function anyTownPicker(): TownPicker {
  if (!anyPicker) {
    const towns = postalEntries().map(toTown);
    anyPicker = (rand) => pick(rand, towns);
  }
  return anyPicker;
}
