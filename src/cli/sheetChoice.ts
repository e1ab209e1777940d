import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { defineMessages } from "../engine/i18n/defineMessages";
import { quote } from "../engine/i18n/localeFormat";
import type { CliIo } from "./cliContext";

const say = defineMessages(
  {
    chosen: {
      one: "Feuille lue : {sheet} ; le classeur a aussi la feuille {others} (--sheet NOM pour en lire une autre).",
      other: "Feuille lue : {sheet} ; le classeur a aussi les feuilles {others} (--sheet NOM pour en lire une autre).",
    },
  },
  {
    chosen: {
      one: "Sheet read: {sheet}; the workbook also has the sheet {others} (--sheet NAME to read another).",
      other: "Sheet read: {sheet}; the workbook also has the sheets {others} (--sheet NAME to read another).",
    },
  },
);

/** When the sheet was chosen among others (Report.otherSheets): which one was read, and the others, in a line. */
export function sheetChoiceLine(report: Pick<Report, "sheet" | "otherSheets">, lang: Lang): string | null {
  const others = report.otherSheets ?? [];
  if (others.length === 0) return null;
  const listed = others.map((name) => quote(lang, name)).join(", ");
  return say(lang, "chosen", { sheet: quote(lang, report.sheet), others: listed, count: others.length });
}

/** The sheet-choice line on stdout, under the job's summary, when there is one. */
export function writeSheetChoice(report: Pick<Report, "sheet" | "otherSheets">, lang: Lang, io: CliIo): void {
  const line = sheetChoiceLine(report, lang);
  if (line) io.stdout.write(`${line}\n`);
}
