import { normalizeHeader } from "./normalizeHeader";

/**
 * Words that make a header a count or a measure: "Envoyés", "Délivrés", "Volume", "Nb contacts",
 * "Quantité". A campaign results table counts 1000, 2000, 1500 pieces sent, which look exactly
 * like postal codes (01000 Bourg-en-Bresse, 02000 Laon): under such a header the values must not
 * make the column a postal code.
 */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  // French
  "envoyes",
  "envoye",
  "envois",
  "envoi",
  "delivres",
  "delivre",
  "recus",
  "distribues",
  "volume",
  "volumes",
  "quantite",
  "quantites",
  "qte",
  "nombre",
  "nb",
  "effectif",
  "effectifs",
  "stock",
  "pnd",
  "npai",
  "rebonds",
  "ouvertures",
  "ouverts",
  "clics",
  "commandes",
  "ventes",
  "conversions",
  "impressions",
  "visites",
  "inscrits",
  "abonnes",
  "appels",
  "leads",
  "contacts",
  "cout",
  "budget",
  "depense",
  "montant",
  "ca",
  // English
  "sent",
  "mailed",
  "delivered",
  "received",
  "quantity",
  "qty",
  "count",
  "number",
  "bounces",
  "opens",
  "clicks",
  "orders",
  "sales",
  "visits",
  "subscribers",
  "calls",
  "cost",
  "spend",
  "amount",
  "revenue",
]);

/** True when one of the header's words names a count or a measure. */
export function isCountHeader(header: string): boolean {
  return normalizeHeader(header)
    .split(" ")
    .some((word) => COUNT_WORDS.has(word));
}
