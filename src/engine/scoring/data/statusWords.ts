/**
 * Words of an order-status column (normalised: lower case, no accents). A cancelled order
 * never happened for RFM; a returned or refunded one is money given back.
 */
export const STATUS_HEADERS: readonly string[] = [
  "statut",
  "statut commande",
  "statut de la commande",
  "etat",
  "etat commande",
  "status",
  "order status",
  "state",
];
export const CANCELLED_WORDS: readonly string[] = ["annul", "cancel", "abandon", "refus", "void"];
export const RETURNED_WORDS: readonly string[] = ["retour", "rembours", "avoir", "return", "refund", "credit note"];
/** Headers of a "days since last purchase" column (a number of days, not a date). */
export const DAYS_SINCE_WORDS: readonly string[] = ["jour", "day", "recence", "recency", "anciennete"];
