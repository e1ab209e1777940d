/**
 * What one phone cell holds: the number(s) and what is around them. People write
 * "Tél : 06 12 34 56 78", "06 12 34 56 78 / 01 23 45 67 89", "0612345678 ou 0123456789",
 * "01 23 45 67 89 poste 24", "O6 12 34 56 78" (the letter O).
 */
export interface PhoneCellParts {
  /** Each number as typed, labels and extension removed. */
  readonly numbers: readonly string[];
  /** "poste 24", "ext. 24", "x24" → "24". */
  readonly extension: string | null;
  /** Letters left once labels and extensions are gone ("bureau", "HS"). */
  readonly letters: string;
  /** True when the letter O / I / l stood for a digit and was replaced. */
  readonly letterForDigit: boolean;
}

// Labels people put before or after a number; removing them loses nothing the number needs.
const LABELS =
  /\b(?:t[ée]l[ée]phone|t[ée]l|mobile|mob|portable|port|gsm|cellulaire|cell|fixe|fax|domicile|dom|bureau|bur|pro|perso|travail|standard|ligne directe|phone|home|work|office)\b\.?\s*:?/giu;
const EXTENSION = /\b(?:poste|post|ext|extension|x)\.?\s*(\d{1,6})\s*$/iu;
// Words and signs between two numbers.
const BETWEEN = /\s*(?:[/;|,\n&]|\bou\b|\bor\b|\bet\b|\band\b|\s-\s)\s*/iu;

export function splitPhoneCell(text: string): PhoneCellParts {
  let rest = text;
  let extension: string | null = null;
  const ext = EXTENSION.exec(rest);
  if (ext) {
    extension = ext[1] ?? null;
    rest = rest.slice(0, ext.index);
  }
  rest = rest.replace(LABELS, " ");
  // O / o / I / l typed among digits: "O6 12 34 56 78", "06 l2 34…".
  let letterForDigit = false;
  rest = rest.replace(/[\dOoIl]+/gu, (token) => {
    if (!/\d/.test(token) || /^\d+$/.test(token)) return token;
    letterForDigit = true;
    return token.replace(/[Oo]/g, "0").replace(/[Il]/g, "1");
  });
  const letters = (rest.replace(/\b(?:ou|or|et|and)\b/giu, " ").match(/\p{L}+/gu) ?? []).join(" ");
  const pieces = rest
    .replace(/\p{L}+/gu, " ")
    .split(BETWEEN)
    .flatMap(splitGluedNumbers)
    .filter((piece) => /\d/.test(piece));
  return { numbers: pieces.map((piece) => piece.trim()), extension, letters, letterForDigit };
}

/**
 * Two French numbers separated only by spaces: "06 12 34 56 78 01 23 45 67 89" or
 * "0612345678 0123456789" — 20 digits where the 11th is a 0 again.
 */
function splitGluedNumbers(piece: string): string[] {
  const digits = piece.replace(/\D/g, "");
  if (piece.includes("+") || digits.length < 20 || digits.length % 10 !== 0) return [piece];
  const chunks: string[] = [];
  for (let i = 0; i < digits.length; i += 10) chunks.push(digits.slice(i, i + 10));
  return chunks.every((chunk) => /^0[1-9]/.test(chunk)) ? chunks : [piece];
}
