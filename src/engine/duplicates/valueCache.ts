/**
 * A normalisation remembered per distinct input text: names, companies and towns repeat
 * across a customer file, so each distinct text is normalised once. Bounded: when full it
 * starts again (a file of a million distinct address lines must not keep them all twice).
 */
export class ValueCache<T> {
  private readonly values = new Map<string, T>();

  constructor(
    private readonly compute: (text: string) => T,
    private readonly limit = 100_000,
  ) {}

  get(text: string): T {
    let value = this.values.get(text);
    if (value === undefined) {
      value = this.compute(text);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(text, value);
    }
    return value;
  }
}
