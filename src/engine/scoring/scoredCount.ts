import type { Report } from "../report";

/** How many customers got a score, out of how many the job read: "424 clients notés sur 500 — 76 sans …". */
export interface ScoredCount {
  readonly scored: number;
  readonly total: number;
  /** Customers without a last-purchase date or an amount: flagged on their cells, not scored. */
  readonly unscored: number;
}

export function scoredCount(report: Pick<Report, "scores">): ScoredCount {
  const total = report.scores.length;
  const scored = report.scores.filter((score) => score.code !== null).length;
  return { scored, total, unscored: total - scored };
}
