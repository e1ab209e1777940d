import JSZip from "jszip";
import { TriaError } from "../../engine/errors";
import { checkZipSize } from "./zipGuard";
import { OPEN_DOCUMENT_SHEET, zipKind } from "./zipKind";
import { directoryOf, parseAttributes, parseRelationships, relationshipKind, relationshipsXml, relsPathOf, type Relationship } from "./xlsxParts";

/**
 * ExcelJS finds parts by file name (xl/worksheets/sheetN.xml, xl/commentsN.xml,
 * xl/drawings/vmlDrawingN.vml, xl/tables/tableN.xml) and its streaming reader needs
 * workbook.xml before the sheets. Other programs write valid packages that break both:
 * openpyxl/pandas use absolute targets ("/xl/worksheets/sheet1.xml"), "xl/comments/comment1.xml",
 * and put the sheets first. So before ExcelJS sees a package, its parts are renamed the way
 * Excel names them, found by following the relationships as the standard says, every .rels
 * is rewritten with relative targets, and the parts Excel reads first come first.
 * A package already in that shape is returned as it was, byte for byte.
 */
export interface WorkbookInfo {
  /** Sheets in workbook order, with their visibility from workbook.xml. */
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
  /** Serial 0 is 1 January 1904 (Mac Excel, some LibreOffice files) instead of 30 December 1899. */
  readonly date1904: boolean;
}

export interface CanonicalXlsx {
  readonly bytes: Uint8Array;
  readonly info: WorkbookInfo;
  readonly changed: boolean;
}

/** [Content_Types].xml goes last: ExcelJS's streaming reader drops a worksheet that ends the zip. */
const FIRST_PARTS = ["_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"];

export async function canonicalXlsx(bytes: Uint8Array, fileName: string): Promise<CanonicalXlsx> {
  checkZipSize(bytes, fileName);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new TriaError("unreadable", { file: fileName, reason: error instanceof Error ? error.message : String(error) });
  }
  const read = async (name: string): Promise<string | null> => (await zip.file(name)?.async("string")) ?? null;
  const rootRels = parseRelationships((await read("_rels/.rels")) ?? "", "");
  const workbookPart = rootRels.find((r) => relationshipKind(r.type) === "officeDocument")?.target;
  const workbookXml = workbookPart ? await read(workbookPart) : null;
  // A zip without a workbook: a Word or OpenDocument file, or a plain archive, renamed .xlsx.
  if (!workbookPart || workbookXml === null) {
    const kind = await zipKind(zip);
    // A LibreOffice sheet is a spreadsheet all the same: say how to save it as .xlsx.
    throw kind === OPEN_DOCUMENT_SHEET ? new TriaError("openDocumentSheet", { file: fileName }) : new TriaError("notSpreadsheet", { file: fileName, kind });
  }
  const info = workbookInfo(workbookXml);

  const renames = new Map<string, string>([[workbookPart, "xl/workbook.xml"]]);
  const rels = new Map<string, Relationship[]>();
  const counters = new Map<string, number>();
  const visit = async (part: string): Promise<void> => {
    if (rels.has(part)) return;
    const own = parseRelationships((await read(relsPathOf(part))) ?? "", directoryOf(part));
    rels.set(part, own);
    for (const relationship of own) {
      if (relationship.external || renames.has(relationship.target) || !zip.file(relationship.target)) continue;
      renames.set(relationship.target, canonicalName(relationship, counters));
      await visit(relationship.target);
    }
  };
  await visit(workbookPart);

  const inOrder = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const relsFiles = new Set([...rels.keys()].map(relsPathOf));
  const targetsRelative = [...rels.entries()].every(([, list]) => list.every((r) => r.external || !r.target.startsWith("/")));
  const alreadyCanonical =
    [...renames].every(([from, to]) => from === to) &&
    targetsRelative &&
    (await absoluteTargetsAbsent(zip, relsFiles)) &&
    firstPartsFirst(inOrder) &&
    !(await unprefixedDrawings(zip, renames)) &&
    !(await plainComments(zip, renames));
  if (alreadyCanonical) return { bytes, info, changed: false };

  const out = new JSZip();
  const file = (name: string, data: string | Uint8Array): void => void out.file(name, data, { createFolders: false });
  const newName = (name: string): string => renames.get(name) ?? name;
  const written = new Set<string>();
  const put = async (name: string): Promise<void> => {
    if (written.has(name)) return;
    written.add(name);
    if (name === "[Content_Types].xml") return void file(name, contentTypes((await read(name)) ?? "", renames));
    if (relsFiles.has(name)) return; // Rewritten below, beside its renamed part.
    const target = newName(name);
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(target)) return void file(target, prefixedDrawing(await zip.file(name)!.async("string")));
    if (/^xl\/comments\d+\.xml$/.test(target)) return void file(target, runComments(await zip.file(name)!.async("string")));
    file(target, await zip.file(name)!.async("uint8array"));
  };
  for (const first of FIRST_PARTS) {
    const original = [...renames].find(([, to]) => to === first)?.[0] ?? first;
    if (zip.file(original)) await put(original);
    if (first === "xl/workbook.xml") file("xl/_rels/workbook.xml.rels", relationshipsXml(renamed(rels.get(workbookPart)!, renames), "xl/"));
  }
  for (const [part, list] of rels)
    if (part !== workbookPart && list.length > 0) file(relsPathOf(newName(part)), relationshipsXml(renamed(list, renames), directoryOf(newName(part))));
  for (const name of inOrder) if (name !== "[Content_Types].xml") await put(name);
  await put("[Content_Types].xml");
  const result = await out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
  return { bytes: result, info, changed: true };
}

