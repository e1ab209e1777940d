/** Two words are the same word mistyped above this Jaro-Winkler similarity (Winkler's usual cut-off is 0.88-0.9). */
export const SAME_WORD = 0.88;
/** "J." stands for "Jean": an initial matching a word's first letter counts this much. */
export const INITIAL_MATCH = 0.8;
