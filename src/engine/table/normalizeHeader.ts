/**
 * A header as a comparable key: "Tél." → "tel", "N° client" → "n client", "E-mail" → "e mail",
 * "Date dernière commande" → "date derniere commande", "Nb achats / an" → "nb achats an".
 *
 * Lower case, accents and ligatures dropped (NFKD then combining marks stripped; "œ" has no
 * decomposition so it is spelled out), every character that is not an ASCII letter or digit
 * becomes a space, letters and digits are split ("Adresse1" → "adresse 1", because exports
 * write both "Adresse1" and "Adresse 1"), spaces collapsed and trimmed. The output only holds
 * [a-z0-9 ], so normalising twice changes nothing.
 */
const LIGATURES: Readonly<Record<string, string>> = { "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l" };
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function normalizeHeader(text: string): string {
  return String(text)
    .toLowerCase()
    .replace(/[œæßøđł]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/([a-z])(?=[0-9])|([0-9])(?=[a-z])/g, "$1$2 ")
    .replace(/ +/g, " ")
    .trim();
}
