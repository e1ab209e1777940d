import { foldUpperWords } from "../../text/fold";

/** Folded upper case (engine/text/fold.ts), every run of non A–Z/0–9 one space, trimmed: "Saint-Étienne." → "SAINT ETIENNE". */
export function foldWords(text: string): string {
  if (text === "") return ""; // most RNVP slots are empty
  return foldUpperWords(text);
}

/** Collapse runs of white space to one space and trim. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
