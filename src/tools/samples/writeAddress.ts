import { COUNTRY_NAMES } from "./data/foreignTowns";
import { STREET_TYPES } from "./data/streets";
import type { Address } from "./customer";
import { chance, pick, weightedPicker, type Rand } from "./random";
import { capitalizeWords, stripAccents, typo } from "./text";
import type { TraitSink } from "./traits";

const ABBREVIATIONS = new Map(STREET_TYPES.map((t) => [t.name, t.abbreviations]));
const SAINT = /^Saint(e?)-/;
const HYPHENS = /-/g;

type Layout = "standard" | "commas" | "complementFirst" | "dash" | "reversed" | "noPostalCode" | "noTown" | "streetOnly" | "multiline";

const pickLayout = weightedPicker<Layout>([
  ["standard", 42], ["commas", 22], ["complementFirst", 8], ["dash", 8], ["reversed", 3],
  ["noPostalCode", 6], ["noTown", 1.5], ["streetOnly", 1.5], ["multiline", 2],
]);

function writeStreet(rand: Rand, a: Address): string {
  if (a.lieuDit) return `${pick(rand, ["Lieu-dit", "lieu dit", "LD", "Lieudit"])} ${a.lieuDit}`;
  if (a.foreign) {
    // Belgium and Switzerland put the number after the street name; Luxembourg before.
    return a.country === "LU" ? `${a.number}, ${a.streetName.toLowerCase()}` : `${a.streetName} ${a.number}`;
  }
  const r = rand();
  const type = r < 0.7 ? a.streetType : r < 0.8 ? capitalizeWords(a.streetType) : pick(rand, ABBREVIATIONS.get(a.streetType) ?? [a.streetType]);
  return `${a.number}${chance(rand, 0.15) ? "," : ""} ${type} ${a.streetName}`;
}

function writeFrenchTown(rand: Rand, a: Address, traits: TraitSink): string {
  const town = a.french;
  if (!town) return a.town;
  const r = rand();
  let text: string;
  if (r < 0.35) text = town.label;
  else if (r < 0.72) text = town.arrondissement && chance(rand, 0.5) ? `${town.baseName} ${town.arrondissement}` : town.baseName;
  else if (r < 0.8) text = town.baseName.toLowerCase();
  else if (r < 0.92) text = stripAccents(town.baseName).replace(HYPHENS, " ");
  else text = town.baseName.replace(SAINT, "St$1 ");
  if (chance(rand, 0.03) && text.length >= 5) {
    traits.push("address:townTypo");
    text = typo(rand, text);
  }
  if (a.cedex) {
    traits.push("address:cedex");
    text += chance(rand, 0.7) ? " CEDEX" : " Cedex";
  }
  return text;
}

function writeForeignTown(rand: Rand, a: Address): string {
  const country = pick(rand, COUNTRY_NAMES[a.country as "BE" | "CH" | "LU"]);
  const r = rand();
  if (r < 0.6) return `${a.postalCode} ${a.town}, ${country}`;
  if (r < 0.75) return `${a.postalCode} ${a.town} (${country})`;
  const prefix = a.country === "BE" ? "B" : a.country === "CH" ? "CH" : "L";
  return `${prefix}-${a.postalCode} ${a.town}`;
}

function extraSpaces(rand: Rand, text: string): string {
  const words = text.split(" ");
  let out = chance(rand, 0.3) ? " " : "";
  for (let i = 0; i < words.length; i++) out += (i > 0 ? (chance(rand, 0.3) ? "   " : " ") : "") + words[i];
  return out + (chance(rand, 0.5) ? "  " : "");
}

/** The one "Adresse" cell, written the many ways people write an address on one line. */
export function writeAddress(rand: Rand, a: Address | null, traits: TraitSink): string {
  if (!a || chance(rand, 0.015)) {
    traits.push("address:empty");
    return "";
  }
  if (a.lieuDit) traits.push("address:lieuDit");
  if (a.complement) traits.push("address:complement");
  if (a.foreign) traits.push("address:foreign");
  if (a.postalCode.startsWith("97")) traits.push("address:overseas");
  const street = writeStreet(rand, a);
  const complement = a.complement;
  let town: string;
  let cpTown: string;
  if (a.foreign) {
    town = "";
    cpTown = writeForeignTown(rand, a);
  } else {
    town = writeFrenchTown(rand, a, traits);
    cpTown = `${a.postalCode} ${town}`;
  }
  if (a.poBox) {
    traits.push("address:poBox");
    cpTown = chance(rand, 0.5) ? `${a.poBox} - ${cpTown}` : `${a.poBox} ${cpTown}`;
  }
  const poBoxOnly = a.poBox !== "" && chance(rand, 0.4);
  const layout: Layout | "poBoxOnly" = poBoxOnly ? "poBoxOnly" : a.foreign ? (chance(rand, 0.8) ? "commas" : "standard") : pickLayout(rand);
  let text: string;
  switch (layout) {
    case "poBoxOnly":
      // "BP 45 - 13100 Aix en Provence": a company's postal box, no street at all.
      text = cpTown;
      break;
    case "standard":
      text = `${street}${complement ? ` ${complement}` : ""} ${cpTown}`;
      break;
    case "commas":
      text = `${street}, ${complement ? `${complement}, ` : ""}${cpTown}`;
      break;
    case "complementFirst":
      text = `${complement ? `${complement} ` : ""}${street} ${cpTown}`;
      break;
    case "dash":
      text = `${street}${complement ? ` ${complement}` : ""} - ${cpTown}`;
      break;
    case "reversed":
      traits.push("address:reversed");
      text = `${cpTown} ${street}`;
      break;
    case "noPostalCode":
      traits.push("address:noPostalCode");
      text = `${street}${complement ? ` ${complement}` : ""} ${a.poBox ? `${a.poBox} ` : ""}${town}`;
      break;
    case "noTown":
      traits.push("address:noTown");
      text = `${street} ${a.postalCode}`;
      break;
    case "streetOnly":
      traits.push("address:streetOnly");
      text = street;
      break;
    case "multiline":
      // Alt+Enter in a cell: Excel stores a line feed; a CSV export quotes the field.
      traits.push("address:multiline");
      text = `${street}${complement ? `\n${complement}` : ""}\n${cpTown}`;
      break;
  }
  const r = rand();
  if (r < 0.06) {
    traits.push("address:lowercase");
    text = text.toLowerCase();
  } else if (r < 0.16) {
    traits.push("address:uppercase");
    text = text.toUpperCase();
  }
  if (layout !== "multiline" && chance(rand, 0.04)) {
    traits.push("address:extraSpaces");
    text = extraSpaces(rand, text);
  }
  return text;
}
