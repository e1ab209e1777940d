import type { CustomerPredictions } from "./customerPredictions";
import type { PurchaseHistories } from "./purchaseHistories";

/**
 * How customers stay depending on the channel of their first order: per channel, how many,
 * the share who bought again, the average P(alive) today, and what they are worth over the
 * horizon. Channels with the fewest customers last; customers without a channel are "—".
 */
export interface ChannelRetention {
  readonly channel: string;
  readonly customers: number;
  readonly repeatRate: number;
  readonly averagePAlive: number;
  readonly expectedPurchases: number;
  readonly averageClv: number;
}

export function channelRetention(histories: PurchaseHistories, predictions: CustomerPredictions): ChannelRetention[] {
  if (!histories.firstChannel) return [];
  const sums = new Map<string, { customers: number; repeat: number; alive: number; purchases: number; clv: number }>();
  histories.firstChannel.forEach((channel, i) => {
    if (Number.isNaN(predictions.x[i]!)) return;
    const key = channel ?? "—";
    const sum = sums.get(key) ?? { customers: 0, repeat: 0, alive: 0, purchases: 0, clv: 0 };
    sum.customers++;
    if (predictions.x[i]! > 0) sum.repeat++;
    sum.alive += predictions.pAlive[i]!;
    sum.purchases += predictions.expectedPurchases[i]!;
    sum.clv += predictions.clv[i]!;
    sums.set(key, sum);
  });
  return [...sums]
    .map(([channel, s]) => ({
      channel,
      customers: s.customers,
      repeatRate: s.repeat / s.customers,
      averagePAlive: s.alive / s.customers,
      expectedPurchases: s.purchases / s.customers,
      averageClv: s.clv / s.customers,
    }))
    .sort((p, q) => q.customers - p.customers || p.channel.localeCompare(q.channel));
}
