import type { ColumnRole } from "./columnRole";

/**
 * Data kinds as the BTS NDRC / MCO textbook teaches them (question 7 of the exercise):
 * descriptive data say who the customer is (identity, contact details, company, SIRET),
 * action data say what the customer did and when (purchases, orders, channel, contacts),
 * reaction data say how much (purchases a year, average basket, amounts, opens, clicks).
 * Identifiers and consent fit none of the three: "other".
 */
export const DATA_KINDS = ["descriptive", "action", "reaction", "other"] as const;
export type DataKind = (typeof DATA_KINDS)[number];

export function isDataKind(value: string): value is DataKind {
  return (DATA_KINDS as readonly string[]).includes(value);
}

export function dataKindOf(role: ColumnRole): DataKind {
  switch (role) {
    case "lastPurchaseDate":
    case "firstPurchaseDate":
    case "orderDate":
    case "orderId":
    case "lastContactDate":
    case "channel":
    case "productCategory":
      return "action";
    case "frequency":
    case "purchasesPerYear":
    case "amount":
    case "totalAmount":
    case "averageBasket":
    case "emailOpens":
    case "emailClicks":
    case "pageViews":
    case "responded": // answering a mailing is a reaction to a solicitation (taux de remontée)
      return "reaction";
    case "id":
    case "customerId":
    case "consent":
    case "other":
      return "other";
    default:
      return "descriptive";
  }
}
