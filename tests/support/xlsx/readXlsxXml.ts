import JSZip from "jszip";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { columnLetter } from "../../../src/engine/table/tableFromSheet";

/*
 * A second reader of .xlsx files, for tests: it opens the zip and reads the SpreadsheetML
 * itself (workbook, sheet XML, styles.xml, sharedStrings, comments), never through ExcelJS,
 * so a bug in how Tria drives ExcelJS cannot hide in how the test reads the file back.
 * It keeps only what a user sees of a cell: its value, fill, border, number format and note.
 */

export type XValue = string | number | boolean | { readonly error: string } | null;

export interface XCell {
  readonly value: XValue;
  readonly formula: string | null;
  /** "solid:FFFF00", "solid:theme4", … or null for no fill. */
  readonly fill: string | null;
  /** "top:medium:FF0000 left:… " in a fixed side order, or null for no border. */
  readonly border: string | null;
  readonly numFmt: string | null;
  readonly note: string | null;
}

export interface XSheet {
  readonly name: string;
  readonly state: string;
  /** Keyed by `${row}:${column}`, both 1-based. */
  readonly cells: ReadonlyMap<string, XCell>;
  readonly lastRow: number;
  readonly lastColumn: number;
}

export interface XBook {
  readonly sheets: readonly XSheet[];
}

const EMPTY_CELL: XCell = { value: null, formula: null, fill: null, border: null, numFmt: null, note: null };

export function cellAt(sheet: XSheet, row: number, column: number): XCell {
  return sheet.cells.get(`${row}:${column}`) ?? EMPTY_CELL;
}

export function sheetNamed(book: XBook, name: string): XSheet {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in ${book.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

export async function readXlsxXml(bytes: Uint8Array): Promise<XBook> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string): Promise<Element | null> => {
    const file = zip.file(path.replace(/^\//, ""));
    if (!file) return null;
    return new DOMParser().parseFromString(await file.async("string"), "text/xml").documentElement;
  };
  const workbook = await xml("xl/workbook.xml");
  if (!workbook) throw new Error("not an xlsx: no xl/workbook.xml");
  const workbookRels = relationships(await xml("xl/_rels/workbook.xml.rels"), "xl/");
  const strings = sharedStrings(await xml(targetOfType(workbookRels, "sharedStrings") ?? "xl/sharedStrings.xml"));
  const styles = cellStyles(await xml(targetOfType(workbookRels, "styles") ?? "xl/styles.xml"));
  const sheets: XSheet[] = [];
  for (const sheet of children(first(workbook, "sheets"), "sheet")) {
    const path = workbookRels.get(sheet.getAttribute("r:id") ?? "")?.target;
    if (!path) continue;
    const sheetXml = await xml(path);
    if (!sheetXml) continue;
    const rels = relationships(await xml(relsPathOf(path)), dirOf(path));
    const commentsPath = targetOfType(rels, "comments");
    const notes = commentsPath ? comments(await xml(commentsPath)) : new Map<string, string>();
    sheets.push(readSheet(sheet.getAttribute("name") ?? "", sheet.getAttribute("state") || "visible", sheetXml, strings, styles, notes));
  }
  return { sheets };
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function relationships(root: Element | null, base: string): Map<string, Relationship> {
  const map = new Map<string, Relationship>();
  for (const rel of root ? children(root, "Relationship") : []) {
    const target = rel.getAttribute("Target") ?? "";
    const type = (rel.getAttribute("Type") ?? "").split("/").pop() ?? "";
    map.set(rel.getAttribute("Id") ?? "", { type, target: target.startsWith("/") ? target.slice(1) : normalise(base + target) });
  }
  return map;
}

function targetOfType(rels: Map<string, Relationship>, type: string): string | undefined {
  return [...rels.values()].find((rel) => rel.type === type)?.target;
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

const dirOf = (path: string): string => path.slice(0, path.lastIndexOf("/") + 1);
const relsPathOf = (path: string): string => `${dirOf(path)}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;

function children(parent: Element | null, name: string): Element[] {
  if (!parent) return [];
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && localName(node as Element) === name) found.push(node as Element);
  }
  return found;
}

function first(parent: Element | null, name: string): Element | null {
  return children(parent, name)[0] ?? null;
}

function localName(element: Element): string {
  return element.localName ?? element.nodeName.replace(/^.*:/, "");
}

/** The text of a string item: <t>, or the runs <r><t> of rich text; phonetic runs are not shown. */
function itemText(item: Element): string {
  const direct = first(item, "t");
  if (direct) return direct.textContent ?? "";
  return children(item, "r")
    .map((run) => first(run, "t")?.textContent ?? "")
    .join("");
}

function sharedStrings(root: Element | null): string[] {
  return children(root, "si").map(itemText);
}

interface CellStyle {
  readonly fill: string | null;
  readonly border: string | null;
  readonly numFmt: string | null;
}

const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  14: "mm-dd-yy",
  22: "m/d/yy h:mm",
  49: "@",
  1: "0",
  2: "0.00",
  4: "#,##0.00",
  10: "0.00%",
  9: "0%",
};

function cellStyles(root: Element | null): CellStyle[] {
  const formats = new Map<number, string>();
  for (const format of children(first(root, "numFmts"), "numFmt")) {
    formats.set(Number(format.getAttribute("numFmtId")), format.getAttribute("formatCode") ?? "");
  }
  const fills = children(first(root, "fills"), "fill").map(fillKey);
  const borders = children(first(root, "borders"), "border").map(borderKey);
  return children(first(root, "cellXfs"), "xf").map((xf) => {
    const numFmtId = Number(xf.getAttribute("numFmtId") ?? 0);
    return {
      fill: fills[Number(xf.getAttribute("fillId") ?? 0)] ?? null,
      border: borders[Number(xf.getAttribute("borderId") ?? 0)] ?? null,
      numFmt: numFmtId === 0 ? null : (formats.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId] ?? `#${numFmtId}`),
    };
  });
}

