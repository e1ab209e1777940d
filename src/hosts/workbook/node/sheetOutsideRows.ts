import type JSZip from "jszip";
import { parseAttributes } from "../xlsxParts";

/**
 * A sheet's XML before its rows (head) and after them (tail), and the heights its rows were
 * given, read as the part streams by: a million-row sheet is never one string. Null when the
 * head is too long for a plain sheet's, or the rows hold what the streaming writer cannot
 * write back (NOT_PLAIN_ROWS).
 */
export interface OutsideRows {
  readonly head: string;
  readonly tail: string;
  /** Row (1-based) → its height attributes (` ht="32" customHeight="1"`), for rows not of the sheet's default height. */
  readonly heights: ReadonlyMap<number, string>;
}

/**
 * In the rows: a formula (the writer writes values), a hidden or grouped row (it writes every
 * row shown), rich text (it writes plain text). Element names, so that a customer called "f" is no formula.
 */
const NOT_PLAIN_ROWS = /<(?:\w+:)?f[\s>/]|<(?:\w+:)?row\b[^>]*?\b(?:hidden="(?:1|true)"|outlineLevel="[1-9])|<(?:\w+:)?rPr\b/;
/** A sheet's head (before its rows) longer than this is not a plain sheet's. */
const MAX_HEAD = 1 << 20;
/** Kept from one chunk to the next: longer than any <row …> tag, so a tag cut in two is read whole next time. */
const CARRY = 512;
const ROW_WITH_HEIGHT = /<(?:\w+:)?row\b([^>]*?\bht="[^"]*"[^>]*)>/g;

export function outsideRows(file: JSZip.JSZipObject): Promise<OutsideRows | null> {
  let head = "";
  let tail = "";
  let carry = "";
  let where: "head" | "rows" | "tail" = "head";
  let plainRows = true;
  let heights: RowHeights | null = null;
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    const rows = (text: string): void => {
      const joined = carry + text;
      if (NOT_PLAIN_ROWS.test(joined)) plainRows = false;
      const end = /<\/(?:\w+:)?sheetData>/.exec(joined);
      heights!.scan(end ? joined.slice(0, end.index) : joined);
      if (!end) {
        carry = joined.slice(-CARRY);
        return;
      }
      where = "tail";
      tail = joined.slice(end.index + end[0].length);
    };
    stream
      .on("data", (chunk: Buffer) => {
        // latin1: tags are ASCII and a character cut between chunks cannot throw; text is decoded below.
        const text = chunk.toString("latin1");
        if (where === "head") {
          head += text;
          const at = head.search(/<(?:\w+:)?sheetData\b/);
          if (at < 0) {
            if (head.length > MAX_HEAD) where = "tail";
            return;
          }
          const rest = head.slice(at);
          head = head.slice(0, at);
          heights = new RowHeights(head);
          const empty = /^<(?:\w+:)?sheetData\b[^>]*\/>/.exec(rest);
          if (empty) {
            where = "tail";
            tail = rest.slice(empty[0].length);
            return;
          }
          where = "rows";
          return rows(rest);
        }
        if (where === "rows") return rows(text);
        tail += text;
      })
      .on("error", reject)
      .on("end", () => {
        if (where !== "tail" || head.length > MAX_HEAD || !plainRows) return resolve(null);
        const utf8 = (latin: string) => Buffer.from(latin, "latin1").toString("utf8");
        resolve({ head: utf8(head), tail: utf8(tail), heights: heights?.byRow ?? new Map() });
      })
      .resume();
  });
}

/**
 * Rows set to a height of their own: a custom one (customHeight), or one Excel measured for a
 * bigger font. Rows at the sheet's default height are left out, so a sheet whose every row
 * states its height (LibreOffice writes them all) costs nothing.
 */
class RowHeights {
  readonly byRow = new Map<number, string>();
  private readonly defaultHeight: number;
  /** One string per distinct height: a thousand rows of 24 pt share it. */
  private readonly texts = new Map<string, string>();

  constructor(head: string) {
    const format = /<(?:\w+:)?sheetFormatPr\b([^>]*?)\/?>/.exec(head);
    this.defaultHeight = Number(parseAttributes(format?.[1] ?? "").get("defaultRowHeight") ?? 15);
  }

  scan(rows: string): void {
    // Most sheets state no height: one search, no regular expression, per chunk.
    if (!rows.includes('ht="')) return;
    for (const match of rows.matchAll(ROW_WITH_HEIGHT)) {
      const attributes = parseAttributes(match[1]!);
      const height = Number(attributes.get("ht"));
      const custom = /^(1|true)$/.test(attributes.get("customHeight") ?? "");
      const row = Number(attributes.get("r"));
      if (!Number.isInteger(row) || !(height >= 0) || (!custom && Math.abs(height - this.defaultHeight) < 0.01)) continue;
      const key = `${height}|${custom}`;
      let text = this.texts.get(key);
      if (text === undefined) this.texts.set(key, (text = ` ht="${height}"${custom ? ' customHeight="1"' : ""}`));
      this.byRow.set(row, text);
    }
  }
}
