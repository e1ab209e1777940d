import JSZip from "jszip";
import { sheetParts } from "../carryDrawings";
import { parseAttributes, parseRelationships } from "../xlsxParts";
import { parseUserStyles, type UserStyles } from "../stream/userStyles";

/**
 * Whether an .xlsx can be written back by the streaming writer (stream/writeGridBook) without
 * losing anything: values, the cells' formats (fonts, fills, borders, number formats,
 * alignment), column widths, hidden sheets, sheet colours and print settings are carried; a
 * workbook holding anything else (merges, conditional formats, validations, links, filters,
 * tables, charts, pictures, notes, defined names, formulas, hidden rows or columns, macros…)
 * goes through ExcelJS, which moves those (shiftSheetFeatures, carryDrawings). Read from the
 * package's list of parts, workbook.xml, and each sheet's XML outside its rows, streamed.
 */
export interface PlainWorkbook {
  readonly styles: UserStyles;
  readonly sheets: ReadonlyMap<string, PlainSheet>;
}

export interface PlainSheet {
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Widths by 0-based column, as <cols> sets them. */
  readonly widths: (number | undefined)[];
  /** The sheet's <sheetPr> (tab colour, fit to page), kept as it was. */
  readonly properties: string;
  /** What follows its rows (print options, margins, page setup, header and footer), kept as it was. */
  readonly tail: string;
}

/** Parts a plain workbook may hold: the workbook, its sheets, styles, strings, theme, properties. */
const PLAIN_PARTS = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/[^/]+\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/calcChain\.xml$/,
];

/** Elements after <sheetData> that hold no cell reference and no other part: carried as they are. */
const PLAIN_TAIL = new Set([
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "oddHeader",
  "oddFooter",
  "evenHeader",
  "evenFooter",
  "firstHeader",
  "firstFooter",
  "sheetCalcPr",
  "phoneticPr",
]);
/**
 * In the rows: a formula (the writer writes values), a hidden or grouped row (it writes every
 * row shown), rich text (it writes plain text). Element names, so that a customer called "f" is no formula.
 */
const NOT_PLAIN_ROWS = /<(?:\w+:)?f[\s>/]|<(?:\w+:)?row\b[^>]*?\b(?:hidden="(?:1|true)"|outlineLevel="[1-9])|<(?:\w+:)?rPr\b/;
/** A sheet's head (before its rows) longer than this is not a plain sheet's. */
const MAX_HEAD = 1 << 20;

export async function plainWorkbook(canonical: Uint8Array): Promise<PlainWorkbook | null> {
  const zip = await JSZip.loadAsync(canonical);
  const files = Object.values(zip.files).filter((file) => !file.dir);
  if (!files.every((file) => PLAIN_PARTS.some((pattern) => pattern.test(file.name)))) return null;
  for (const rels of files.filter((file) => /^xl\/worksheets\/_rels\//.test(file.name)))
    if (parseRelationships(await rels.async("string"), "xl/worksheets/").length > 0) return null;
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  if (/<(?:\w+:)?definedName\b/.test(workbookXml)) return null;
  const states = new Map<string, PlainSheet["state"]>();
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[1]!);
    const state = attributes.get("state");
    states.set(attributes.get("name") ?? "", state === "hidden" || state === "veryHidden" ? state : "visible");
  }
  const sheets = new Map<string, PlainSheet>();
  for (const { name, part } of await sheetParts(zip)) {
    const file = zip.file(part);
    if (!file) return null;
    const outside = await outsideRows(file);
    if (!outside) return null;
    const sheet = plainSheet(outside.head, outside.tail, states.get(name) ?? "visible");
    if (!sheet) return null;
    sheets.set(name, sheet);
  }
  const styles = parseUserStyles((await zip.file("xl/styles.xml")?.async("string")) ?? "");
  return { styles, sheets };
}

function plainSheet(head: string, tail: string, state: PlainSheet["state"]): PlainSheet | null {
  const tags = [...tail.matchAll(/<([\w:]+)/g)].map((match) => match[1]!.replace(/^\w+:/, ""));
  if (!tags.every((tag) => PLAIN_TAIL.has(tag))) return null;
  // A page setup pointing at printer settings (another part) is not carried.
  if (/\br:id=/.test(tail)) return null;
  const widths: (number | undefined)[] = [];
  for (const match of head.matchAll(/<(?:\w+:)?col\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[1]!);
    // Hidden or grouped columns mean something: ExcelJS carries them.
    if (/^(1|true)$/.test(attributes.get("hidden") ?? "") || Number(attributes.get("outlineLevel") ?? 0) > 0) return null;
    const width = Number(attributes.get("width"));
    if (!Number.isFinite(width) || width <= 0) continue;
    const min = Number(attributes.get("min"));
    const max = Math.min(Number(attributes.get("max")), min + 16_384);
    for (let column = min; column <= max; column++) widths[column - 1] = width;
  }
  const properties = /<(?:\w+:)?sheetPr\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?sheetPr>)/.exec(head)?.[0] ?? "";
  return { state, widths, properties: stripPrefixes(properties), tail: stripPrefixes(tail.replace(/<\/(?:\w+:)?worksheet>\s*$/, "")) };
}

function stripPrefixes(xml: string): string {
  return xml.replace(/<(\/?)\w+:/g, "<$1");
}

/**
 * The sheet's XML before its rows and after them, the rows skipped as they stream by (a
 * million-row sheet is never one string). Null when the head is not a plain sheet's.
 */
function outsideRows(file: JSZip.JSZipObject): Promise<{ head: string; tail: string } | null> {
  let head = "";
  let tail = "";
  let carry = "";
  let where: "head" | "rows" | "tail" = "head";
  let plainRows = true;
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        // latin1: tags are ASCII and a character cut between chunks cannot throw; text is decoded below.
        let text = chunk.toString("latin1");
        if (where === "head") {
          head += text;
          const at = head.search(/<(?:\w+:)?sheetData\b/);
          if (at < 0) {
            if (head.length > MAX_HEAD) where = "tail";
            return;
          }
          text = head.slice(at);
          head = head.slice(0, at);
          where = "rows";
          if (NOT_PLAIN_ROWS.test(text)) plainRows = false;
          const empty = /^<(?:\w+:)?sheetData\b[^>]*\/>/.exec(text);
          if (empty) {
            where = "tail";
            tail = text.slice(empty[0].length);
            return;
          }
        }
        if (where === "rows") {
          const joined = carry + text;
          if (NOT_PLAIN_ROWS.test(joined)) plainRows = false;
          const end = /<\/(?:\w+:)?sheetData>/.exec(joined);
          if (!end) {
            carry = joined.slice(-32);
            return;
          }
          where = "tail";
          tail = joined.slice(end.index + end[0].length);
          return;
        }
        tail += text;
      })
      .on("error", reject)
      .on("end", () => {
        if (where !== "tail" || head.length > MAX_HEAD || !plainRows) return resolve(null);
        const utf8 = (latin: string) => Buffer.from(latin, "latin1").toString("utf8");
        resolve({ head: utf8(head), tail: utf8(tail) });
      })
      .resume();
  });
}
