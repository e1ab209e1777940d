import { foldKey } from "../text/fold";

/**
 * A header as a comparable key: "Tél." → "tel", "N° client" → "n client", "E-mail" → "e mail",
 * "Date dernière commande" → "date derniere commande", "Nb achats / an" → "nb achats an".
 *
 * Lower case, accents and ligatures dropped (engine/text/fold.ts), every character that is not an ASCII letter or digit
 * becomes a space, letters and digits are split ("Adresse1" → "adresse 1", because exports
 * write both "Adresse1" and "Adresse 1"), spaces collapsed and trimmed. The output only holds
 * [a-z0-9 ], so normalising twice changes nothing.
 */
export function normalizeHeader(text: string): string {
  // NFKC first: headers are typed with compatibility forms ("Nº voie" is "No voie", "ﬁ" is "fi").
  return foldKey(String(text).normalize("NFKC"))
    .replace(/([a-z])(?=[0-9])|([0-9])(?=[a-z])/g, "$1$2 ")
    .replace(/ +/g, " ")
    .trim();
}
