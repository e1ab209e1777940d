import type { ColumnRole } from "../columnRole";
import type { ColumnProfile } from "./columnProfile";

/**
 * What the values say about a column's role, in two questions:
 * - valueRoleScores: which roles can the values name on their own (an e-mail column is an
 *   e-mail column whatever its title)? A date or an amount cannot: a date column could be a
 *   birth date or a last purchase, only the header tells.
 * - roleFitsValues: do the values agree with a role the header named?
 */
export type RoleScores = Partial<Record<ColumnRole, number>>;

export function valueRoleScores(profile: ColumnProfile): RoleScores {
  const s = profile.shares;
  if (profile.sampled === 0) return {};
  const scores: RoleScores = {};
  const put = (role: ColumnRole, score: number): void => {
    if (score > (scores[role] ?? 0)) scores[role] = round3(score);
  };
  put("email", s.email);
  // A phone column is "mobile" by its values only when nearly every number is an 06/07.
  if (s.phone > 0) put(s.mobile >= 0.9 * s.phone ? "mobile" : "phone", s.phone);
  // SIREN/SIRET shapes are plain digit runs; the Luhn key makes them certain.
  put("siret", s.siretValid);
  put("siren", s.sirenValid > 0.9 * s.siren ? s.sirenValid : 0);
  // Postal codes are numbers too; only a column of 4–5 digit codes that are not phones counts.
  put("postalCode", s.postalCode > 0.95 ? s.postalCode - s.phone : 0);
  put("civility", s.civility);
  put("gender", s.gender > s.civility ? s.gender : 0);
  put(s.fullAddress >= 0.5 * s.street ? "address" : "street", s.street);
  put("country", s.country);
  put("firstName", s.firstName);
  put("fullName", s.fullName);
  // Town names look like surnames; only the unmistakable ones (Saint-…, -sur-, big towns) count.
  put("city", s.town * 0.8);
  return scores;
}

/** The best role the values name on their own, if any. */
export function bestValueRole(profile: ColumnProfile): { role: ColumnRole; score: number } | null {
  let best: { role: ColumnRole; score: number } | null = null;
  for (const [role, score] of Object.entries(valueRoleScores(profile)) as [ColumnRole, number][]) {
    if (score > 0 && (!best || score > best.score)) best = { role, score };
  }
  return best;
}

/**
 * 0..1: the share of values that fit the role; null when values cannot judge it (a company
 * name, a product category, an id: any text will do).
 */
export function roleFitsValues(role: ColumnRole, profile: ColumnProfile): number | null {
  if (profile.sampled === 0) return null;
  const s = profile.shares;
  switch (role) {
    case "email":
      return s.email;
    case "phone":
    case "mobile":
      return s.phone;
    case "postalCode":
      return s.postalCode;
    case "siren":
      return s.siren;
    case "siret":
      return s.siret;
    case "birthDate":
    case "lastPurchaseDate":
    case "firstPurchaseDate":
    case "orderDate":
    case "lastContactDate":
      return Math.min(1, s.date + s.dateSerial);
    case "amount":
    case "totalAmount":
    case "averageBasket":
    case "frequency":
    case "purchasesPerYear":
    case "emailOpens":
    case "emailClicks":
    case "pageViews":
      return s.number;
    case "age":
      return Math.max(s.smallInteger, s.number * 0.5);
    case "civility":
      return s.civility;
    case "gender":
      return s.gender;
    case "consent":
    case "responded":
      return s.boolean;
    case "country":
      return s.country;
    case "address":
    case "street":
      return s.street;
    case "firstName":
    case "lastName":
    case "fullName":
    case "city":
      // Any text without digits or @ will do; e-mails or numbers in a name column will not.
      return s.nameShaped;
    default:
      return null;
  }
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
