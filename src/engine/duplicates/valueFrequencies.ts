import type { CustomerRecord } from "./customerRecord";
import { hashKey } from "./hashKey";

const IDENTIFIERS: ReadonlySet<string> = new Set(["e", "p", "s"]);

/**
 * How many rows share each value, per field: Fellegi-Sunter's u-probability. Agreeing on an
 * e-mail held by one row is strong evidence; agreeing on "Martin" or on 75015 is weaker.
 * Counts live in hashed tables sized to the row count (bounded memory for 1,048,576 rows).
 */
export class ValueFrequencies {
  private readonly counts: Uint32Array;
  private readonly mask: number;

  constructor(
    readonly rows: number,
    records: readonly CustomerRecord[],
  ) {
    let size = 1024;
    while (size < rows * 8) size *= 2;
    this.counts = new Uint32Array(size);
    this.mask = size - 1;
    for (const r of records) {
      if (r.email) this.add("e", r.email);
      for (const p of r.phones) this.add("p", p);
      if (r.siret) this.add("s", r.siret);
      for (const token of r.name) this.add("n", token);
      if (r.company) this.add("c", r.company);
      if (r.address.postalCode) this.add("z", r.address.postalCode);
      if (r.address.city) this.add("t", r.address.city);
      if (r.address.street.length > 0) this.add("a", r.address.street.join(" "));
    }
  }

  private add(field: string, value: string): void {
    const slot = hashKey(field + value) & this.mask;
    this.counts[slot] = (this.counts[slot] ?? 0) + 1;
  }

  /** Rows holding this value (at least 1). */
  count(field: "e" | "p" | "s" | "n" | "c" | "z" | "t" | "a", value: string): number {
    return Math.max(1, this.counts[hashKey(field + value) & this.mask] ?? 1);
  }

  /** Bits of evidence in agreeing on the value: log2(1 / share of rows holding it), capped. */
  rarity(field: "e" | "p" | "s" | "n" | "c" | "z" | "t" | "a", value: string, max: number): number {
    const count = this.count(field, value);
    // An e-mail, phone or SIRET held by one customer is unique in the world, however small
    // the file: only a shared one (a switchboard, "contact@") is weaker.
    if (IDENTIFIERS.has(field) && count <= 2) return max;
    return Math.min(max, Math.log2(this.rows / count));
  }
}
