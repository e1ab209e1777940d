import type { FieldIssue } from "../fieldIssue";
import type { SplitAddressParts } from "./addressParts";
import { ADDRESS_EMPTY, NO_CITY } from "./addressIssues";
import { checkCedexCode } from "./checkCedexCode";
import { checkPostalTown, officialSpelling, officialTown, type PostalIndex } from "./postalIndex";
import { recoverTown } from "./recoverTown";
import { rnvpLines, type RnvpRecipient, type RnvpSlots } from "./rnvpLines";
import { splitAddress, type SplitAddressResult } from "./splitAddress";
import { findTownAnywhere } from "./findTownAnywhere";
import { arrondissementCode, townKey } from "./townKey";

export interface AddressAnalysis {
  /** The parts, with the town and postal code corrected from the official base when it could. */
  readonly parts: SplitAddressParts;
  /** The six RNVP lines (AFNOR NF Z10-011), the town on line 6 in its official spelling. */
  readonly lines: RnvpSlots;
  readonly issues: readonly FieldIssue[];
}

export interface AnalyseOptions {
  /** The official postal-code base; without it, no code ↔ town check. */
  readonly index: PostalIndex | null;
  readonly defaultCountry: string;
  readonly recipient?: RnvpRecipient;
}

/**
 * Everything Tria does with one typed address: split it, find a town the splitter could not
 * see, check the postal code against the town, and write the RNVP block. The Structure job and
 * the CRM.SPLITADDRESS / CRM.RNVP worksheet functions both call this, so they always agree.
 */
export function analyseAddress(text: string, options: AnalyseOptions): AddressAnalysis {
  const { index } = options;
  const split = townFromAnywhere(index, splitAddress(text, { defaultCountry: options.defaultCountry }), text);
  const recovered = (index && recoverTown(index, split.parts)) || split.parts;
  const checked = index ? checkTown(index, recovered) : { parts: recovered, issues: [] };
  const parts = checked.parts;
  const town = index && parts.country === "FR" ? (officialTown(index, parts.postalCode, parts.city) ?? parts.city) : parts.city;
  const rnvp = rnvpLines(parts, options.recipient ?? {}, town);
  return { parts, lines: rnvp.lines, issues: mergeIssues(split.issues, recovered, checked.issues, rnvp.issues) };
}

/**
 * No postal code, and no known town where the splitter looked: the town may be anywhere at
 * the end ("…2ÈME ÉTAGE MONTREAL LA CLUSE"); the words before it are split again without it.
 */
function townFromAnywhere(index: PostalIndex | null, split: SplitAddressResult, text: string): SplitAddressResult {
  const { parts } = split;
  if (!index || parts.country !== "FR" || parts.postalCode !== "") return split;
  if (parts.city !== "" && (index.byTown.has(townKey(parts.city)) || arrondissementCode(parts.city) !== undefined)) return split;
  const found = findTownAnywhere(index, text);
  if (!found) return split;
  const again = splitAddress(found.rest, { defaultCountry: "FR" });
  if (again.parts.city !== "" || again.parts.postalCode !== "") return split;
  return { parts: { ...again.parts, city: found.town }, issues: again.issues.filter((issue) => issue !== NO_CITY && issue !== ADDRESS_EMPTY) };
}

/** The code ↔ town check of a French address; the fix goes into the parts, the reason into issues. */
function checkTown(index: PostalIndex, parts: SplitAddressParts): { parts: SplitAddressParts; issues: readonly FieldIssue[] } {
  if (parts.country !== "FR" || (parts.postalCode === "" && parts.city === "")) return { parts, issues: [] };
  // CEDEX, BP, CS, TSA: a company's own code, in no public base; its department is checked.
  const byCompany = parts.cedex !== "" || parts.postBox !== "";
  const check = (byCompany && checkCedexCode(index, parts.postalCode, parts.city)) || checkPostalTown(index, parts.postalCode, parts.city);
  // Most addresses are right: no copy of the parts then (this runs once per row).
  if (!check.suggestion?.postalCode && !check.suggestion?.city) {
    const official = check.status === "ok" ? officialSpelling(index, parts.postalCode, parts.city) : undefined;
    return { parts: official ? { ...parts, city: official } : parts, issues: check.issues };
  }
  const fixed = {
    ...parts,
    ...(check.suggestion?.postalCode ? { postalCode: check.suggestion.postalCode } : {}),
    ...(check.suggestion?.city ? { city: check.suggestion.city } : {}),
  };
  return { parts: fixed, issues: check.issues };
}

const NO_ISSUES: readonly FieldIssue[] = Object.freeze([]);
const ONLY_NO_CITY: readonly FieldIssue[] = Object.freeze([NO_CITY]);

/**
 * The splitter's findings, less those the base answered (a town found in the street words is
 * no longer missing), and without saying "no postal code" twice (the check's says which).
 */
function mergeIssues(
  split: readonly FieldIssue[],
  recovered: SplitAddressParts,
  checked: readonly FieldIssue[],
  rnvp: readonly FieldIssue[],
): readonly FieldIssue[] {
  // The common case, a complete address: nothing to merge, nothing to allocate.
  if (split.length === 0 && checked.length === 0 && rnvp.length === 0) return recovered.city === "" ? ONLY_NO_CITY : NO_ISSUES;
  const checkedCodes = new Set(checked.map((issue) => issue.code));
  const kept = split.filter((issue) => !checkedCodes.has(issue.code) && !(issue.code === "address.noCity" && recovered.city !== ""));
  // A street word taken for the town went back to the street: the town is missing after all.
  const noCity = recovered.city === "" && !kept.some((issue) => issue.code === "address.noCity") ? [NO_CITY] : [];
  return [...kept, ...noCity, ...checked, ...rnvp];
}
