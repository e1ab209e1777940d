import type { Interner } from "../interner";

/**
 * Bits of evidence in agreeing on each value of a dictionary: log2(1 / share of rows holding
 * it), capped at `max` (Fellegi-Sunter's u-probability). Computed once per distinct value.
 * An identifier (e-mail, phone) held by one or two rows is unique in the world however small
 * the file: it gets the full `max`; only a shared one (a switchboard, "contact@") is weaker.
 */
export function rarities(dictionary: Interner, rows: number, max: number, min: number, identifier = false): Float64Array {
  const out = new Float64Array(dictionary.size);
  for (let id = 0; id < out.length; id++) {
    const count = dictionary.count(id);
    const bits = identifier && count <= 2 ? max : Math.min(max, Math.log2(rows / count));
    out[id] = Math.max(min, bits);
  }
  return out;
}
