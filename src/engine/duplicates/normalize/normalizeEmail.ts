/**
 * An e-mail as compared: trimmed, lower case (domains are case-insensitive and people never
 * mean two mailboxes by "Jean.Dupont" and "jean.dupont"), spaces dropped, a comma typed for a
 * dot fixed. "" when the text has no single "@" with something on both sides.
 */
export function normalizeEmail(text: string): string {
  if (isPlainEmail(text)) return text;
  const compact = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/^mailto:/, "")
    .replace(/,/g, ".");
  const at = compact.indexOf("@");
  if (at <= 0 || at !== compact.lastIndexOf("@") || at === compact.length - 1) return "";
  return compact;
}

/** The mailbox part before "@": shared by "jean.dupont@gmail.com" and its typo "…@gmial.com". */
export function emailLocalPart(email: string): string {
  const at = email.indexOf("@");
  return at > 0 ? email.slice(0, at) : "";
}

/**
 * Already normalised: lower case, no space, no comma, one "@" inside, not "mailto:" (most
 * e-mail cells). Checked in one pass, so that these need no new string.
 */
function isPlainEmail(text: string): boolean {
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) {
      if (at >= 0) return false;
      at = i;
    } else if ((c >= 65 && c <= 90) || c === 44 || c <= 32 || c > 126) return false;
  }
  return at > 0 && at < text.length - 1 && !text.startsWith("mailto:");
}
