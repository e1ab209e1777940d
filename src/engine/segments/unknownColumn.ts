import { distance } from "fastest-levenshtein";
import { OptionError } from "../optionError";
import { foldAccents } from "../text/fold";

/** A file of 200 columns would drown the message: the first 30 say enough. */
const LISTED = 30;
/** Suggestions at most, closest first. */
const SUGGESTED = 3;
/** An operator inside a header: the only case where quoting the name is the fix. */
const OPERATOR = /[<>=!≥≤]|\s(?:contient|contains|dans|in|entre|between|est|is)\s/i;

const fold = (text: string) => foldAccents(text).toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The headers a mistyped column name probably meant: one or two letters apart (« Vile » for
 * « Ville », « Panier moyn »), or holding it whole (« achat » in « Date dernier achat »).
 */
export function closeColumns(name: string, headers: readonly string[]): string[] {
  const wanted = fold(name);
  if (wanted === "") return [];
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  return headers
    .map((header) => {
      const folded = fold(header);
      const apart = distance(wanted, folded);
      return { header, rank: apart <= allowed ? apart : wanted.length >= 3 && folded.includes(wanted) ? allowed + 1 : Infinity };
    })
    .filter((c) => c.rank !== Infinity)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, SUGGESTED)
    .map((c) => c.header);
}

/**
 * `--where` names a column the sheet does not have: the close matches first, then the columns;
 * the advice to quote a name only when the name is the start of a header that holds an
 * operator (« Montant > 100 € » read as « Montant »).
 */
export function unknownColumnError(name: string, headers: readonly string[]): OptionError {
  const listed = headers.length > LISTED ? [...headers.slice(0, LISTED), "…"] : headers;
  const close = closeColumns(name, headers);
  const quoted = (open: string, shut: string) => close.map((c) => `${open}${c}${shut}`);
  const cut = headers.some((h) => OPERATOR.test(h) && fold(h).startsWith(fold(name)) && fold(h) !== fold(name));
  return new OptionError("where.unknownColumn", {
    fr:
      `La colonne « ${name} » n'existe pas.` +
      (close.length > 0 ? ` Vouliez-vous dire ${quoted("« ", " »").join(" ou ")} ?` : "") +
      ` Colonnes : ${listed.join(", ")}.` +
      (cut ? " Un nom qui contient un opérateur s'écrit entre guillemets ou [crochets]." : ""),
    en:
      `There is no column "${name}".` +
      (close.length > 0 ? ` Did you mean ${quoted('"', '"').join(" or ")}?` : "") +
      ` Columns: ${listed.join(", ")}.` +
      (cut ? " Put a name holding an operator in quotes or [brackets]." : ""),
  });
}
