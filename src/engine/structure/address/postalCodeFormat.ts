/**
 * The packed French postal-code base (written by src/tools/packPostalCodes.ts, read by
 * buildPostalIndex). One line per postcode: the 5 digits, then its towns separated by "|";
 * a town is its libellé d'acheminement (La Poste's upper-case routing name), followed by
 * "=" and the INSEE commune name, and "+" and the ligne 5 (old commune / hamlet), only when
 * they differ from the libellé once folded. ~0.5 MB instead of 4 MB of JSON records.
 */
export const POSTAL_FORMAT = "tria-postal-codes/1";

export interface PackedPostalCodes {
  readonly format: typeof POSTAL_FORMAT;
  /** Where the data comes from, with its version. */
  readonly source: string;
  readonly data: string;
}

export interface PostalTown {
  /** Libellé d'acheminement: "AIX EN PROVENCE". */
  readonly libelle: string;
  /** Commune name, when it differs from the libellé: "Aix-en-Provence". */
  readonly commune?: string;
  /** Ligne 5 (old commune, hamlet) when there is one. */
  readonly ligne5?: string;
}

export interface PostalRecord extends PostalTown {
  readonly postalCode: string;
}

export function encodePostalLines(records: Iterable<PostalRecord>, sameName: (a: string, b: string) => boolean): string {
  const byCode = new Map<string, Set<string>>();
  for (const r of records) {
    let entry = r.libelle;
    if (r.commune && !sameName(r.commune, r.libelle)) entry += `=${r.commune}`;
    if (r.ligne5 && !sameName(r.ligne5, r.libelle)) entry += `+${r.ligne5}`;
    const set = byCode.get(r.postalCode) ?? new Set<string>();
    set.add(entry);
    byCode.set(r.postalCode, set);
  }
  return [...byCode.keys()]
    .sort()
    .map((code) => code + [...byCode.get(code)!].sort().join("|"))
    .join("\n");
}

export function decodePostalLines(data: string): PostalRecord[] {
  const records: PostalRecord[] = [];
  for (const line of data.split("\n")) {
    if (line.length < 6) continue;
    const postalCode = line.slice(0, 5);
    for (const entry of line.slice(5).split("|")) {
      const plus = entry.indexOf("+");
      const head = plus >= 0 ? entry.slice(0, plus) : entry;
      const ligne5 = plus >= 0 ? entry.slice(plus + 1) : undefined;
      const eq = head.indexOf("=");
      const libelle = eq >= 0 ? head.slice(0, eq) : head;
      const commune = eq >= 0 ? head.slice(eq + 1) : undefined;
      records.push({ postalCode, libelle, ...(commune ? { commune } : {}), ...(ligne5 ? { ligne5 } : {}) });
    }
  }
  return records;
}
