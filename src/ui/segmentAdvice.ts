import type { Lang } from "../engine/i18n/lang";
import { SEGMENT_KEYS, type SegmentKey } from "../engine/scoring/data/segmentGrid";

/** One line of what to do with each RFM segment, as sales courses teach it (BTS NDRC / MCO). */
const ADVICE: Readonly<Record<SegmentKey, Readonly<Record<Lang, string>>>> = {
  champions: { fr: "À remercier : avant-premières, parrainage, avis clients.", en: "Thank them: early access, referrals, reviews." },
  loyalCustomers: { fr: "À fidéliser : programme de fidélité, ventes complémentaires.", en: "Keep them: loyalty scheme, related products." },
  potentialLoyalists: {
    fr: "À faire revenir : offre sur un deuxième achat, adhésion à la carte.",
    en: "Bring them back: second-purchase offer, loyalty card.",
  },
  newCustomers: { fr: "À accueillir : message de bienvenue, guide d'utilisation.", en: "Welcome them: welcome message, how-to guide." },
  promising: { fr: "À encourager : offre découverte sur une autre gamme.", en: "Encourage them: trial offer on another range." },
  needAttention: { fr: "À relancer avec une offre limitée dans le temps.", en: "Follow up with a time-limited offer." },
  aboutToSleep: { fr: "À réveiller : rappel personnalisé, produits populaires.", en: "Wake them up: personal reminder, popular products." },
  atRisk: { fr: "À relancer avec une offre de reconquête personnalisée.", en: "Win them back with a personal offer." },
  cantLoseThem: { fr: "À appeler : un contact personnel avant qu'ils ne partent.", en: "Call them: a personal contact before they leave." },
  hibernating: { fr: "À relancer une fois avec une offre de reconquête, sinon à laisser.", en: "One win-back offer, then let them be." },
  lost: { fr: "À ne plus solliciter, sauf campagne de reconquête à faible coût.", en: "Stop contacting them, save for a low-cost win-back campaign." },
};

/** The line for a segment, or null for a segment name Tria does not know (another helper's grid). */
export function segmentAdvice(segment: string, lang: Lang): string | null {
  return (SEGMENT_KEYS as readonly string[]).includes(segment) ? ADVICE[segment as SegmentKey][lang] : null;
}
