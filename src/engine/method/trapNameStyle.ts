import { cellText, type CellValue } from "../table/cellValue";

/** How a sheet writes a name: "DUPONT", "Dupont" or "dupont". */
export type NameCase = "upper" | "title" | "lower";

/**
 * How the sheet writes its customers' names, so that a trap's name looks like its neighbours:
 * a made-up "PIERRE" among "Dupont", "Martin" would stand out to anyone reading the copy.
 */
export interface NameStyle {
  readonly first: NameCase;
  readonly last: NameCase;
  /** A full-name column: "DUPONT Marie" (surname first, as many CRMs write it) or "Marie Dupont". */
  readonly fullLastFirst: boolean;
  readonly fullLast: NameCase;
  /** Full names start with a civility ("Mme Gaëlle Rousseau"). */
  readonly fullCivility: boolean;
}

const CIVILITY = /^(m|mme|mlle|mr|mrs|ms|monsieur|madame|mademoiselle|dr|me)\.?$/i;
const hasLetters = (word: string) => /\p{L}.*\p{L}/u.test(word);
const isUpper = (word: string) => hasLetters(word) && word === word.toUpperCase() && word !== word.toLowerCase();

function caseOfWord(word: string): NameCase | null {
  if (!hasLetters(word)) return null;
  if (isUpper(word)) return "upper";
  return word === word.toLowerCase() ? "lower" : "title";
}

/** The case most of the words have; "title" when there are none. */
function mostCommon(cases: readonly (NameCase | null)[]): NameCase {
  const count = { upper: 0, title: 0, lower: 0 };
  for (const c of cases) if (c !== null) count[c]++;
  if (count.upper > count.title && count.upper > count.lower) return "upper";
  return count.lower > count.title ? "lower" : "title";
}

/** More than half of the cells that say something. */
const most = (flags: readonly boolean[]) => flags.filter(Boolean).length * 2 > flags.length;

export function nameStyle(firstNames: readonly CellValue[], lastNames: readonly CellValue[], fullNames: readonly CellValue[]): NameStyle {
  const texts = (cells: readonly CellValue[]) => cells.map((cell) => cellText(cell).trim()).filter(Boolean);
  const full = texts(fullNames).map((text) => text.split(/\s+/));
  const named = full.map((words) => (CIVILITY.test(words[0]!) ? words.slice(1) : words)).filter((words) => words.length >= 2);
  // "DUPONT Marie": the first word in capitals, the next not.
  const lastFirst = most(named.map((words) => isUpper(words[0]!) && !isUpper(words[1]!)));
  return {
    first: mostCommon(texts(firstNames).map(caseOfWord)),
    last: mostCommon(texts(lastNames).map(caseOfWord)),
    fullLastFirst: lastFirst,
    fullLast: mostCommon(named.map((words) => caseOfWord(lastFirst ? words[0]! : words[words.length - 1]!))),
    fullCivility: full.length > 0 && most(full.map((words) => CIVILITY.test(words[0]!))),
  };
}

/** A name from the lists (written "Dupont", "Jean-Pierre") in the sheet's case. */
export function inCase(name: string, nameCase: NameCase): string {
  return nameCase === "upper" ? name.toUpperCase() : nameCase === "lower" ? name.toLowerCase() : name;
}

/** The full name as the sheet writes them: "Mme Marie Dupont", "DUPONT Marie"… */
export function fullName(first: string, last: string, civility: string, style: NameStyle): string {
  const surname = inCase(last, style.fullLast);
  const words = style.fullLastFirst ? [surname, first] : [first, surname];
  return (style.fullCivility ? [civility, ...words] : words).join(" ");
}
