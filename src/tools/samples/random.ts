/**
 * A seeded random source, so the same seed always gives the same sample file.
 *
 * mulberry32 (Tommy Ettinger's public-domain 32-bit generator) is written by hand: it is
 * five lines, fast, and good enough for test data; no library is needed for that.
 */
export type Rand = () => number;

export function mulberry32(seed: number): Rand {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max], both included. */
export function randomInt(rand: Rand, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

export function chance(rand: Rand, probability: number): boolean {
  return rand() < probability;
}

export function pick<T>(rand: Rand, list: readonly T[]): T {
  const value = list[Math.floor(rand() * list.length)];
  if (value === undefined) throw new Error("pick: empty list");
  return value;
}

/**
 * A string of `length` random decimal digits, built from one draw (one string, not one per
 * digit: this runs a million times for the bench). A 32-bit draw covers at most 9 digits.
 */
export function randomDigits(rand: Rand, length: number): string {
  if (length > 9) throw new Error("randomDigits: at most 9 digits from one 32-bit draw");
  return String(Math.floor(rand() * 10 ** length)).padStart(length, "0");
}

export type Weighted<T> = readonly (readonly [T, number])[];

/**
 * Builds a picker for weighted choices once (cumulative weights), so picking per row costs
 * one random draw and a short scan, not a rebuild of the table.
 */
export function weightedPicker<T>(choices: Weighted<T>): (rand: Rand) => T {
  if (choices.length === 0) throw new Error("weightedPicker: no choices");
  const values = choices.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of choices) {
    total += weight;
    cumulative.push(total);
  }
  return (rand) => {
    const target = rand() * total;
    for (let i = 0; i < cumulative.length; i++) {
      if (target < (cumulative[i] as number)) return values[i] as T;
    }
    return values[values.length - 1] as T;
  };
}
