import { sonnex } from "./sonnex";

const LETTERS_ONLY = /^[a-z]+$/;

/**
 * The French sound of a folded word (Sonnex, F. Bisson, as talisman computes it: see sonnex.ts):
 * "rousseau" and "rouseau", "dupont" and "dupond" sound alike, so a typo in a name still
 * shares a blocking key. Digits are kept as they are. No memo: blocking asks once per distinct
 * word of a dictionary, so a memo only added a Map lookup and insertion per word.
 */
export function phoneticKey(word: string): string {
  return LETTERS_ONLY.test(word) ? sonnex(word) || word : word;
}
