/** "Hélène" → "helene", "JEAN-PIERRE" → "jean-pierre": the key the name lists are looked up by. */
export function foldName(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘ʼ`]/g, "'");
}
