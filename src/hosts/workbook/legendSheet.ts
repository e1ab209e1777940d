import type ExcelJS from "exceljs";
import { FLAG_KINDS } from "../../engine/legend";
import { translate } from "../../engine/i18n/messages";
import type { Lang } from "../../engine/i18n/lang";
import type { Plan } from "../../engine/plan";
import { dataKindLabel, dataKindMeaning } from "../../engine/i18n/dataKindLabels";
import { styleCell } from "./flagStyle";
import { restyleCell } from "./restyleCell";

/**
 * The "Légende / Legend" sheet: each flag kind, what it means, and a cell with its look; then,
 * when the Plan knows them, each column's data kind (descriptive, action, reaction) as taught.
 */
export function writeLegendSheet(sheet: ExcelJS.Worksheet, lang: Lang, dataKinds: Plan["dataKinds"] = []): void {
  sheet.getCell("A1").value = translate(lang, "legend.title");
  restyleCell(sheet.getCell("A1"), { font: { bold: true, size: 14 } });
  const header = sheet.getRow(3);
  header.values = [translate(lang, "legend.example"), translate(lang, "legend.kind"), translate(lang, "legend.meaning")];
  header.font = { bold: true };
  FLAG_KINDS.forEach((kind, index) => {
    const row = sheet.getRow(4 + index);
    row.getCell(1).value = translate(lang, `flag.${kind}`);
    styleCell(row.getCell(1), [kind]);
    row.getCell(2).value = kind;
    row.getCell(3).value = translate(lang, `flag.${kind}.meaning`);
  });
  const first = 4 + FLAG_KINDS.length + 1;
  if (dataKinds.length > 0) {
    sheet.getCell(first, 1).value = translate(lang, "legend.dataKinds");
    sheet.getCell(first, 1).font = { bold: true, size: 12 };
    const kindsHeader = sheet.getRow(first + 1);
    kindsHeader.values = [translate(lang, "legend.column"), translate(lang, "legend.dataKind"), translate(lang, "legend.meaning")];
    kindsHeader.font = { bold: true };
    dataKinds.forEach(({ header, dataKind }, index) => {
      sheet.getRow(first + 2 + index).values = [header, dataKindLabel(dataKind, lang), dataKindMeaning(dataKind, lang)];
    });
  }
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 12;
  sheet.getColumn(3).width = 90;
}
