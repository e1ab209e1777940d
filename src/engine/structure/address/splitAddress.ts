import type { FieldIssue } from "../fieldIssue";
import { ADDRESS_EMPTY, NO_CITY, NO_POSTAL_CODE, NO_STREET } from "./addressIssues";
import { EMPTY_PARTS, type SplitAddressParts } from "./addressParts";
import { FRANCE, countryByIso } from "./countries";
import { findPostalBlock } from "./findPostalBlock";
import { splitStreetPart } from "./splitStreetPart";
import { tokenizeAddress } from "./tokenizeAddress";

/**
 * splitAddress("12 bis, rue de la Paix 75002 PARIS") → number "12 BIS", street "RUE DE LA PAIX",
 * postalCode "75002", city "PARIS", country "FR", and FieldIssues (incomplete when there is no
 * postal code, town or street).
 *
 * Hand-written on purpose: no library parses French addresses offline (libpostal needs a 2 GB
 * model and native code; the BAN geocoder is an online service). The rules follow AFNOR
 * NF Z10-011 and La Poste's writing guide: a postal block (postcode, town, CEDEX, country)
 * found wherever it was typed, then the street part read keyword by keyword. French first,
 * then Belgium, Switzerland, Luxembourg (number after the street, 4-digit codes, CH- / L- /
 * B- prefixes) and other countries for postcode, town and country.
 *
 * Pure and fast (a few µs per address): vocabulary and regexes are built once at load.
 */
// Activity zones (ZI, ZA, ZAC, ZAE) are addressed by their name alone.
const ZONE = /^(ZI|ZA|ZAC|ZAE|ZONE)\b/;

export interface SplitAddressOptions {
  /** ISO code of the country assumed when none is typed. Default "FR". */
  readonly defaultCountry?: string;
}

export interface SplitAddressResult {
  readonly parts: SplitAddressParts;
  readonly issues: readonly FieldIssue[];
}

export function splitAddress(text: string, options: SplitAddressOptions = {}): SplitAddressResult {
  const defaultCountry = (options.defaultCountry && countryByIso(options.defaultCountry)) || FRANCE;
  const tokens = tokenizeAddress(typeof text === "string" ? text : String(text ?? ""));
  if (tokens.length === 0) return { parts: { ...EMPTY_PARTS, country: defaultCountry.iso }, issues: [ADDRESS_EMPTY] };

  const block = findPostalBlock(tokens, defaultCountry);
  const street = splitStreetPart(tokens, block.used);
  const streetFull = joinTwo(street.streetType, street.streetName);
  const parts: SplitAddressParts = {
    number: street.number,
    streetType: street.streetType,
    streetName: street.streetName,
    street: streetFull,
    streetWritten: street.streetWritten,
    recipientComplement: street.recipientComplement,
    buildingComplement: street.buildingComplement,
    complement: joinTwo(street.buildingComplement, street.recipientComplement),
    lieuDit: street.lieuDit,
    postBox: street.postBox,
    postalCode: block.postalCode,
    city: block.city,
    cedex: block.cedex,
    country: block.country.iso,
    countryWritten: block.countryWritten,
    leftover: street.leftover,
  };
  const issues: FieldIssue[] = block.issues;
  if (!parts.postalCode) issues.push(NO_POSTAL_CODE);
  if (!parts.city) issues.push(NO_CITY);
  const inZone = ZONE.test(parts.buildingComplement); // "ZA Les Estroublans": the zone is the address
  if (!parts.street && !parts.number && !parts.lieuDit && !parts.postBox && !inZone) issues.push(NO_STREET);
  return { parts, issues };
}

function joinTwo(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}
