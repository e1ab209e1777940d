import type { CellValue } from "../../engine/table/cellValue";
import type { ColumnFormat } from "./customers";
import { addDays, EXPORT_DATE, frenchDate } from "./dates";
import { chance, mulberry32, pick, randomInt, weightedPicker } from "./random";

/** An orders export as a small shop's till or web shop writes it: one row per order. */
export const ORDER_HEADER: readonly string[] = ["N° commande", "N° client", "Date commande", "Montant TTC", "Catégorie", "Canal", "Statut"];
export const ORDER_COLUMN_FORMATS: readonly ColumnFormat[] = ["general", "general", "date", "euro", "general", "general", "general"];

const CATEGORIES = ["Épicerie fine", "Vins", "Cadeaux", "Arts de la table", "Bio"] as const;
const CHANNELS = ["Boutique", "Site web", "Téléphone", "Salon"] as const;
const pickStatus = weightedPicker<"Livrée" | "Annulée" | "Retour">([["Livrée", 95], ["Annulée", 2], ["Retour", 3]]);

interface Buyer {
  readonly id: string;
  /** Days before the export of the buyer's last and first activity. */
  readonly lastActive: number;
  readonly span: number;
  readonly basket: number;
  readonly category: string;
  readonly channel: string;
}

/**
 * Orders of `customers` buyers (C00001…, the ids of clients-demo), a few buyers making most
 * orders (Pareto, as in real shops). Mess on purpose: returns (negative amounts, status
 * "Retour"), cancelled orders ("Annulée"), a few missing dates and customer numbers, dates
 * typed as text. Rows come one at a time so the bench can write a million.
 */
export function* orderRecords(count: number, customers: number, seed: number): Generator<CellValue[]> {
  const rand = mulberry32(seed);
  const buyers: Buyer[] = Array.from({ length: customers }, (_, i) => ({
    id: `C${String(i + 1).padStart(5, "0")}`,
    lastActive: Math.floor(900 * rand() ** 2),
    span: randomInt(rand, 0, 700),
    basket: Math.round((20 + 280 * rand() ** 2) * 100) / 100,
    category: pick(rand, CATEGORIES),
    channel: pick(rand, CHANNELS),
  }));
  for (let i = 0; i < count; i++) {
    // rand()² favours the first buyers: a fifth of them make about half the orders.
    const buyer = buyers[Math.floor(customers * rand() ** 2)]!;
    const date = addDays(EXPORT_DATE, -(buyer.lastActive + randomInt(rand, 0, buyer.span)) - 1);
    const status = pickStatus(rand);
    const amount = Math.round(buyer.basket * (0.5 + rand()) * 100) / 100;
    const dateCell: CellValue = chance(rand, 0.01) ? null : chance(rand, 0.05) ? frenchDate(date) : date;
    yield [
      `CMD-${String(i + 1).padStart(7, "0")}`,
      chance(rand, 0.005) ? null : buyer.id,
      dateCell,
      status === "Retour" ? -amount : amount,
      chance(rand, 0.7) ? buyer.category : pick(rand, CATEGORIES),
      chance(rand, 0.8) ? buyer.channel : pick(rand, CHANNELS),
      status,
    ];
  }
}

export function generateOrders(count: number, customers: number, seed: number): CellValue[][] {
  return [[...ORDER_HEADER], ...orderRecords(count, customers, seed)];
}