function colourKey(colour: Element | null): string {
  if (!colour) return "auto";
  const rgb = colour.getAttribute("rgb");
  if (rgb) return rgb.slice(-6).toUpperCase();
  const theme = colour.getAttribute("theme");
  if (theme) return `theme${theme}${colour.getAttribute("tint") ? `~${colour.getAttribute("tint")}` : ""}`;
  const indexed = colour.getAttribute("indexed");
  return indexed ? `indexed${indexed}` : "auto";
}

function fillKey(fill: Element): string | null {
  const pattern = first(fill, "patternFill");
  if (pattern) {
    const type = pattern.getAttribute("patternType") ?? "none";
    // "gray125" is the fill every writer must put second in the list; no cell is meant to show it.
    if (type === "none" || type === "gray125") return null;
    return `${type}:${colourKey(first(pattern, "fgColor"))}`;
  }
  const gradient = first(fill, "gradientFill");
  return gradient
    ? `gradient:${children(gradient, "stop")
        .map((stop) => colourKey(first(stop, "color")))
        .join(",")}`
    : null;
}

const SIDES = ["top", "left", "bottom", "right"] as const;

function borderKey(border: Element): string | null {
  const sides = SIDES.flatMap((side) => {
    const element = first(border, side);
    const style = element?.getAttribute("style");
    return style ? [`${side}:${style}:${colourKey(first(element, "color"))}`] : [];
  });
  return sides.length === 0 ? null : sides.join(" ");
}

function comments(root: Element | null): Map<string, string> {
  const notes = new Map<string, string>();
  for (const comment of children(first(root, "commentList"), "comment")) {
    const text = first(comment, "text");
    notes.set(comment.getAttribute("ref") ?? "", text ? itemText(text) : "");
  }
  return notes;
}

function readSheet(name: string, state: string, root: Element, strings: readonly string[], styles: readonly CellStyle[], notes: Map<string, string>): XSheet {
  const cells = new Map<string, XCell>();
  let lastRow = 0;
  let lastColumn = 0;
  const seen = new Set<string>();
  for (const row of children(first(root, "sheetData"), "row")) {
    let nextColumn = 1;
    for (const c of children(row, "c")) {
      const ref = c.getAttribute("r");
      const { row: r, column } = ref ? parseRef(ref) : { row: Number(row.getAttribute("r")), column: nextColumn };
      nextColumn = column + 1;
      const style = styles[Number(c.getAttribute("s") ?? 0)] ?? { fill: null, border: null, numFmt: null };
      const a1 = ref ?? `${columnLetters(column)}${r}`;
      seen.add(a1);
      const cell: XCell = { value: cellValue(c, strings), formula: first(c, "f")?.textContent ?? null, ...style, note: notes.get(a1) ?? null };
      cells.set(`${r}:${column}`, cell);
      if (cell.value !== null || cell.formula !== null || cell.fill || cell.border || cell.note) {
        lastRow = Math.max(lastRow, r);
        lastColumn = Math.max(lastColumn, column);
      }
    }
  }
  // A note on a cell the sheet XML does not list (ExcelJS writes one for every noted cell, Excel may not).
  for (const [a1, note] of notes) {
    if (seen.has(a1)) continue;
    const { row, column } = parseRef(a1);
    cells.set(`${row}:${column}`, { ...EMPTY_CELL, note });
    lastRow = Math.max(lastRow, row);
    lastColumn = Math.max(lastColumn, column);
  }
  return { name, state, cells, lastRow, lastColumn };
}

function cellValue(c: Element, strings: readonly string[]): XValue {
  const type = c.getAttribute("t") ?? "n";
  if (type === "inlineStr") {
    const inline = first(c, "is");
    return inline ? itemText(inline) : "";
  }
  const v = first(c, "v")?.textContent;
  // <v></v>: openpyxl's formula with no result computed yet holds no value, not 0.
  if (v === undefined || v === null || (v === "" && type !== "str")) return null;
  switch (type) {
    case "s":
      return strings[Number(v)] ?? "";
    case "str":
      return v;
    case "b":
      return v === "1";
    case "e":
      return { error: v };
    default:
      return Number(v);
  }
}

export function parseRef(ref: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad cell reference ${ref}`);
  let column = 0;
  for (const letter of match[1]!) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** 1 → A, 28 → AB: the engine's own letters, 1-based here. */
export function columnLetters(column: number): string {
  return columnLetter(column - 1);
}
