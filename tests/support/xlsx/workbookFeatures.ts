import JSZip from "jszip";

/** How many of each feature a workbook holds, counted in its XML parts (not through ExcelJS). */
export interface WorkbookFeatures {
  readonly definedNames: number;
  readonly merges: number;
  readonly conditionalFormats: number;
  readonly validations: number;
  readonly hyperlinks: number;
  readonly formulas: number;
  readonly autoFilters: number;
  readonly tables: number;
  readonly charts: number;
  readonly images: number;
  readonly notes: number;
}

const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
const count = (xml: string, element: string) => (xml.match(new RegExp(`<(?:\\w+:)?${element}[\\s>/]`, "g")) ?? []).length;

export async function workbookFeatures(bytes: Uint8Array): Promise<WorkbookFeatures> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const text = async (pattern: RegExp) => Promise.all(names.filter((name) => pattern.test(name)).map((name) => zip.file(name)!.async("string")));
  const sheets = (await text(SHEET_PART)).join("");
  const comments = (await text(/^xl\/comments[^/]*\.xml$/)).join("");
  return {
    definedNames: count((await text(/^xl\/workbook\.xml$/)).join(""), "definedName"),
    merges: count(sheets, "mergeCell"),
    conditionalFormats: count(sheets, "conditionalFormatting"),
    validations: count(sheets, "dataValidation"),
    hyperlinks: count(sheets, "hyperlink"),
    formulas: count(sheets, "f"),
    autoFilters: count(sheets, "autoFilter"),
    tables: names.filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name)).length,
    charts: names.filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)).length,
    images: names.filter((name) => /^xl\/media\/[^/]+$/.test(name)).length,
    notes: count(comments, "comment"),
  };
}
