/**
 * Prior odds against a candidate pair being a duplicate, in bits: the score is the posterior
 * probability 1 / (1 + 2^-(W - prior)), so W = prior gives 0.5. In a bigger file any two rows
 * are less likely to be one customer (duplicate pairs grow with the rows, pairs with their
 * square), while agreeing on a name or postal code earns more bits (rarity is relative to the
 * rows): the prior grows by log2(rows / REFERENCE_ROWS) to keep namesakes apart.
 */
export const PRIOR_BITS = 10;
const REFERENCE_ROWS = 5000;

export function priorBits(rows: number): number {
  return PRIOR_BITS + Math.max(0, Math.log2(rows / REFERENCE_ROWS));
}

export function scoreOfBits(bits: number, prior = PRIOR_BITS): number {
  return 1 / (1 + Math.pow(2, prior - bits));
}
