import JSZip from "jszip";
import { asCellShift, type Shift } from "./cellShift";
import { shiftFormula, type ShiftOfSheet } from "./shiftFormula";
import {
  directoryOf,
  escapeAttribute,
  parseAttributes,
  parseRelationships,
  relationshipKind,
  relationshipsXml,
  relsPathOf,
  unescapeXml,
  type Relationship,
} from "./xlsxParts";

/**
 * ExcelJS drops charts and moves no picture when columns go in. So the user's drawings (the
 * part holding a sheet's charts, pictures and shapes, and every part it leads to: charts, their
 * styles and colours, images) are copied from the original file into the written one, as they
 * were, with two changes Excel's "Insert columns" would make: anchors on the changed sheet
 * move with their columns, and chart series follow the cells they plot.
 */

const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
/** Elements that must follow <drawing> in a worksheet (CT_Worksheet sequence). */
export const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** A user's sheet with a drawing, in the original package. */
export interface SheetDrawing {
  readonly sheet: string;
  readonly drawingPart: string;
}

/** The sheets of the original that have a drawing (charts, pictures, shapes). */
export async function sheetDrawings(original: Uint8Array): Promise<SheetDrawing[]> {
  const zip = await JSZip.loadAsync(original);
  const found: SheetDrawing[] = [];
  for (const { name, part } of await sheetParts(zip)) {
    const rels = parseRelationships((await read(zip, relsPathOf(part))) ?? "", directoryOf(part));
    const drawing = rels.find((r) => !r.external && relationshipKind(r.type) === "drawing" && zip.file(r.target));
    if (drawing) found.push({ sheet: name, drawingPart: drawing.target });
  }
  return found;
}

/**
 * The written package with the original's drawings put back on their sheets (matched by
 * name). `shiftOf` gives where a sheet's original columns went. A sheet of the output that
 * already has a drawing (Tria's own charts) is left as it is.
 */
export async function carryDrawings(output: Uint8Array, original: Uint8Array, shiftOf: ShiftOfSheet): Promise<Uint8Array> {
  const drawings = await sheetDrawings(original);
  if (drawings.length === 0) return output;
  const from = await JSZip.loadAsync(original);
  const to = await JSZip.loadAsync(output);
  const fromTypes = contentTypesOf((await read(from, "[Content_Types].xml")) ?? "");
  let toTypes = (await read(to, "[Content_Types].xml")) ?? "";
  const outputSheets = await sheetParts(to);
  const renames = new Map<string, string>();

  for (const { sheet, drawingPart } of drawings) {
    const target = outputSheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!target) continue;
    let sheetXml = (await read(to, target.part))!;
    if (/<(?:\w+:)?drawing\b/.test(sheetXml)) continue;
    const parts = await partsFrom(from, drawingPart);
    for (const part of parts) if (!renames.has(part)) renames.set(part, freeName(part, to, renames));
    for (const part of parts) {
      const name = renames.get(part)!;
      const bytes = await from.file(part)!.async("uint8array");
      const shift = part === drawingPart ? shiftOf(sheet) : undefined;
      if (part === drawingPart && shift) to.file(name, shiftAnchors(new TextDecoder().decode(bytes), shift));
      else if (isChart(typeOfPart(fromTypes, part))) to.file(name, shiftChartFormulas(new TextDecoder().decode(bytes), shiftOf));
      else to.file(name, bytes);
      const rels = parseRelationships((await read(from, relsPathOf(part))) ?? "", directoryOf(part));
      if (rels.length > 0)
        to.file(
          relsPathOf(name),
          relationshipsXml(
            rels.map((r) => (r.external ? r : { ...r, target: renames.get(r.target) ?? r.target })),
            directoryOf(name),
          ),
        );
      toTypes = withOverride(toTypes, name, typeOfPart(fromTypes, part));
    }
    // The sheet points at its drawing again.
    const relsPath = relsPathOf(target.part);
    const existing = parseRelationships((await read(to, relsPath)) ?? "", directoryOf(target.part));
    let id = "rIdTriaDrawing";
    for (let n = 2; existing.some((r) => r.id === id); n++) id = `rIdTriaDrawing${n}`;
    to.file(relsPath, relationshipsXml([...existing, { id, type: REL_DRAWING, target: renames.get(drawingPart)!, external: false }], directoryOf(target.part)));
    if (!/<worksheet\b[^>]*xmlns:r=/.test(sheetXml)) sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
    const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
    to.file(target.part, `${sheetXml.slice(0, at)}<drawing r:id="${id}"/>${sheetXml.slice(at)}`);
  }
  to.file("[Content_Types].xml", toTypes);
  await dropUnusedMedia(to);
  return to.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A drawing's anchors ("from"/"to" cells, 0-based columns and rows) moved with their columns and rows. */
