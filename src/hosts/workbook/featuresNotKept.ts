import JSZip from "jszip";
import { TriaError } from "../../engine/errors";
import { translate } from "../../engine/i18n/messages";
import type { Lang } from "../../engine/i18n/lang";

/**
 * What a written workbook would lose: ExcelJS drops these parts and Tria does not copy them
 * back (carryDrawings copies charts and pictures). The job then refuses before writing,
 * saying what it found, rather than handing back a workbook without them.
 */
const LOST_BY_CONTENT_TYPE: readonly [RegExp, FeatureNotKept][] = [
  [/pivotTable\+xml$/i, "pivotTable"],
  [/slicer\+xml$/i, "slicer"],
  [/timeline\+xml$/i, "timeline"],
  [/chartsheet\+xml$/i, "chartsheet"],
  [/(activeX\+xml|activeX\+binary|controlproperties\+xml)$/i, "control"],
  [/oleObject$/i, "oleObject"],
  [/vbaProject$/i, "macros"],
];

export type FeatureNotKept = "pivotTable" | "slicer" | "timeline" | "chartsheet" | "control" | "oleObject" | "macros";

/** The features of the package that a written workbook would lose, from its content types. */
export async function featuresNotKept(bytes: Uint8Array): Promise<FeatureNotKept[]> {
  const zip = await JSZip.loadAsync(bytes);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  // A type counts when a part has it: a Default names an extension that may have no part.
  const files = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const declared = [...types.matchAll(/<(Default|Override)\b([^>]*)>/g)].flatMap((match) => {
    const type = /ContentType\s*=\s*"([^"]*)"/.exec(match[2]!)?.[1] ?? "";
    if (match[1] === "Override") return files.includes(/PartName\s*=\s*"\/?([^"]*)"/.exec(match[2]!)?.[1] ?? "") ? [type] : [];
    const extension = (/Extension\s*=\s*"([^"]*)"/.exec(match[2]!)?.[1] ?? "").toLowerCase();
    return files.some((name) => name.toLowerCase().endsWith(`.${extension}`)) ? [type] : [];
  });
  return LOST_BY_CONTENT_TYPE.filter(([pattern]) => declared.some((type) => pattern.test(type))).map(([, feature]) => feature);
}

/** Refuses (error featuresNotKept) when writing the workbook would lose part of it. */
export async function refuseFeaturesNotKept(bytes: Uint8Array, fileName: string, lang: Lang): Promise<void> {
  const found = await featuresNotKept(bytes);
  if (found.length === 0) return;
  const features = found.map((feature) => translate(lang, `workbookFeature.${feature}`)).join(", ");
  throw new TriaError("featuresNotKept", { file: fileName, features });
}
