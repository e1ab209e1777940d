import type { CellValue } from "../../../src/engine/table/cellValue";
import type { Table } from "../../../src/engine/table/table";
import { detectRoles } from "../../../src/engine/table/detectRoles";
import type { ColumnInfo } from "../../../src/engine/scoring/columnInfo";

/** A table as a host reads it: header on row 1, data from row 2. */
export function table(headers: string[], rows: CellValue[][], sheet = "Clients"): Table {
  return { sheet, headerRow: 1, headers, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
}

export function columnsOf(t: Table): ColumnInfo[] {
  return detectRoles(t);
}

export const CUSTOMER_HEADERS = ["N° client", "Date dernier achat", "Nb achats / an", "Panier moyen"];
export const ORDER_HEADERS = ["N° commande", "N° client", "Date commande", "Montant TTC", "Statut"];
