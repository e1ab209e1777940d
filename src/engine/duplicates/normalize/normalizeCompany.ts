import { LEGAL_FORM_KEY_WORDS } from "../../vocab/legalForms";
import { foldKeyWords } from "../../text/fold";

/**
 * A company name as compared: folded, legal forms and "Société"/"Ets" dropped, "&" read as
 * "et", and the words glued, so "SARL Lebon Coiffure", "Le Bon Coiffure (SAS)" and "LE BON
 * COIFFURE" all give "leboncoiffure". "" when nothing but a legal form was typed.
 */
export function normalizeCompany(text: string): string {
  let out = "";
  for (const word of foldKeyWords(text.replace(/&/g, " et "))) if (!LEGAL_FORM_KEY_WORDS.has(word)) out += word;
  return out;
}
