import { normalizeHeader } from "../table/normalizeHeader";

/** What a campaign results table counts, one column each (any may be missing but sent). */
export const CAMPAIGN_MEASURES = ["sent", "delivered", "undeliverable", "bounces", "opens", "clicks", "orders", "revenue", "cost"] as const;
export type CampaignMeasure = (typeof CAMPAIGN_MEASURES)[number];

/**
 * Headers as sales teams and routing tools write them, French and English (case, accents,
 * punctuation ignored). PND ("pli non distribuable") and NPAI ("n'habite pas à l'adresse
 * indiquée") are La Poste's words for mail that came back.
 */
const SYNONYMS: Readonly<Record<CampaignMeasure | "label", readonly string[]>> = {
  // Per customer, a results table has no label: its rows add up into one line (or per segment).
  label: ["segment", "campagne", "campaign", "cible", "target", "groupe", "group", "vague", "wave", "offre", "offer", "version", "test ab"],
  sent: ["envoyes", "envois", "envoye", "nb envois", "sent", "mailed", "volume", "quantite envoyee"],
  delivered: ["delivres", "delivre", "recus", "distribues", "delivered", "received"],
  undeliverable: ["pnd", "npai", "pnd npai", "npai pnd", "retours npai", "plis non distribuables", "undeliverable", "returned mail", "return to sender"],
  bounces: ["bounces", "rebonds", "hard bounces", "soft bounces", "erreurs", "bounced"],
  opens: ["ouvertures", "ouverts", "ouvert", "a ouvert", "opens", "opened", "ouvreurs"],
  clicks: ["clics", "clic", "clique", "cliques", "a clique", "clicks", "clicked", "cliqueurs"],
  // Per customer, a yes/no column is named like "Ouvert" / "Opened": "A commandé", "Ordered".
  orders: [
    "commandes",
    "commande",
    "a commande",
    "achats",
    "achete",
    "a achete",
    "ventes",
    "orders",
    "ordered",
    "purchases",
    "purchased",
    "bought",
    "conversions",
    "converted",
    "sales",
  ],
  revenue: ["ca", "chiffre d affaires", "ca genere", "ca ttc", "ca ht", "montant", "revenue", "turnover", "sales amount", "amount"],
  cost: ["cout", "couts", "cout total", "cout campagne", "budget", "depense", "cost", "total cost", "spend"],
};

export type CampaignColumns = Readonly<Partial<Record<CampaignMeasure | "label", number>>>;

/** Where each measure is, by column index; the first header that fits wins. */
export function campaignColumns(headers: readonly string[]): CampaignColumns {
  const found: Partial<Record<CampaignMeasure | "label", number>> = {};
  const keys = headers.map(normalizeHeader);
  for (const [measure, words] of Object.entries(SYNONYMS) as [CampaignMeasure | "label", readonly string[]][]) {
    const folded = new Set(words.map(normalizeHeader));
    const index = keys.findIndex((key, i) => folded.has(key) && !Object.values(found).includes(i));
    if (index >= 0) found[measure] = index;
  }
  return found;
}
