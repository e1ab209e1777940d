import type { CellValue } from "../table/cellValue";

/** Texts looked at before deciding whether a column repeats enough to be worth sharing. */
const SAMPLE = 10_000;

/**
 * Equal texts of one column made one string: a town, a postal code, a first name or a
 * civility comes back on thousands of rows, each a string of its own as the parsers made it.
 * On 1,048,576 rows Structure adds some 30 columns (tens of millions of strings): sharing the
 * repeated ones keeps a third of them out of memory and out of the garbage collector's work.
 * A column of distinct values (streets, phones, e-mails) stops being looked up once a sample
 * of SAMPLE texts shows it, so it costs little. The texts are the same: nothing shown changes.
 */
export class TextSharer {
  private readonly texts = new Map<string, string>();
  private seen = 0;
  private sharing = true;

  share(text: string): string {
    if (!this.sharing || text === "") return text;
    const known = this.texts.get(text);
    if (known === undefined) this.texts.set(text, text);
    if (++this.seen === SAMPLE && this.texts.size > SAMPLE / 2) {
      this.sharing = false;
      this.texts.clear();
    }
    return known ?? text;
  }
}

/** A column's values with equal texts made one string (a copy when some were shared). */
export function shareRepeatedTexts(values: readonly CellValue[]): readonly CellValue[] {
  const sharer = new TextSharer();
  let out: CellValue[] | null = null;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "string") continue;
    const shared = sharer.share(value);
    if (shared !== value) (out ??= values.slice())[i] = shared;
  }
  return out ?? values;
}
