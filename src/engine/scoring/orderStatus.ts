import { cellText, type CellValue } from "../table/cellValue";
import { normalizeHeader } from "../table/normalizeHeader";
import { CANCELLED_WORDS, RETURNED_WORDS, STATUS_HEADERS } from "./data/statusWords";

export type OrderStatus = "ok" | "cancelled" | "returned";

export function isStatusHeader(header: string): boolean {
  return STATUS_HEADERS.includes(normalizeHeader(header));
}

/** "Annulée", "CANCELLED" → cancelled; "Retour", "Remboursé" → returned; anything else is a sale. */
export function orderStatus(value: CellValue): OrderStatus {
  const text = normalizeHeader(cellText(value));
  if (text === "") return "ok";
  if (CANCELLED_WORDS.some((w) => text.includes(w))) return "cancelled";
  if (RETURNED_WORDS.some((w) => text.includes(w))) return "returned";
  return "ok";
}
