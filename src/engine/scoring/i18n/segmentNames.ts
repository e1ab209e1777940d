import type { Lang } from "../../i18n/lang";
import type { SegmentKey } from "../data/segmentGrid";

/** Segment names as French and English marketing courses name them. */
export const SEGMENT_NAMES: Readonly<Record<SegmentKey, Readonly<Record<Lang, string>>>> = {
  champions: { en: "Champions", fr: "Champions" },
  loyalCustomers: { en: "Loyal Customers", fr: "Clients fidèles" },
  potentialLoyalists: { en: "Potential Loyalists", fr: "Fidèles potentiels" },
  newCustomers: { en: "New Customers", fr: "Nouveaux clients" },
  promising: { en: "Promising", fr: "Prometteurs" },
  needAttention: { en: "Need Attention", fr: "À surveiller" },
  aboutToSleep: { en: "About to Sleep", fr: "Sur le point de s'endormir" },
  atRisk: { en: "At Risk", fr: "À risque" },
  cantLoseThem: { en: "Can't Lose Them", fr: "À ne pas perdre" },
  hibernating: { en: "Hibernating", fr: "En sommeil" },
  lost: { en: "Lost", fr: "Perdus" },
};

export function segmentName(key: SegmentKey, lang: Lang): string {
  return SEGMENT_NAMES[key][lang];
}
