import { defineMessages, type MessageParams } from "../i18n/defineMessages";
import type { Lang } from "../i18n/lang";

/** The words of the response sheet (past campaign answers), French and English. */
const FR = {
  "sheet.response": "Réponse aux campagnes",
  title: "Qui répond aux campagnes — régression logistique sur {customers} clients ayant reçu une campagne ({responders} ont répondu)",
  coefficients: "Coefficients (effet de chaque mesure sur la chance de répondre)",
  term: "Terme",
  estimate: "Coefficient",
  standardError: "Erreur type",
  z: "z",
  intercept: "Constante",
  recency: "Récence (temps depuis le dernier achat)",
  frequency: "Fréquence (nombre d'achats)",
  monetary: "Montant moyen d'un achat",
  points: "Points comportement",
  likelihoodRatio: "Test du rapport de vraisemblance : {value} (au-dessus de {threshold} les mesures ensemble distinguent les répondants, risque 5 %)",
  notConverged: "Attention : l'ajustement ne s'est pas stabilisé (une mesure sépare parfaitement répondants et non-répondants).",
  deciles: "Clients classés par chance de répondre, coupés en dix (décile 1 : les plus probables)",
  decile: "Décile",
  customers: "Clients",
  responders: "Répondants",
  responseRate: "Taux de réponse",
  lift: "Lift",
  cumulativeGain: "Gain cumulé",
  averageProbability: "Probabilité moyenne",
  chartLift: "Lift par décile (1 = au hasard)",
  chartGains: "Gain cumulé : part des répondants touchés",
};

const EN: Record<keyof typeof FR, string> = {
  "sheet.response": "Campaign response",
  title: "Who answers campaigns — logistic regression on {customers} customers who got a campaign ({responders} answered)",
  coefficients: "Coefficients (effect of each measure on the chance of answering)",
  term: "Term",
  estimate: "Coefficient",
  standardError: "Standard error",
  z: "z",
  intercept: "Intercept",
  recency: "Recency (time since the last purchase)",
  frequency: "Frequency (number of purchases)",
  monetary: "Average purchase value",
  points: "Behaviour points",
  likelihoodRatio: "Likelihood-ratio test: {value} (above {threshold} the measures together tell responders apart, 5% level)",
  notConverged: "Warning: the fit did not settle (one measure perfectly separates responders from the others).",
  deciles: "Customers ranked by chance of answering, cut in ten (decile 1: the most likely)",
  decile: "Decile",
  customers: "Customers",
  responders: "Responders",
  responseRate: "Response rate",
  lift: "Lift",
  cumulativeGain: "Cumulative gain",
  averageProbability: "Average probability",
  chartLift: "Lift by decile (1 = at random)",
  chartGains: "Cumulative gain: share of responders reached",
};

export type ResponseLabelKey = keyof typeof FR;

export const responseLabel: (lang: Lang, key: ResponseLabelKey, params?: MessageParams) => string = defineMessages(FR, EN);
