import JSZip from "jszip";
import { sheetParts } from "../carryDrawings";
import { parseAttributes, parseRelationships, relationshipKind, unescapeXml } from "../xlsxParts";
import { parseUserStyles, type UserStyles } from "../stream/userStyles";
import { outsideRows, type OutsideRows } from "./sheetOutsideRows";
import type { PrintName } from "../stream/printNames";

/**
 * Whether an .xlsx can be written back by the streaming writer (stream/writeGridBook) without
 * losing anything: values, the cells' formats (fonts, fills, borders, number formats,
 * alignment), column widths, row heights, views (frozen panes, zoom, grid lines, selection),
 * hidden sheets, sheet colours, the theme, print settings and print titles are carried; a
 * workbook holding anything else (merges, conditional formats, validations, links, filters,
 * tables, charts, pictures, notes, other defined names, formulas, hidden rows or columns, macros…)
 * goes through ExcelJS, which moves those (shiftSheetFeatures, carryDrawings). Read from the
 * package's list of parts, workbook.xml, and each sheet's XML outside its rows, streamed.
 */
export interface PlainWorkbook {
  readonly styles: UserStyles;
  readonly sheets: ReadonlyMap<string, PlainSheet>;
  /** Print titles and print areas (the only defined names a plain workbook holds), by sheet name. */
  readonly printNames: readonly PrintName[];
}

export interface PlainSheet {
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Widths by 0-based column, as <cols> sets them. */
  readonly widths: (number | undefined)[];
  /** The sheet's <sheetPr> (tab colour, fit to page), kept as it was. */
  readonly properties: string;
  /** What follows its rows (print options, margins, page setup, header and footer), kept as it was. */
  readonly tail: string;
  /** Its <sheetViews> (panes, zoom, grid lines, selection) and <sheetFormatPr> (default row height, base width), as they were. */
  readonly views: string;
  readonly format: string;
  /** Row (1-based) → its height attributes, for rows of a height of their own. */
  readonly heights: ReadonlyMap<number, string>;
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
export async function plainWorkbook(canonical: Uint8Array): Promise<PlainWorkbook | null> {
  const zip = await JSZip.loadAsync(canonical);
  const files = Object.values(zip.files).filter((file) => !file.dir);
  if (!files.every((file) => PLAIN_PARTS.some((pattern) => pattern.test(file.name)))) return null;
  for (const rels of files.filter((file) => /^xl\/worksheets\/_rels\//.test(file.name)))
    if (parseRelationships(await rels.async("string"), "xl/worksheets/").length > 0) return null;
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const states = new Map<string, PlainSheet["state"]>();
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[1]!);
    const state = attributes.get("state");
    states.set(attributes.get("name") ?? "", state === "hidden" || state === "veryHidden" ? state : "visible");
  }
  const printNames = printNamesOf(workbookXml, [...states.keys()]);
  if (!printNames) return null;
  const sheets = new Map<string, PlainSheet>();
  for (const { name, part } of await sheetParts(zip)) {
    const file = zip.file(part);
    if (!file) return null;
    const outside = await outsideRows(file);
    if (!outside) return null;
    const sheet = plainSheet(outside, states.get(name) ?? "visible");
    if (!sheet) return null;
    sheets.set(name, sheet);
  }
  const styles = parseUserStyles((await zip.file("xl/styles.xml")?.async("string")) ?? "");
  // Fonts and fills may name theme colours and fonts: the theme part goes with them.
  const rels = parseRelationships((await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "", "xl/");
  const themePart = rels.find((rel) => relationshipKind(rel.type) === "theme")?.target;
  const theme = themePart ? ((await zip.file(themePart)?.async("string")) ?? null) : null;
  return { styles: { ...styles, theme }, sheets, printNames };
}

/**
 * The workbook's defined names when all are print titles or print areas of a sheet (what
 * openpyxl's print_title_rows and Excel's Page Setup write); null when it holds any other
 * (a named range, a filter's database): ExcelJS moves those.
 */
function printNamesOf(workbookXml: string, sheetNames: readonly string[]): PrintName[] | null {
  const names: PrintName[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>|<(?:\w+:)?definedName\b[^>]*\/>/g)) {
    const attributes = parseAttributes(match[1] ?? "");
    const name = attributes.get("name") ?? "";
    const sheet = sheetNames[Number(attributes.get("localSheetId") ?? -1)];
    if (!/^_xlnm\.Print_(?:Titles|Area)$/i.test(name) || sheet === undefined || match[2] === undefined) return null;
    names.push({ name, sheet, formula: unescapeXml(match[2]) });
  }
  return names;
}

function plainSheet({ head, tail, heights }: OutsideRows, state: PlainSheet["state"]): PlainSheet | null {
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
  const views = /<(?:\w+:)?sheetViews\b[\s\S]*?<\/(?:\w+:)?sheetViews>/.exec(head)?.[0] ?? "";
  // LibreOffice writes <sheetFormatPr …></sheetFormatPr>: kept as its attributes, closed.
  const formatAttributes = /<(?:\w+:)?sheetFormatPr\b([^>]*?)\/?>/.exec(head)?.[1];
  const format = formatAttributes === undefined ? "" : `<sheetFormatPr${formatAttributes}/>`;
  return {
    state,
    widths,
    properties: stripPrefixes(properties),
    tail: stripPrefixes(tail.replace(/<\/(?:\w+:)?worksheet>\s*$/, "")),
    // Extensions and attributes of other namespaces (x14ac:dyDescent) would need their declarations: left out.
    views: stripForeign(stripPrefixes(views.replace(/<(?:\w+:)?extLst\b[\s\S]*?<\/(?:\w+:)?extLst>/g, ""))),
    format: stripForeign(stripPrefixes(format)),
    heights,
  };
}

function stripPrefixes(xml: string): string {
  return xml.replace(/<(\/?)\w+:/g, "<$1");
}

/** Attributes of another namespace (`x14ac:dyDescent="0.25"`), and namespace declarations. */
function stripForeign(xml: string): string {
  return xml.replace(/\s(?:\w+:\w+|xmlns)="[^"]*"/g, "");
}
