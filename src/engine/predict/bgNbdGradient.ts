import { digamma } from "./digamma";
import { logGamma } from "./logGamma";
import { shiftedLogs, valueIndex, type RepeatData } from "./repeatData";

/**
 * −log-likelihood of BG/NBD and its gradient with respect to (ln r, ln α, ln a, ln b), for the
 * BFGS refinement. With w the share of the "dropped out after the last purchase" term in
 * L = e^A + e^B (A: still alive at T, B: dropped out at t_x), the derivatives are those of the
 * gamma-function terms (digamma, once per distinct x) plus w-weighted derivatives of A and B.
 */
export function bgNbdObjective(logParameters: readonly number[], data: RepeatData): { value: number; gradient: number[] } {
  const [r, alpha, a, b] = logParameters.map(Math.exp) as [number, number, number, number];
  const { x, tx, T, weight } = data;
  // log(α + T) and log(α + t_x) once per distinct value (repeatData.ts's valueIndex).
  const byT = valueIndex(T);
  const byTx = valueIndex(tx);
  const logsT = shiftedLogs(alpha, byT.values);
  const logsTx = shiftedLogs(alpha, byTx.values);
  let value = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  const common = logGamma(a + b) - logGamma(b) - logGamma(r) + r * logAlpha;
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  let lastX = -1;
  let constant = 0;
  let drX = 0;
  let daX = 0;
  let dbX = 0;
  let logDropWeight = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (xi !== lastX) {
      lastX = xi;
      constant = common + logGamma(r + xi) + logGamma(b + xi) - logGamma(a + b + xi);
      const psiABX = digamma(a + b + xi);
      drX = digamma(r + xi) - psiR + logAlpha;
      daX = psiAB - psiABX;
      dbX = psiAB + digamma(b + xi) - psiB - psiABX;
      logDropWeight = logA - Math.log(b + xi - 1);
    }
    const n = weight[i]!;
    const logAliveBase = logsT[byT.index[i]!]!;
    const alive = -(r + xi) * logAliveBase;
    let w = 0;
    let logL = alive;
    let logDropBase = 0;
    if (xi > 0) {
      logDropBase = logsTx[byTx.index[i]!]!;
      const dropped = logDropWeight - (r + xi) * logDropBase;
      const high = Math.max(alive, dropped);
      const eAlive = Math.exp(alive - high);
      const eDropped = Math.exp(dropped - high);
      logL = high + Math.log(eAlive + eDropped);
      w = eDropped / (eAlive + eDropped);
    }
    value += n * (constant + logL);
    dr += n * (drX - (1 - w) * logAliveBase - w * logDropBase);
    dAlpha += n * (r / alpha - (1 - w) * ((r + xi) / (alpha + T[i]!)) - (xi > 0 ? w * ((r + xi) / (alpha + tx[i]!)) : 0));
    da += n * (daX + (xi > 0 ? w / a : 0));
    db += n * (dbX - (xi > 0 ? w / (b + xi - 1) : 0));
  }
  // Minimised: −LL; chain rule for log-parameters: ∂/∂ln θ = θ ∂/∂θ.
  return { value: -value, gradient: [-dr * r, -dAlpha * alpha, -da * a, -db * b] };
}
