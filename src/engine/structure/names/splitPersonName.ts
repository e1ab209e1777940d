import type { FieldIssue } from "../fieldIssue";
import { cleanText } from "../../text/cleanText";
import { genderOf, matchCivility, type Civility, type Gender } from "./civility";
import { firstNameRank, isCommonSurname } from "./firstNameLookup";
import { LOWER_PARTICLES } from "../../vocab/nameParticles";
import { properCase } from "./properCase";
import { recogniseCompany, type CompanyName } from "./recogniseCompany";

export interface PersonName {
  readonly civility: Civility | null;
  /** The civility as typed ("Monsieur", "MR."). */
  readonly civilityTyped: string;
  readonly firstName: string;
  readonly lastName: string;
  /** From the civility only: a first name says too little (Camille, Dominique, Claude). */
  readonly gender: Gender;
  /** Set when the cell names a business ("SARL Dupont", "Boulangerie Martin"). */
  readonly company: CompanyName | null;
  /** True when the order first/last was a guess (neither case nor the name lists told). */
  readonly ambiguous: boolean;
  readonly issues: readonly FieldIssue[];
}

/**
 * Splits what a "Nom" / "Client" cell holds into civility, first name and last name, in proper
 * case. The order is read, in turn, from a comma ("Dupont, Jean"), from capitals (the word in
 * capitals is the surname: "DUPONT Jean", "Jean DUPONT"), from a particle ("jean de la
 * fontaine"), from initials ("Martin J.P."), and last from the first-name list ("Dupont Jean").
 */
export function splitPersonName(text: string): PersonName {
  const clean = cleanText(text);
  const civilityMatch = matchCivility(clean);
  const civility = civilityMatch?.civility ?? null;
  const rest = civilityMatch ? civilityMatch.rest : clean;
  const civilityTyped = civilityMatch?.typed ?? "";
  const gender = genderOf(civility);
  // Object literals with every field, no spread: one hidden class for every name (a million rows).
  const company = recogniseCompany(rest);
  if (company.isCompany) return { civility, civilityTyped, gender, issues: NO_ISSUES, firstName: "", lastName: "", company, ambiguous: false };
  const split = splitOrder(rest);
  return {
    civility,
    civilityTyped,
    gender,
    issues: NO_ISSUES,
    firstName: properCase(split.first),
    lastName: properCase(split.last),
    company: null,
    ambiguous: split.ambiguous,
  };
}

// Shared and frozen: a name never has issues of its own (the processor adds none to it).
const NO_ISSUES: readonly FieldIssue[] = Object.freeze([]);

interface Split {
  readonly first: string;
  readonly last: string;
  readonly ambiguous: boolean;
}

function splitOrder(text: string): Split {
  const comma = text.indexOf(",");
  if (comma >= 0)
    return {
      last: text.slice(0, comma).trim(),
      first: text
        .slice(comma + 1)
        .replace(/,/g, " ")
        .trim(),
      ambiguous: false,
    };
  const words = text.split(" ").filter((word) => word !== "");
  if (words.length === 0) return { first: "", last: "", ambiguous: false };
  // A single word is a surname: that is what a name column most often lacks the rest of.
  if (words.length === 1) return { first: "", last: words[0] ?? "", ambiguous: false };
  return byInitials(words) ?? byCapitals(words) ?? byParticle(words) ?? byFirstNameList(words);
}

const join = (words: readonly string[]): string => words.join(" ");

/** "Martin J.P.", "J.-P. Martin", "J. Dupont": the initials are the first name. */
function byInitials(words: readonly string[]): Split | null {
  // Plain loops and module-level tests: this runs on every name of a million-row file.
  let count = 0;
  for (const word of words) if (isInitials(word)) count++;
  if (count === 0 || count === words.length) return null;
  const first: string[] = [];
  const last: string[] = [];
  for (const word of words) (isInitials(word) ? first : last).push(word);
  return { first: join(first), last: join(last), ambiguous: false };
}

const INITIALS = /^(?:\p{L}\.?-?){1,3}$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const TWO_LETTERS = /\p{L}{2}/u;

function isInitials(word: string): boolean {
  // Initials are at most 3 letters with dots and hyphens: 9 characters (a surrogate pair each at most).
  if (word.length > 12) return false;
  return (word.includes(".") && INITIALS.test(word)) || ONE_CAPITAL.test(word);
}

function isCapitals(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase() && TWO_LETTERS.test(word);
}

/** In mixed case, the words in capitals are the surname (French administrative habit). */
function byCapitals(words: readonly string[]): Split | null {
  const capitals = words.map(isCapitals);
  let count = 0;
  for (const capital of capitals) if (capital) count++;
  if (count === 0 || count === words.length) return null;
  // A lower-case particle next to the capitals belongs to the surname ("Jean de LA FONTAINE").
  const first: string[] = [];
  const last: string[] = [];
  words.forEach((word, index) => (capitals[index] === true || (LOWER_PARTICLES.has(word) && capitals[index + 1] === true) ? last : first).push(word));
  return { first: join(first), last: join(last), ambiguous: false };
}

/** "jean-pierre de la fontaine": the surname starts at its particle. */
function byParticle(words: readonly string[]): Split | null {
  const at = words.findIndex((word, index) => index > 0 && index < words.length - 1 && LOWER_PARTICLES.has(word.toLowerCase()));
  if (at < 0) return null;
  return { first: join(words.slice(0, at)), last: join(words.slice(at)), ambiguous: false };
}

/**
 * Same case throughout: the first-name list decides. The side whose word is a first name (and
 * not one of France's most frequent surnames) is the first name; when both or neither are,
 * "Prénom Nom" is assumed and the result marked ambiguous.
 */
function byFirstNameList(words: readonly string[]): Split {
  const head = words[0] ?? "";
  const tail = words[words.length - 1] ?? "";
  const headScore = firstNameScore(head);
  const tailScore = firstNameScore(tail);
  if (tailScore > headScore) return { first: tail, last: join(words.slice(0, -1)), ambiguous: false };
  const ambiguous = headScore === tailScore;
  // Further first names after the first ("Jean Pierre Dupont"): every leading first name but the last word.
  let firstCount = 1;
  while (firstCount < words.length - 1 && firstNameScore(words[firstCount] ?? "") > 0 && firstNameScore(words[words.length - 1] ?? "") <= 0) firstCount++;
  return { first: join(words.slice(0, firstCount)), last: join(words.slice(firstCount)), ambiguous };
}

/** 0 when not a first name; higher for common first names; lowered for frequent surnames. */
function firstNameScore(word: string): number {
  const rank = firstNameRank(word);
  if (rank === null) return 0;
  const score = 2 - rank / 2000;
  return isCommonSurname(word) ? score - 1 : score;
}
