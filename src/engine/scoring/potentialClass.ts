/**
 * The potential class of RFMCCA (Récence, Fréquence, Montant, Catégorie, Canal, Attrition
 * analyses as taught in French retail courses), from the 1–5 scores:
 * inactive (R = 1: no purchase for the longest), new (one purchase class, R ≥ 4),
 * big (group A, R ≥ 3), regular (F ≥ 4, R ≥ 3), otherwise cyclic (buys now and then).
 */
export const POTENTIAL_CLASSES = ["big", "regular", "cyclic", "new", "inactive"] as const;
export type PotentialClass = (typeof POTENTIAL_CLASSES)[number];

export function potentialClass(r5: number, f5: number, group: string | null): PotentialClass {
  if (r5 <= 1) return "inactive";
  if (f5 <= 1 && r5 >= 4) return "new";
  if (group === "A" && r5 >= 3) return "big";
  if (f5 >= 4 && r5 >= 3) return "regular";
  return "cyclic";
}
