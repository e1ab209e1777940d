import { HEAT_RAMP } from "../engine/scoring/data/heatColours";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { scoredCount } from "../engine/scoring/scoredCount";
import { t } from "./i18n/strings";
import { colon, formatNumber } from "../engine/i18n/localeFormat";
import { m } from "./i18n/methodStrings";

/** "424 clients notés sur 500 — 76 sans date d'achat ou montant.": the counts add up. */
export function scoredText(lang: Lang, report: Pick<Report, "scores">): string {
  const { scored, total, unscored } = scoredCount(report);
  const n = (value: number) => formatNumber(lang, value);
  return unscored > 0
    ? t(lang, "scoredSummaryWithMissing", { scored: n(scored), total: n(total), missing: n(unscored) })
    : t(lang, "scoredSummary", { scored: n(scored), total: n(total) });
}

/** "Selon la grille de points : 12 clients chauds · 30 tièdes · 58 froids"; empty without a grid. */
export function heatText(lang: Lang, report: Pick<Report, "heat">): string {
  const heat = report.heat;
  if (!heat) return "";
  const parts = [m(lang, "heatHot", { count: heat.hot }), m(lang, "heatWarm", { count: heat.warm }), m(lang, "heatCold", { count: heat.cold })];
  return `${m(lang, "heatTitle")}${colon(lang)} ${parts.join(" · ")}`;
}

export interface SegmentCount {
  readonly segment: string;
  readonly count: number;
}

/** Customers per segment, largest first: the bars of the Score tab. */
export function segmentCounts(report: Report): SegmentCount[] {
  const counts = new Map<string, number>();
  for (const score of report.scores) if (score.segment) counts.set(score.segment, (counts.get(score.segment) ?? 0) + 1);
  return [...counts].map(([segment, count]) => ({ segment, count })).sort((a, b) => b.count - a.count || a.segment.localeCompare(b.segment));
}

/**
 * The R×F grid: cells[r-1][f-1] customers, for a heat map. Classes is the largest score seen,
 * so the grid is 3×3, 4×4, 5×5 or 10×10 like the options.
 */
export function rfGrid(report: Report): { classes: number; cells: number[][]; max: number } {
  let classes = 0;
  for (const s of report.scores) classes = Math.max(classes, s.r ?? 0, s.f ?? 0);
  const cells = Array.from({ length: classes }, () => Array<number>(classes).fill(0));
  let max = 0;
  for (const s of report.scores) {
    if (!s.r || !s.f) continue;
    const row = cells[s.r - 1]!;
    row[s.f - 1] = (row[s.f - 1] ?? 0) + 1;
    max = Math.max(max, row[s.f - 1]!);
  }
  return { classes, cells, max };
}

/** The heat map's fill, from the summary sheet's own ramp (one place for those colours). */
export function heatColour(count: number, max: number): string {
  if (count <= 0 || max <= 0) return `#${HEAT_RAMP[0]}`;
  const step = Math.max(1, Math.ceil((count / max) * (HEAT_RAMP.length - 1)));
  return `#${HEAT_RAMP[Math.min(step, HEAT_RAMP.length - 1)]}`;
}

/** White text only on the darkest green (548235: 5.0:1 with white); dark text elsewhere (WCAG AA). */
export function heatTextOnDark(count: number, max: number): boolean {
  return heatColour(count, max) === `#${HEAT_RAMP[HEAT_RAMP.length - 1]}`;
}
