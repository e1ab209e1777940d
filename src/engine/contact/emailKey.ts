import { commaForDot, readEmailCell } from "./emailAddress";

/**
 * An e-mail cell as compared: the first address structure reads in it (a comma typed for the
 * last dot read as the dot), "" when that is not one "@" with something on both sides. People
 * never mean two mailboxes by "Jean.Dupont" and "jean.dupont", so case is folded.
 */
export function emailKey(text: string): string {
  if (isPlainAddress(text)) return text;
  // "Jean.Dupont@Orange.FR": plain once lower-cased, and then the full reading (clean, lower
  // case, split, trim) leaves it as it is: its regexes were most of the duplicates' e-mail work.
  const lower = text.toLowerCase();
  if (lower !== text && isPlainAddress(lower)) return lower;
  const comma = commaForDot(text);
  const address = comma ? comma.meant : (readEmailCell(text).addresses[0] ?? "");
  const at = address.indexOf("@");
  return at > 0 && at === address.lastIndexOf("@") && at < address.length - 1 ? address : "";
}

/**
 * Already as the reading leaves it (most e-mail cells): lower-case letters, digits and
 * . _ % + - around one "@", not ending with a dot. Checked in one pass, no new string.
 */
function isPlainAddress(text: string): boolean {
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) {
      if (at >= 0) return false;
      at = i;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45)) return false;
  }
  return at > 0 && at < text.length - 1 && text.charCodeAt(text.length - 1) !== 46;
}
