import type { PurchaseHistories } from "./purchaseHistories";
import { kaplanMeier, logRank, medianLifetime, survivalAt, type Durations } from "./survival";

export interface ChannelLifetime {
  readonly channel: string;
  readonly customers: number;
  /** Customers seen to lapse (no purchase for `lostAfter`), and those still buying at the end of the data. */
  readonly lost: number;
  readonly censored: number;
  /** Half the channel's customers are lost by then (in units); null when fewer than half were. */
  readonly medianLifetime: number | null;
}

export interface ChannelSurvival {
  readonly lostAfter: number;
  readonly channels: readonly ChannelLifetime[];
  /** S(t) per channel, in the order of `channels`, at regular times from 0. */
  readonly curve: readonly { readonly time: number; readonly survival: readonly number[] }[];
  readonly logRank: { readonly chiSquare: number; readonly degreesOfFreedom: number; readonly pValue: number } | null;
}

/** Points on the curve the sheet lists and charts. */
const CURVE_POINTS = 24;
/** Channels with fewer customers than this are left out of the curves (a line drawn from three customers says nothing). */
const MIN_CHANNEL = 10;

/**
 * How long customers keep buying, by the channel of their first order: a customer counts as
 * lost `lostAfter` units after a purchase followed by no other within that gap (the lapse is
 * dated when it becomes known); one still buying at the end of the data is censored there.
 * Kaplan–Meier curves, median lifetime per channel, and the log-rank test that the channels
 * keep customers alike. Without a channel column, one curve for all customers.
 */
export function channelSurvival(histories: PurchaseHistories, unitDays: number, lostAfter: number, allLabel: string): ChannelSurvival {
  const gap = lostAfter * unitDays;
  const groups = new Map<string, { times: number[]; events: number[] }>();
  const { purchaseDays, dayStart, dataEnd } = histories;
  for (let i = 0; i < histories.ids.length; i++) {
    const start = dayStart[i]!;
    const end = dayStart[i + 1]!;
    if (end === start) continue;
    const first = purchaseDays[start]!;
    let lostDay = Number.NaN;
    for (let k = start; k < end; k++) {
      const next = k + 1 < end ? purchaseDays[k + 1]! : Infinity;
      if (next - purchaseDays[k]! > gap && purchaseDays[k]! + gap <= dataEnd) {
        lostDay = purchaseDays[k]! + gap;
        break;
      }
    }
    const channel = histories.firstChannel ? (histories.firstChannel[i] ?? "—") : allLabel;
    let group = groups.get(channel);
    if (!group) groups.set(channel, (group = { times: [], events: [] }));
    const lost = !Number.isNaN(lostDay);
    group.times.push(((lost ? lostDay : dataEnd) - first) / unitDays);
    group.events.push(lost ? 1 : 0);
  }
  const kept = [...groups].filter(([, g]) => g.times.length >= MIN_CHANNEL).sort((a, b) => b[1].times.length - a[1].times.length || a[0].localeCompare(b[0]));
  const curves = kept.map(([, g]) => kaplanMeier(g));
  const channels = kept.map(([channel, g], index): ChannelLifetime => {
    const lost = g.events.reduce((s, e) => s + e, 0);
    const median = medianLifetime(curves[index]!);
    return {
      channel,
      customers: g.times.length,
      lost,
      censored: g.times.length - lost,
      medianLifetime: median === null ? null : Math.round(median * 100) / 100,
    };
  });
  // A loop, not Math.max(...times): a third of a million arguments overflow the call stack.
  let longest = 0;
  for (const [, g] of kept) for (const time of g.times) if (time > longest) longest = time;
  const step = longest > 0 ? niceStep(longest / CURVE_POINTS) : 1;
  const curve = [];
  for (let time = 0; time <= longest + 1e-9 && curve.length <= CURVE_POINTS + 1; time += step)
    curve.push({ time, survival: curves.map((c) => survivalAt(c, time)) });
  const test = logRank(kept.map(([, g]): Durations => g));
  return { lostAfter, channels, curve, logRank: test ? { chiSquare: test.chiSquare, degreesOfFreedom: test.degreesOfFreedom, pValue: test.pValue } : null };
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}
