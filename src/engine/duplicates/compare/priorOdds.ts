/**
 * Fellegi-Sunter weights, in bits (log2 of m/u): how much agreeing or disagreeing on a field
 * says about two rows being one customer. Agreement weights are capped rarities (a value shared
 * by few rows counts more, see ValueFrequencies); disagreement weights are log2((1-m)/(1-u))
 * with m estimated from how often the same customer's second record really differs (a new
 * phone, another e-mail, a move), measured on the labelled files of labelledCustomers.ts.
 */
export const WEIGHTS = {
  email: { agreeMin: 4, agreeMax: 14, domainTypo: 8, oneLetter: 5, sameMailboxOnly: 1, disagree: -3 },
  phone: { agreeMin: 3, agreeMax: 13, disagree: -3 },
  siret: { agree: 14, sameSiren: 6, disagree: -4 },
  name: { wordMin: 1.5, wordMax: 10, max: 14, initial: 2, conflict: -7, missingWord: -2.5 },
  company: { agreeMin: 3, agreeMax: 12, closeShare: 0.7, close: 0.9, disagree: -2 },
  postalCode: { agreeMin: 1, agreeMax: 7, sameCityOnly: 1, disagree: -4 },
  city: { agreeMax: 5, disagree: -1.5 },
  address: { sameNumber: 6, noNumber: 3, otherNumber: -1, differs: -4, same: 0.75, other: 0.4 },
  birthDate: { agree: 10, disagree: -6 },
  customerId: { agree: 12 },
} as const;

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
