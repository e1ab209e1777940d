/**
 * Purchases expected over the horizon, each discounted to today: Σ (E[Y(tₖ)] − E[Y(tₖ₋₁)]) / (1 + d)^(tₖ in years),
 * month by month (the way lifetimes and Fader–Hardie's CLV notes discount). Multiplied by the
 * expected value of a purchase and the margin rate, it is the customer lifetime value over the horizon.
 */
export function discountedPurchases(expected: (t: number) => number, horizon: number, unitDays: number, yearlyDiscount: number): number {
  const monthInUnits = 365.2425 / 12 / unitDays;
  const steps = Math.max(1, Math.ceil(horizon / monthInUnits - 1e-9));
  let total = 0;
  let before = 0;
  for (let k = 1; k <= steps; k++) {
    const t = Math.min(horizon, k * monthInUnits);
    const now = expected(t);
    total += (now - before) / Math.pow(1 + yearlyDiscount, (t * unitDays) / 365.2425);
    before = now;
  }
  return total;
}
