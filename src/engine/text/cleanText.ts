/**
 * Cell text as people meant it: trimmed, runs of white space (tabs, line breaks, the
 * no-break spaces Excel and Word insert before ";" ":" "€" in French) collapsed to one plain
 * space, control characters (pasted from old systems, C0/C1 ranges and zero-width marks)
 * removed. Letters, digits and punctuation are never touched.
 */

// U+00A0 no-break space, U+202F narrow no-break space (French typography), U+2000–U+200A
// typographic spaces, U+3000 ideographic space, U+1680 ogham space, U+205F math space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
// C0 and C1 control characters, zero-width space/joiners, byte-order mark, soft hyphen.
// Tabs and line breaks are white space, handled above.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function cleanText(text: string): string {
  if (isClean(text)) return text; // most cells: no copy, no regex (this runs on a million rows)
  return text.replace(CONTROLS, "").replace(SPACES, " ").trim();
}

/**
 * True when cleaning would change nothing: printable ASCII and Latin-1 letters only (no
 * control, no soft hyphen, no no-break space), single spaces, none at either end. Anything
 * else, even harmless, goes through the regexes.
 */
function isClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
    } else if (code < 33 || (code > 126 && code < 0xc0) || code > 0x24f) return false;
  }
  return true;
}
