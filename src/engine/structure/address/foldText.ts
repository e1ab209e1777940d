import { foldUpperWords } from "../../text/fold";

/** Folded upper case (engine/text/fold.ts), every run of non A–Z/0–9 one space, trimmed: "Saint-Étienne." → "SAINT ETIENNE". */
export function foldWords(text: string): string {
  if (text === "") return ""; // most RNVP slots are empty
  // Most parts reach here folded already (the splitter upper-cases; "RUE DE LA PAIX", "75002"):
  // kept as they are, without a pass that writes them into a new string (RNVP folds ~10 a row).
  return isFoldedWords(text) ? text : foldUpperWords(text);
}

/** Only A–Z and 0–9 in words separated by one space, none at either end: what foldUpperWords leaves. */
function isFoldedWords(text: string): boolean {
  let previous = 32; // a leading space is not folded
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previous === 32) return false;
    } else if (code > 90 || code < 48 || (code > 57 && code < 65)) {
      return false;
    }
    previous = code;
  }
  return previous !== 32;
}

/** Collapse runs of white space to one space and trim. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
