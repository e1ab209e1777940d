import { VALUE_GROUPS, type ValueGroup } from "../scoring/valueGroups";
import type { CustomerPredictions } from "./customerPredictions";
import type { ResolvedPredictOptions } from "./predictOptions";

/**
 * The campaign plan taught with the A/B/C/D groups: what each group should bring over the
 * horizon, what contacting it costs, and whether it is worth it.
 * - margin per responder: the margin on one order (expected value of a purchase × margin rate);
 * - break-even response rate: cost per contact ÷ margin per responder — below it a contact loses money;
 * - response rate: the group's past campaign answers when the file has them, else the orders the
 *   model expects per customer and per contact (capped at 100 %);
 * - contacts a year: as often as the group is expected to buy, at least once, at most monthly;
 * - margin after advertising: the margin expected over the horizon minus the contacts' cost.
 * A group is worth contacting when its response rate reaches the break-even rate and its margin
 * after advertising is positive; otherwise it is not worth reactivating.
 */
export interface GroupPlan {
  readonly group: ValueGroup;
  readonly customers: number;
  readonly expectedOrders: number;
  readonly expectedRevenue: number;
  /** Sum of the customers' lifetime values over the horizon (discounted margin). */
  readonly expectedMargin: number;
  readonly averagePAlive: number;
  readonly responseRate: number;
  /** Where the response rate comes from. */
  readonly responseFrom: "pastCampaigns" | "model";
  readonly marginPerResponder: number;
  readonly breakEvenResponseRate: number;
  readonly contactsPerYear: number;
  readonly contactCost: number;
  readonly marginAfterAdvertising: number;
  readonly contact: boolean;
}

export interface CampaignPlan {
  readonly groups: readonly GroupPlan[];
  readonly contactGroups: readonly ValueGroup[];
  readonly skipGroups: readonly ValueGroup[];
  readonly totalContactCost: number;
  readonly totalMarginAfterAdvertising: number;
}

export function campaignPlan(predictions: CustomerPredictions, responded: readonly (boolean | null)[] | null, options: ResolvedPredictOptions): CampaignPlan {
  const years = (options.horizon * options.unitDays) / 365.2425;
  const groups: GroupPlan[] = [];
  for (const group of VALUE_GROUPS) {
    let customers = 0;
    let orders = 0;
    let revenue = 0;
    let margin = 0;
    let alive = 0;
    let spend = 0;
    let answered = 0;
    let yes = 0;
    predictions.group.forEach((g, i) => {
      if (g !== group) return;
      customers++;
      orders += predictions.expectedPurchases[i]!;
      revenue += predictions.expectedPurchases[i]! * predictions.expectedSpend[i]!;
      margin += predictions.clv[i]!;
      alive += predictions.pAlive[i]!;
      spend += predictions.expectedSpend[i]!;
      const answer = responded?.[i] ?? null;
      if (answer !== null) {
        answered++;
        if (answer) yes++;
      }
    });
    if (customers === 0) continue;
    const contactsPerYear = Math.min(12, Math.max(1, Math.round(orders / customers / years)));
    const contacts = customers * contactsPerYear * years;
    const marginPerResponder = (spend / customers) * options.margin;
    const breakEven = marginPerResponder > 0 ? options.costPerContact / marginPerResponder : Infinity;
    const responseFrom = answered > 0 ? "pastCampaigns" : "model";
    const responseRate = answered > 0 ? yes / answered : Math.min(1, orders / contacts);
    const contactCost = contacts * options.costPerContact;
    const afterAdvertising = margin - contactCost;
    groups.push({
      group,
      customers,
      expectedOrders: orders,
      expectedRevenue: revenue,
      expectedMargin: margin,
      averagePAlive: alive / customers,
      responseRate,
      responseFrom,
      marginPerResponder,
      breakEvenResponseRate: breakEven,
      contactsPerYear,
      contactCost,
      marginAfterAdvertising: afterAdvertising,
      contact: responseRate >= breakEven && afterAdvertising > 0,
    });
  }
  const contacted = groups.filter((g) => g.contact);
  return {
    groups,
    contactGroups: contacted.map((g) => g.group),
    skipGroups: groups.filter((g) => !g.contact).map((g) => g.group),
    totalContactCost: contacted.reduce((s, g) => s + g.contactCost, 0),
    totalMarginAfterAdvertising: contacted.reduce((s, g) => s + g.marginAfterAdvertising, 0),
  };
}
