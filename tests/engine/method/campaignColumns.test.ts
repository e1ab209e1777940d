import { describe, expect, it } from "vitest";
import { campaignColumns } from "../../../src/engine/method/campaignColumns";

describe("campaignColumns", () => {
  it.each([
    [["Customer", "Segment", "Opened", "Clicked", "Ordered", "Revenue"], { label: 1, opens: 2, clicks: 3, orders: 4, revenue: 5 }],
    [["N° client", "Ouvert", "Cliqué", "A commandé", "CA"], { opens: 1, clicks: 2, orders: 3, revenue: 4 }],
    [["Email", "Opened", "Purchased"], { opens: 1, orders: 2 }],
  ])("finds a per-customer yes/no 'ordered' column as the orders: %j", (headers, found) => {
    expect(campaignColumns(headers)).toEqual(found);
  });
});
