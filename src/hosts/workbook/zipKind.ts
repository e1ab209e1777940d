import type JSZip from "jszip";

/**
 * What a zip that holds no workbook is, to name it in the refusal: Office Open XML files
 * are told by their main folder (ECMA-376 part 2), OpenDocument ones by their `mimetype` entry
 * (ODF 1.2 §3.3), anything else is an archive.
 */
export const OPEN_DOCUMENT_SHEET = "OpenDocument (.ods)";

export async function zipKind(zip: JSZip): Promise<string> {
  if (zip.file("word/document.xml")) return "Word (.docx)";
  if (zip.file("ppt/presentation.xml")) return "PowerPoint (.pptx)";
  const mimetype = (await zip.file("mimetype")?.async("string"))?.trim() ?? "";
  if (mimetype === "application/vnd.oasis.opendocument.spreadsheet") return OPEN_DOCUMENT_SHEET;
  if (mimetype === "application/vnd.oasis.opendocument.text") return "OpenDocument (.odt)";
  return "ZIP";
}
