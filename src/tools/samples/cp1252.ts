/**
 * Windows-1252 encoder, as French Excel uses for "CSV (séparateur: point-virgule)".
 * ASCII and Latin-1 (U+00A0–U+00FF) map to the same byte; 0x80–0x9F hold the specials
 * below (Microsoft's cp1252 table; 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned).
 * Anything else becomes "?" (one per character, surrogate pairs included), as Excel writes it.
 */
const SPECIALS: Readonly<Record<string, number>> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88,
  "‰": 0x89, "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93,
  "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b,
  "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

const SPECIAL_BYTES = new Map<number, number>(
  Object.entries(SPECIALS).map(([ch, byte]) => [ch.codePointAt(0) as number, byte]),
);

/** The characters cp1252 can hold, for tests and callers that want to check a text. */
export const CP1252_SPECIAL_CHARACTERS: readonly string[] = Object.keys(SPECIALS);

const QUESTION_MARK = 0x3f;

export function cp1252Byte(codePoint: number): number | null {
  if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return SPECIAL_BYTES.get(codePoint) ?? null;
}

export function encodeCp1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const ch of text) {
    bytes[length++] = cp1252Byte(ch.codePointAt(0) as number) ?? QUESTION_MARK;
  }
  return bytes.subarray(0, length);
}
