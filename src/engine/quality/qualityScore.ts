import type { FlagKind } from "../legend";

/**
 * A row's quality, 0–100: what it costs to fix it. An impossible value costs most (it must be
 * found again), a missing one a little less, a typo with its fix proposed least; volatile
 * information is normal and costs nothing, duplicates are the dedupe job's business.
 */
const PENALTY: Readonly<Record<FlagKind, number>> = {
  invalid: 25,
  incomplete: 20,
  typo: 10,
  duplicate: 0,
  volatile: 0,
  // Privacy is the comply job's business: a legal question, not the row's quality.
  privacy: 0,
};

export function qualityScore(kinds: readonly FlagKind[]): number {
  return Math.max(0, 100 - kinds.reduce((sum, kind) => sum + PENALTY[kind], 0));
}