/** Only what ExcelJS reads by name gets Excel's name; every other part keeps its own. */
function canonicalName(relationship: Relationship, counters: Map<string, number>): string {
  const next = (kind: string): number => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return n;
  };
  const extension = relationship.target.slice(relationship.target.lastIndexOf(".") + 1);
  switch (relationshipKind(relationship.type)) {
    case "worksheet":
      return `xl/worksheets/sheet${next("sheet")}.xml`;
    case "sharedStrings":
      return "xl/sharedStrings.xml";
    case "styles":
      return "xl/styles.xml";
    case "theme":
      return `xl/theme/theme${next("theme")}.xml`;
    case "comments":
      return `xl/comments${next("comments")}.xml`;
    case "vmlDrawing":
      return `xl/drawings/vmlDrawing${next("vml")}.vml`;
    case "drawing":
      return `xl/drawings/drawing${next("drawing")}.xml`;
    case "table":
      return `xl/tables/table${next("table")}.xml`;
    case "chart":
      return `xl/charts/chart${next("chart")}.xml`;
    case "image":
      return `xl/media/image${next("image")}.${extension}`;
    default:
      return relationship.target;
  }
}

function renamed(list: readonly Relationship[], renames: ReadonlyMap<string, string>): Relationship[] {
  return list.map((r) => (r.external ? r : { ...r, target: renames.get(r.target) ?? r.target }));
}

function contentTypes(xml: string, renames: ReadonlyMap<string, string>): string {
  return xml.replace(/(<Override\b[^>]*?PartName\s*=\s*")([^"]*)(")/g, (_, start: string, name: string, end: string) => {
    const part = name.replace(/^\//, "");
    return `${start}/${renames.get(part) ?? part}${end}`;
  });
}

async function absoluteTargetsAbsent(zip: JSZip, relsFiles: ReadonlySet<string>): Promise<boolean> {
  for (const name of relsFiles) {
    const text = (await zip.file(name)?.async("string")) ?? "";
    if (/Target\s*=\s*["']\//.test(text)) return false;
  }
  return true;
}

const SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** ExcelJS matches drawing elements by their "xdr:" names; openpyxl writes them in the default namespace. */
function prefixedDrawing(xml: string): string {
  if (!new RegExp(`xmlns\\s*=\\s*"${SPREADSHEET_DRAWING}"`).test(xml)) return xml;
  return xml
    .replace(new RegExp(`xmlns\\s*=\\s*"${SPREADSHEET_DRAWING}"`), `xmlns:xdr="${SPREADSHEET_DRAWING}"`)
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1xdr:$2");
}

async function unprefixedDrawings(zip: JSZip, renames: ReadonlyMap<string, string>): Promise<boolean> {
  for (const [from, to] of renames) {
    if (!/^xl\/drawings\/drawing\d+\.xml$/.test(to)) continue;
    const xml = (await zip.file(from)?.async("string")) ?? "";
    if (prefixedDrawing(xml) !== xml) return true;
  }
  return false;
}

/**
 * A comment's text may be a plain <t> (openpyxl, LibreOffice) or runs <r><t> (Excel); ExcelJS
 * reads only runs, and gave openpyxl's comments back empty. Plain text becomes one run.
 */
export function runComments(xml: string): string {
  return xml.replace(/<((?:\w+:)?)text>([\s\S]*?)<\/\1text>/g, (whole, prefix: string, inner: string) => {
    if (new RegExp(`<${prefix}r[\\s>]`).test(inner)) return whole;
    const runs = inner.replace(
      new RegExp(`<${prefix}t(\\s[^>]*)?>([\\s\\S]*?)<\\/${prefix}t>`, "g"),
      (_t, attributes: string | undefined, text: string) => `<${prefix}r><${prefix}t${attributes ?? ""}>${text}</${prefix}t></${prefix}r>`,
    );
    return `<${prefix}text>${runs}</${prefix}text>`;
  });
}

async function plainComments(zip: JSZip, renames: ReadonlyMap<string, string>): Promise<boolean> {
  for (const [from, to] of renames) {
    if (!/^xl\/comments\d+\.xml$/.test(to)) continue;
    const xml = (await zip.file(from)?.async("string")) ?? "";
    if (runComments(xml) !== xml) return true;
  }
  return false;
}

function firstPartsFirst(names: readonly string[]): boolean {
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(names[names.length - 1] ?? "")) return false;
  const firstSheet = names.findIndex((name) => name.startsWith("xl/worksheets/"));
  return FIRST_PARTS.every((part) => {
    const at = names.indexOf(part);
    return at < 0 || firstSheet < 0 || at < firstSheet;
  });
}

export function workbookInfo(workbookXml: string): WorkbookInfo {
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((match) => {
    const attributes = parseAttributes(match[1]!);
    const state = attributes.get("state") ?? "visible";
    return { name: attributes.get("name") ?? "", hidden: state !== "visible" };
  });
  const properties = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(workbookXml);
  const date1904 = properties ? /^(true|1)$/.test(parseAttributes(properties[1]!).get("date1904") ?? "") : false;
  return { sheets, date1904 };
}
