import { foldLower } from "../../text/fold";

const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** "Hélène" → "helene", "JEAN-PIERRE" → "jean-pierre": the key the name lists are looked up by. */
export function foldName(word: string): string {
  // Most names are plain ASCII: skip the Unicode normalisation (this runs on a million rows).
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return foldLower(word).replace(/[’‘ʼ`]/g, "'");
}
