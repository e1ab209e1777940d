import type { CampaignMeasure } from "./campaignColumns";

/** One line of the follow-up: a segment (or the whole campaign), its counts and its figures. */
export interface CampaignLine {
  readonly label: string;
  readonly counts: Readonly<Record<CampaignMeasure, number | null>>;
  readonly figures: CampaignRates;
}

/**
 * The figures the textbook asks for, each null when what it needs is missing or zero:
 * rates over the pieces sent (delivery, PND/NPAI, bounces) and over those delivered (opens,
 * clicks, orders), click-to-open, average basket, cost per order, and the return on the
 * campaign, (revenue − cost) / cost.
 */
export interface CampaignRates {
  readonly deliveryRate: number | null;
  readonly undeliverableRate: number | null;
  readonly bounceRate: number | null;
  readonly openRate: number | null;
  readonly clickRate: number | null;
  readonly clickToOpenRate: number | null;
  readonly orderRate: number | null;
  readonly averageBasket: number | null;
  readonly costPerOrder: number | null;
  readonly returnOnCost: number | null;
}

export function campaignRates(counts: Readonly<Record<CampaignMeasure, number | null>>): CampaignRates {
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
  const { sent, undeliverable, bounces, opens, clicks, orders, revenue, cost } = counts;
  // Without a "delivered" column: what was sent less what came back.
  const delivered = counts.delivered ?? (sent === null ? null : sent - (undeliverable ?? 0) - (bounces ?? 0));
  return {
    deliveryRate: ratio(delivered, sent),
    undeliverableRate: ratio(undeliverable, sent),
    bounceRate: ratio(bounces, sent),
    openRate: ratio(opens, delivered),
    clickRate: ratio(clicks, delivered),
    clickToOpenRate: ratio(clicks, opens),
    orderRate: ratio(orders, delivered),
    averageBasket: ratio(revenue, orders),
    costPerOrder: ratio(cost, orders),
    returnOnCost: revenue === null ? null : ratio(revenue - (cost ?? 0), cost),
  };
}
