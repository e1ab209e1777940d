/**
 * ψ(x) = d/dx ln Γ(x), for the likelihoods' gradients. Recurrence ψ(x) = ψ(x+1) − 1/x up to
 * x ≥ 10, then the asymptotic series (Abramowitz & Stegun 6.3.18); reflection below 0.
 */
export function digamma(x: number): number {
  if (x <= 0 && Number.isInteger(x)) return Number.NaN;
  if (x < 0) return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv = 1 / (x * x);
  const series = inv * (1 / 12 - inv * (1 / 120 - inv * (1 / 252 - inv * (1 / 240 - inv / 132))));
  return shift + Math.log(x) - 0.5 / x - series;
}
