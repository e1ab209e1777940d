/**
 * An e-mail as compared: trimmed, lower case (domains are case-insensitive and people never
 * mean two mailboxes by "Jean.Dupont" and "jean.dupont"), spaces dropped, a comma typed for a
 * dot fixed. "" when the text has no single "@" with something on both sides.
 */
export function normalizeEmail(text: string): string {
  const compact = text.trim().toLowerCase().replace(/\s+/g, "").replace(/^mailto:/, "").replace(/,/g, ".");
  const at = compact.indexOf("@");
  if (at <= 0 || at !== compact.lastIndexOf("@") || at === compact.length - 1) return "";
  return compact;
}

/** The mailbox part before "@": shared by "jean.dupont@gmail.com" and its typo "…@gmial.com". */
export function emailLocalPart(email: string): string {
  const at = email.indexOf("@");
  return at > 0 ? email.slice(0, at) : "";
}
