/** Text for XML attributes and elements: the five entities, and the control characters XML 1.0 forbids dropped. */
export function escapeXml(value: string): string {
  // One test first: most cells need no escaping, and replace() would copy them anyway.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
