import type { ReportColumn } from "../report";
import type { Table } from "../table/table";
import type { ColumnRole } from "../table/columnRole";
import { foldKey } from "../text/fold";
import type { RetentionColumns } from "./retention";

/** Where the comply job finds what it checks, by column index. */
export interface ComplyColumns extends RetentionColumns {
  readonly email: number | null;
  readonly consent: number | null;
  /** Company, SIREN, SIRET: a row with one of them is a business (B2B), where e-mail opt-out rules apply. */
  readonly business: readonly number[];
  /** In an orders list (a customer id and an order date per row), the customer id column; else null. */
  readonly orderCustomer: number | null;
}

const COLLECTED_HEADERS = /^(date (de |d )?(creation|collecte|inscription|ajout|saisie|entree)|cree le|inscrit le|created( at| on)?|date created|signup date)$/;
const STATUS_HEADERS = /^(statut|status|type|type de contact|type contact|client prospect|categorie|nature)$/;

export function complyColumns(table: Table, columns: readonly ReportColumn[]): ComplyColumns {
  const first = (...roles: ColumnRole[]) => columns.find((c) => roles.includes(c.role))?.index ?? null;
  const all = (...roles: ColumnRole[]) => columns.filter((c) => roles.includes(c.role)).map((c) => c.index);
  const byHeader = (pattern: RegExp) => {
    const index = table.headers.findIndex((header) => pattern.test(foldKey(header)));
    return index >= 0 ? index : null;
  };
  return {
    lastPurchase: first("lastPurchaseDate", "orderDate"),
    lastContact: first("lastContactDate"),
    collected: byHeader(COLLECTED_HEADERS),
    purchaseEvidence: all("frequency", "purchasesPerYear", "totalAmount", "firstPurchaseDate"),
    status: byHeader(STATUS_HEADERS),
    email: first("email"),
    consent: first("consent"),
    business: all("company", "siren", "siret"),
    // The same test as the Score job's (scoringInput.ts): a customer id and an order date make an orders list.
    orderCustomer: first("orderDate") === null ? null : first("customerId", "id"),
  };
}
