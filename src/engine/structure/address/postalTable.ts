/** A town at a postcode as the table reads it: its libellé and the keys it answers to (IndexedTown). */
interface TownKeys {
  readonly record: { readonly libelle: string };
  readonly keys: readonly string[];
}

const CODES = 100_000;

/**
 * The postal base's towns by code as flat arrays (issue 11): the one lookup a French address
 * row makes. The same answers as walking `byCode`'s towns and their key arrays, but those are
 * ~35,000 objects, arrays and strings spread over the heap, and on a big job a row found them
 * out of the cache (the town checks were a third of the address processor); a Map of the
 * 33,000 keys costs as many misses. Here a code is a number and a code's towns a run of a few
 * entries whose keys and libellés lie side by side in two flat texts: a row reads two or three
 * small places.
 *
 *   code n's entries: [codeFrom[n], codeFrom[n + 1]), one per key of each of its towns, in the
 *   towns' order; entry e: its key keys[keyAt[e], keyAt[e + 1]), its town's libellé likewise.
 */
export class PostalTable {
  private readonly keyIds = new Set<string>();
  private readonly codeFrom = new Int32Array(CODES + 1);
  private readonly keys: string;
  private readonly keyAt: Int32Array;
  private readonly libelles: string;
  private readonly libelleAt: Int32Array;
  private readonly entryLibelle: string[] = [];

  constructor(byCode: ReadonlyMap<string, readonly TownKeys[]>) {
    const codes = [...byCode.keys()].filter((code) => codeNumber(code) >= 0).sort();
    const keys: string[] = [];
    let next = 0;
    for (const code of codes) {
      const n = codeNumber(code);
      while (next <= n) this.codeFrom[next++] = keys.length;
      for (const town of byCode.get(code)!) {
        for (const key of town.keys) {
          this.keyIds.add(key);
          keys.push(key);
          this.entryLibelle.push(town.record.libelle);
        }
      }
    }
    while (next <= CODES) this.codeFrom[next++] = keys.length;
    [this.keys, this.keyAt] = packed(keys);
    [this.libelles, this.libelleAt] = packed(this.entryLibelle);
  }

  /** Whether some town of the base answers to the key. */
  knows(key: string): boolean {
    return this.keyIds.has(key);
  }

  /** Whether the code (its number: codeNumber) has towns. */
  hasCode(n: number): boolean {
    return n >= 0 && this.codeFrom[n]! < this.codeFrom[n + 1]!;
  }

  /** The first entry of code n whose town answers to the key, -1 when none does. */
  firstEntry(n: number, key: string): number {
    if (n < 0) return -1;
    const end = this.codeFrom[n + 1]!;
    for (let e = this.codeFrom[n]!; e < end; e++) if (sameText(this.keys, this.keyAt[e]!, this.keyAt[e + 1]!, key)) return e;
    return -1;
  }

  /** Whether a town of code n answering to the key (from its first entry on) has this exact libellé. */
  hasLibelle(n: number, first: number, key: string, text: string): boolean {
    if (first < 0) return false;
    const end = this.codeFrom[n + 1]!;
    for (let e = first; e < end; e++) {
      if (sameText(this.libelles, this.libelleAt[e]!, this.libelleAt[e + 1]!, text) && sameText(this.keys, this.keyAt[e]!, this.keyAt[e + 1]!, key))
        return true;
    }
    return false;
  }

  /** The libellé of the entry's town (the base's own string). */
  libelle(entry: number): string {
    return this.entryLibelle[entry]!;
  }
}

/** The texts end to end in one flat string, and where each starts (one more offset: the end). */
function packed(texts: readonly string[]): [string, Int32Array] {
  const at = new Int32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) at[i + 1] = at[i]! + texts[i]!.length;
  return [texts.join(""), at];
}

/** Whether text[from, to) of `within` is `text`. */
function sameText(within: string, from: number, to: number, text: string): boolean {
  if (to - from !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (within.charCodeAt(from + i) !== text.charCodeAt(i)) return false;
  return true;
}

/** "75002" → 75002; -1 unless five ASCII digits (every code of the base is). */
export function codeNumber(code: string): number {
  if (code.length !== 5) return -1;
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const digit = code.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}
