/**
 * A copy of a text that holds nothing but its characters (PackedColumn keeps its distinct
 * texts so: a CSV's fields are cut from the file's whole text). The streaming reader cuts each cell's
 * text out of the ~128 KB pieces of sheet XML it parses, and V8 keeps such a cut (13 characters
 * or more) as a view into its whole piece: a million rows kept that way hold the sheet's entire
 * XML (~950 MB at 1,048,575 rows of the bench workbook, 57% of the heap). Shorter texts are
 * already copies. JSON's round trip is the cheapest flat copy plain JavaScript offers
 * (measured against concatenating and cutting again, Buffer, join and split).
 */
export function detachedString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
