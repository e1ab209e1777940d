/**
 * Postal addresses (issue 3): split, RNVP lines, postal code ↔ town check.
 *
 *   splitAddress(text, { defaultCountry })    → { parts, issues }        (splitAddress.ts)
 *   toReportParts(parts)                      → the report's AddressParts (addressParts.ts)
 *   rnvpLines(parts, { name, company })       → { lines: 6 slots, issues } (rnvpLines.ts)
 *   rnvpColumns(lines, lang)                  → { "Ligne 1": …, … "Ligne 6": … }
 *   buildPostalIndex(packed)                  → index, once per job      (postalIndex.ts)
 *   checkPostalTown(index, code, town)        → { status, suggestion?, issues }
 *   officialTown(index, code, town)           → "AIX EN PROVENCE" for RNVP line 6
 *
 * The packed base is data/postalCodes.generated.json, written by src/tools/packPostalCodes.ts;
 * the engine never imports it: the host or app loads it and passes it in.
 */
export { splitAddress, type SplitAddressOptions, type SplitAddressResult } from "./splitAddress";
export { toReportParts, writtenText, cedexNumber, EMPTY_PARTS, type SplitAddressParts } from "./addressParts";
export {
  rnvpLines,
  rnvpColumns,
  rnvpEnvelope,
  rnvpText,
  RNVP_HEADERS,
  RNVP_MAX_LENGTH,
  RNVP_MAX_LINES,
  type RnvpResult,
  type RnvpRecipient,
  type RnvpSlots,
} from "./rnvpLines";
export { buildPostalIndex, checkPostalTown, officialTown, type PostalIndex, type PostalCheck, type PostalCheckStatus } from "./postalIndex";
export { POSTAL_FORMAT, type PackedPostalCodes } from "./postalCodeFormat";
export { townKey, arrondissementCode } from "./townKey";
