/** "Diabétique, prévoir livraison !" → "diabetique prevoir livraison": lower case, no accents, words only. */
export function foldNote(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
