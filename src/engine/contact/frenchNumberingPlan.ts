/**
 * The parts of ARCEP's French numbering plan (plan de numérotation, décision 2018-0881 and
 * later) that a customer file needs, checked against Google's libphonenumber metadata (the
 * "max" set) so that we can ship libphonenumber-js's small "min" set and still tell a mobile
 * from a landline: "min" has lengths but no number types, and it accepts 0692… as a
 * metropolitan +33 number, while a Réunion mobile is +262 692….
 */
export type PhoneType = "fixed" | "mobile" | "voip" | "other";

/** Overseas departments and collectivities dialled with 10 digits from France. */
export interface OverseasRange {
  /** Region code (ISO 3166-1 alpha-2, as libphonenumber uses). */
  readonly region: string;
  /** Country calling code that replaces +33. */
  readonly callingCode: string;
  readonly type: PhoneType;
}

/**
 * Keyed by the first 4 digits of the national number. Saint-Barthélemy (BL) and Saint-Martin
 * (MF) share +590 and these prefixes with Guadeloupe: their ranges overlap, the number alone
 * cannot tell them apart, so they read as GP (the E.164 form is the same).
 */
export const OVERSEAS_PREFIXES: ReadonlyMap<string, OverseasRange> = new Map([
  ["0262", { region: "RE", callingCode: "262", type: "fixed" }],
  ["0263", { region: "RE", callingCode: "262", type: "fixed" }],
  ["0692", { region: "RE", callingCode: "262", type: "mobile" }],
  ["0693", { region: "RE", callingCode: "262", type: "mobile" }],
  ["0269", { region: "YT", callingCode: "262", type: "fixed" }],
  ["0639", { region: "YT", callingCode: "262", type: "mobile" }],
  ["0590", { region: "GP", callingCode: "590", type: "fixed" }],
  ["0690", { region: "GP", callingCode: "590", type: "mobile" }],
  ["0691", { region: "GP", callingCode: "590", type: "mobile" }],
  ["0596", { region: "MQ", callingCode: "596", type: "fixed" }],
  ["0696", { region: "MQ", callingCode: "596", type: "mobile" }],
  ["0697", { region: "MQ", callingCode: "596", type: "mobile" }],
  ["0594", { region: "GF", callingCode: "594", type: "fixed" }],
  ["0694", { region: "GF", callingCode: "594", type: "mobile" }],
]);

/** Calling codes of the regions above: "+262 692…" is read through the same table. */
export const OVERSEAS_CALLING_CODES: ReadonlySet<string> = new Set(["262", "590", "594", "596"]);

/** Regions whose subscribers have 10-digit national numbers starting with 0, like France. */
export const FRENCH_PLAN_REGIONS: ReadonlySet<string> = new Set(["FR", "RE", "YT", "GP", "BL", "MF", "MQ", "GF"]);

/**
 * Metropolitan ranges by the digits after the 0: 01–05 geographic, 06 and 07 mobile, 08
 * special-rate and free numbers, 09 non-geographic (internet boxes: VoIP).
 * Ranges ARCEP has not opened: 07 0–07 2 (07 00 is the 14-digit machine-to-machine range) and
 * 04 0. A number there cannot be dialled.
 */
export function metropolitanType(national: string): PhoneType | null {
  return subscriberType(Number(national.slice(1)));
}

/** metropolitanType of the 9 digits after the 0 as a number (612345678): no string to build. */
export function subscriberType(subscriber: number): PhoneType | null {
  const first = Math.floor(subscriber / 1e8);
  const firstTwo = Math.floor(subscriber / 1e7);
  if ((firstTwo >= 70 && firstTwo <= 72) || firstTwo === 40) return null;
  if (first >= 1 && first <= 5) return "fixed";
  if (first === 6 || first === 7) return "mobile";
  if (first === 8) return "other";
  if (first === 9) return "voip";
  return null;
}