export function shiftAnchors(xml: string, shift: Shift): string {
  const { column, row } = asCellShift(shift);
  const moved = (line: (n: number) => number) => (_: string, start: string, at: string, end: string) => `${start}${line(Number(at) + 1) - 1}${end}`;
  let out = xml;
  if (column) out = out.replace(/(<(?:\w+:)?(?:from|to)>\s*<(?:\w+:)?col>)(\d+)(<\/)/g, moved(column));
  if (row) out = out.replace(/(<(?:\w+:)?(?:from|to)>(?:(?!<\/(?:\w+:)?(?:from|to)>)[\s\S])*?<(?:\w+:)?row>)(\d+)(<\/)/g, moved(row));
  return out;
}

/** Every formula of a chart (series names, categories, values) with its references moved. */
export function shiftChartFormulas(xml: string, shiftOf: ShiftOfSheet): string {
  return xml.replace(
    /(<(?:\w+:)?f(?:\s[^>]*)?>)([^<]*)(<\/(?:\w+:)?f>)/g,
    (_, open: string, formula: string, close: string) => `${open}${escapeText(shiftFormula(unescapeXml(formula), null, shiftOf))}${close}`,
  );
}

/** Pictures ExcelJS wrote for drawings that were replaced by the original ones: no part points at them. */
async function dropUnusedMedia(zip: JSZip): Promise<void> {
  const targets = new Set<string>();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".rels"))) {
    const source = directoryOf(name.replace(/_rels\/([^/]*)\.rels$/, "$1"));
    for (const r of parseRelationships((await read(zip, name)) ?? "", source)) if (!r.external) targets.add(r.target);
  }
  for (const name of Object.keys(zip.files)) if (/^xl\/media\//.test(name) && !zip.files[name]!.dir && !targets.has(name)) zip.remove(name);
}

/** The drawing and every internal part reachable from it. */
async function partsFrom(zip: JSZip, start: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (part: string): Promise<void> => {
    if (seen.has(part) || !zip.file(part)) return;
    seen.add(part);
    for (const r of parseRelationships((await read(zip, relsPathOf(part))) ?? "", directoryOf(part))) if (!r.external) await visit(r.target);
  };
  await visit(start);
  return [...seen];
}

/** The part's own name when the output has none by that name, else the next free number. */
function freeName(part: string, zip: JSZip, taken: ReadonlyMap<string, string>): string {
  const used = new Set(taken.values());
  const free = (name: string) => !zip.file(name) && !used.has(name);
  if (free(part)) return part;
  const match = /^(.*?)(\d*)(\.[^./]+)$/.exec(part);
  const [stem, extension] = match ? [match[1]!, match[3]!] : [part, ""];
  for (let n = 1; ; n++) if (free(`${stem}${n}${extension}`)) return `${stem}${n}${extension}`;
}

/** Sheets by name with their part, from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const root = parseRelationships((await read(zip, "_rels/.rels")) ?? "", "");
  const workbookPart = root.find((r) => relationshipKind(r.type) === "officeDocument")?.target ?? "xl/workbook.xml";
  const workbookXml = (await read(zip, workbookPart)) ?? "";
  const rels: Relationship[] = parseRelationships((await read(zip, relsPathOf(workbookPart))) ?? "", directoryOf(workbookPart));
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].flatMap((match) => {
    const attributes = parseAttributes(match[1]!);
    const id = [...attributes].find(([key]) => key === "r:id" || key.endsWith(":id"))?.[1];
    const part = rels.find((r) => r.id === id && relationshipKind(r.type) === "worksheet")?.target;
    return part ? [{ name: attributes.get("name") ?? "", part }] : [];
  });
}

interface ContentTypes {
  readonly defaults: ReadonlyMap<string, string>;
  readonly overrides: ReadonlyMap<string, string>;
}

function contentTypesOf(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?(Default|Override)\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[2]!);
    const type = attributes.get("ContentType") ?? "";
    if (match[1] === "Default") defaults.set((attributes.get("Extension") ?? "").toLowerCase(), type);
    else overrides.set((attributes.get("PartName") ?? "").replace(/^\//, ""), type);
  }
  return { defaults, overrides };
}

function typeOfPart(types: ContentTypes, part: string): string {
  return types.overrides.get(part) ?? types.defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase()) ?? "application/octet-stream";
}

function withOverride(xml: string, part: string, type: string): string {
  if (xml.includes(`PartName="/${part}"`)) return xml;
  return xml.replace("</Types>", `<Override PartName="/${escapeAttribute(part)}" ContentType="${escapeAttribute(type)}"/></Types>`);
}

/** DrawingML charts and Office 2016 charts (chartex: waterfall, treemap…). */
function isChart(contentType: string): boolean {
  return /(?:drawingml\.chart|chartex)\+xml$/.test(contentType);
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

async function read(zip: JSZip, name: string): Promise<string | null> {
  return (await zip.file(name)?.async("string")) ?? null;
}
