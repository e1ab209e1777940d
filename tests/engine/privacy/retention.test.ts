import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkRetention, expiresOn, type RetentionColumns } from "../../../src/engine/privacy/retention";

const columns: RetentionColumns = { lastPurchase: 0, lastContact: 1, collected: null, purchaseEvidence: [2], status: null };
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("CNIL retention: 3 years", () => {
  it("counts a customer from the later of last purchase and last contact", () => {
    const today = day(2026, 12, 1);
    expect(checkRetention([day(2021, 1, 10), null, 1], columns, today)).toMatchObject({ rule: "customer3Years", expired: true, column: 0 });
    expect(checkRetention([day(2021, 1, 10), day(2024, 5, 2), 1], columns, today)).toMatchObject({ rule: "customer3Years", expired: false, column: 1 });
  });

  it("counts a prospect (no purchase) from the last contact", () => {
    expect(checkRetention([null, day(2023, 12, 1), null], columns, day(2026, 12, 1))).toMatchObject({ rule: "prospect3Years", expired: true });
    expect(checkRetention([null, day(2023, 12, 2), null], columns, day(2026, 12, 1))).toMatchObject({ rule: "prospect3Years", expired: false });
  });

  it("reads a status column: a prospect is a prospect even with a number of purchases typed", () => {
    const withStatus = { ...columns, status: 3 };
    expect(checkRetention([null, day(2020, 1, 1), 2, "Prospect"], withStatus, day(2026, 1, 1)).rule).toBe("prospect3Years");
    expect(checkRetention([null, day(2020, 1, 1), null, "Client"], withStatus, day(2026, 1, 1)).rule).toBe("customer3Years");
  });

  it("cannot tell without a date", () => {
    expect(checkRetention([null, null, 4], columns, day(2026, 1, 1))).toMatchObject({ lastActivity: null, expired: false });
  });

  it("expires exactly 3 calendar years after the last activity, dates typed as text too (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        fc.integer({ min: -2000, max: 2000 }),
        (when, offsetDays) => {
          const last = day(when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate());
          const today = new Date(last.getTime() + offsetDays * 86_400_000);
          const typed = `${String(last.getUTCDate()).padStart(2, "0")}/${String(last.getUTCMonth() + 1).padStart(2, "0")}/${last.getUTCFullYear()}`;
          const check = checkRetention([typed, null, 1], columns, today);
          expect(check.lastActivity?.getTime()).toBe(last.getTime());
          // Independently: the same calendar day three years on (29 February rolls to 1 March, as in law).
          const end = Date.UTC(last.getUTCFullYear() + 3, last.getUTCMonth(), last.getUTCDate());
          expect(check.expired).toBe(today.getTime() >= end);
          expect(expiresOn(last).getTime()).toBe(end);
        },
      ),
    );
  });
});
