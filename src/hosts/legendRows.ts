import { FLAG_KINDS } from "../engine/legend";
import { translate } from "../engine/i18n/messages";
import type { Lang } from "../engine/i18n/lang";
import type { Plan } from "../engine/plan";
import type { CellValue } from "../engine/table/cellValue";
import { dataKindLabel, dataKindMeaning } from "../engine/i18n/dataKindLabels";

/**
 * The legend sheet's cells, for hosts that write a sheet as a grid (Google Sheets): the title in
 * row 1, the header in row 3, one flag kind a row from row 4 (its first cell gets the kind's look),
 * then each column's data kind when the Plan knows them. Same content as the xlsx legend sheet.
 */
export function legendRows(lang: Lang, dataKinds: Plan["dataKinds"] = []): CellValue[][] {
  const rows: CellValue[][] = [
    [translate(lang, "legend.title")],
    [],
    [translate(lang, "legend.example"), translate(lang, "legend.kind"), translate(lang, "legend.meaning")],
    ...FLAG_KINDS.map((kind) => [translate(lang, `flag.${kind}`), kind, translate(lang, `flag.${kind}.meaning`)]),
  ];
  if (dataKinds.length === 0) return rows;
  return [
    ...rows,
    [],
    [translate(lang, "legend.dataKinds")],
    [translate(lang, "legend.column"), translate(lang, "legend.dataKind"), translate(lang, "legend.meaning")],
    ...dataKinds.map(({ header, dataKind }) => [header, dataKindLabel(dataKind, lang), dataKindMeaning(dataKind, lang)]),
  ];
}
