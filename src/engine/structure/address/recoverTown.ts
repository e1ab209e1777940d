import { townDistance } from "./townDistance";
import type { SplitAddressParts } from "./addressParts";
import { longerNamesAt, townAtCode, type PostalIndex } from "./postalIndex";
import { townKey } from "./townKey";
import { type BoundedMemo, memoAttachedTo } from "../memo/boundedMemo";

/** At most this many trailing street words can be a town ("Saint-Jean-de-Ceyrargues" is 4). */
const MAX_TOWN_WORDS = 6;

/**
 * The town the splitter could not see, found with the postal-code base. Without a postal code
 * nothing marks where the street ends ("30 quai des Jardins Saint-Jean-de-Ceyrargues"), and with
 * a code but no town the last street word looks like one ("32 rue de la Paix 71390" → "PAIX").
 * A known town at the end of the street words is taken as the town; a "town" that is no town
 * and no typo of one at that code goes back to the street. Returns null when nothing changes.
 */
export function recoverTown(index: PostalIndex, parts: SplitAddressParts): SplitAddressParts | null {
  if (parts.country !== "FR") return null;
  let current = parts;
  if (current.city !== "" && current.postalCode !== "" && isNotATownAtCode(index, current.postalCode, current.city)) {
    current = withStreetName(current, `${current.streetName} ${current.city}`.trim(), "");
  }
  // Without a postal code, analyseAddress looked for the town at the end of the text already.
  if (current.city === "" && current.postalCode !== "") {
    const inStreet = townAtEnd(index, current.streetName);
    if (inStreet) current = withStreetName(current, inStreet.rest, inStreet.town);
  }
  // "Bâtiment C Chevagny-sur-Guye": the town after a building complement.
  if (current.city === "" && current.postalCode !== "" && current.buildingComplement !== "") {
    const inComplement = townAtEnd(index, current.buildingComplement);
    if (inComplement) current = withBuildingComplement(current, inComplement.rest, inComplement.town);
  }
  return current === parts ? null : current;
}

// The same code and town come back on many rows; the fuzzy comparison runs once per pair.
const notATown = new WeakMap<PostalIndex, BoundedMemo<boolean>>();

function isNotATownAtCode(index: PostalIndex, postalCode: string, city: string): boolean {
  const { atCode, known, key } = townAtCode(index, postalCode, city);
  if (!atCode || known) return false;
  const towns = index.byCode.get(postalCode)!;
  return memoAttachedTo(notATown, index).get(`${postalCode}\u0000${key}`, () => farFromEveryTown(towns, key, city));
}

function farFromEveryTown(towns: NonNullable<ReturnType<PostalIndex["byCode"]["get"]>>, key: string, city: string): boolean {
  // A typo of a town at this code ("APMUIS" for AMPUIS) is a town, and so is the start of a
  // longer name ("SARLAT" for SARLAT-LA-CANEDA): the check will fix it.
  if (longerNamesAt(towns, city).length > 0) return false;
  const limit = Math.max(2, Math.floor(key.length / 3));
  return !towns.some((town) => town.keys.some((known) => townDistance(known, key, limit) <= limit));
}

function townAtEnd(index: PostalIndex, text: string): { rest: string; town: string } | null {
  const words = text.split(/\s+/).filter((word) => word !== "");
  // Keep at least one word for the street; try the longest town first ("SAINT JEAN DE CEYRARGUES").
  for (let take = Math.min(MAX_TOWN_WORDS, words.length - 1); take >= 1; take--) {
    const town = words.slice(words.length - take).join(" ");
    if (index.byTown.has(townKey(town))) return { rest: words.slice(0, words.length - take).join(" "), town };
  }
  return null;
}

function withStreetName(parts: SplitAddressParts, streetName: string, city: string): SplitAddressParts {
  const street = [parts.streetType, streetName].filter((p) => p !== "").join(" ");
  return { ...parts, streetName, street, city };
}

function withBuildingComplement(parts: SplitAddressParts, buildingComplement: string, city: string): SplitAddressParts {
  const complement = [buildingComplement, parts.recipientComplement].filter((p) => p !== "").join(" ");
  return { ...parts, buildingComplement, complement, city };
}
