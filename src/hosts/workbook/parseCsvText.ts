/**
 * A CSV text split into rows of fields (RFC 4180: fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes). Hand-written for speed: a million-row export
 * is read with indexOf over unquoted stretches and one slice per field, where the general
 * parser cost seconds. Same reading as Papa Parse's: records end at the file's own line
 * break ("\r\n", "\n" or "\r", the first one found); an empty line is a row of one empty
 * field; a quote inside an unquoted field is a plain character.
 */
export function parseCsvText(text: string, delimiter: string, onRow: (fields: string[], end: number) => void): void {
  const newline = lineBreakOf(text);
  const length = text.length;
  let at = 0;
  // Each row's array is made at the width of the row before it and filled by index: pushed
  // into, a three-field row kept room for sixteen (a million rows: 100 MB more to allocate and
  // for the collector to copy).
  let width = 0;
  let fields: string[] = [];
  let count = 0;
  // The next line break at or after some earlier position, or the text's end when none is left:
  // still the next one from `at` while it lies ahead (searched once a row, not once a field).
  let lineEnd = -1;
  const endRow = (end: number): void => {
    if (count !== fields.length) fields.length = count;
    width = count;
    onRow(fields, end);
  };
  while (at <= length) {
    if (at === length) {
      // The text ended right after a delimiter or a line break: Papa keeps that last (empty) field or row.
      fields[count++] = "";
      endRow(at);
      return;
    }
    let field: string;
    if (text.charCodeAt(at) === 34 /* " */) {
      const read = quotedField(text, at, delimiter, newline);
      field = read.value;
      at = read.end;
    } else {
      const nextDelimiter = text.indexOf(delimiter, at);
      if (lineEnd < at) {
        lineEnd = text.indexOf(newline, at);
        if (lineEnd < 0) lineEnd = length;
      }
      const end = Math.min(nextDelimiter < 0 ? length : nextDelimiter, lineEnd);
      field = text.slice(at, end);
      at = end;
    }
    fields[count++] = field;
    if (at >= length) {
      endRow(at);
      return;
    }
    if (text.startsWith(delimiter, at)) {
      at += delimiter.length;
    } else {
      // A line break ends the row.
      endRow(at);
      fields = new Array<string>(width);
      count = 0;
      at += newline.length;
    }
  }
}

/** A quoted field from its opening quote; what follows the closing quote up to the next delimiter is kept as typed. */
function quotedField(text: string, start: number, delimiter: string, newline: string): { value: string; end: number } {
  let value = "";
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) {
      // An unclosed quote runs to the end of the file, as in Papa.
      return { value: value + text.slice(at), end: text.length };
    }
    value += text.slice(at, quote);
    if (text.charCodeAt(quote + 1) === 34) {
      value += '"';
      at = quote + 2;
      continue;
    }
    at = quote + 1;
    if (at >= text.length || text.startsWith(delimiter, at) || text.startsWith(newline, at)) return { value, end: at };
    // Characters after the closing quote: Papa keeps reading for a closing quote followed by a delimiter; the text is kept.
    value += '"';
  }
}

/**
 * The file's line break, guessed as Papa Parse does: over the first megabyte with quoted
 * fields left out, "\n" if it comes first or there is no "\r", else "\r\n" when most "\r"
 * are followed by "\n", else "\r" (old Mac files).
 */
export function lineBreakOf(text: string): string {
  const head = text.slice(0, 1024 * 1024).replace(/"[^]*?"/g, "");
  const byCr = head.split("\r");
  const byLf = head.split("\n");
  if (byCr.length === 1 || (byLf.length > 1 && byLf[0]!.length < byCr[0]!.length)) return "\n";
  let followedByLf = 0;
  for (const part of byCr) if (part.startsWith("\n")) followedByLf++;
  return followedByLf >= byCr.length / 2 ? "\r\n" : "\r";
}
