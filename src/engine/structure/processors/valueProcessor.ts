import type { ColumnRole } from "../../table/columnRole";
import { parseDate } from "../../table/parseDate";
import { parseNumber } from "../../table/parseNumber";
import { isCellError, type CellValue } from "../../table/cellValue";
import type { ColumnProcessor } from "../columnProcessor";
import type { FieldIssue } from "../fieldIssue";
import { ColumnCollector, headersAfter } from "./cellInput";
import { BoundedMemo } from "../memo/boundedMemo";

const DATE_ROLES: readonly ColumnRole[] = ["lastPurchaseDate", "firstPurchaseDate", "orderDate", "birthDate", "lastContactDate"];
const NUMBER_ROLES: readonly ColumnRole[] = [
  "frequency",
  "purchasesPerYear",
  "amount",
  "totalAmount",
  "averageBasket",
  "age",
  "emailOpens",
  "emailClicks",
  "pageViews",
];

const UNREADABLE_DATE: FieldIssue = {
  kind: "invalid",
  code: "value.unreadableDate",
  message: {
    fr: "Date illisible : saisissez-la au format jj/mm/aaaa pour pouvoir trier et calculer.",
    en: "Unreadable date: type it as dd/mm/yyyy so that the column can be sorted and used.",
  },
};
const UNREADABLE_NUMBER: FieldIssue = {
  kind: "invalid",
  code: "value.unreadableNumber",
  message: {
    fr: "Nombre illisible : saisissez un nombre (par ex. 1 234,50) pour pouvoir trier et calculer.",
    en: "Unreadable number: type a number (e.g. 1,234.50) so that the column can be sorted and used.",
  },
};

/**
 * Dates and amounts typed as text ("12/03/2024", "3 mars 2024", "1 234,50 €") sort as text and
 * cannot be summed. When a date or number column holds any, a sortable copy is added beside it
 * ("Client depuis (date)", "Panier moyen (nombre)") with every readable value as a real date or
 * number; text that reads as neither is flagged. Columns already all real values get nothing.
 */
function valueProcessor(kind: "date" | "number"): ColumnProcessor {
  const parse = kind === "date" ? parseDate : parseNumber;
  const isReal = (value: CellValue) => (kind === "date" ? value instanceof Date : typeof value === "number");
  return {
    operation: "text",
    roles: kind === "date" ? DATE_ROLES : NUMBER_ROLES,
    process(values, _context, source) {
      const label = kind === "date" ? { fr: "date", en: "date" } : { fr: "nombre", en: "number" };
      const out = new ColumnCollector(values.length, headersAfter(source.header, { value: label }));
      let typedAsText = false;
      // Dates and counts repeat down a column ("05/11/2026", "4"): each distinct text is read
      // once (the memo sets itself aside on a column of distinct amounts). A Date read once is
      // shared by its rows: the column keeps its time, never the object.
      const parsedTexts = new BoundedMemo<CellValue>();
      values.forEach((value, row) => {
        if (value === null || isCellError(value)) return;
        const parsed = typeof value === "string" ? parsedTexts.get(value, parse) : parse(value);
        if (!isReal(value) && typeof value === "string" && value.trim() !== "") typedAsText = true;
        if (parsed === null) {
          if (typeof value === "string" && value.trim() !== "") out.flag(row, [kind === "date" ? UNREADABLE_DATE : UNREADABLE_NUMBER]);
          return;
        }
        out.set("value", row, parsed);
      });
      const parts = typedAsText ? out.parts(true, kind === "date" ? "dd/mm/yyyy" : undefined) : [];
      return { parts, issues: out.issues };
    },
  };
}

export const dateValueProcessor = valueProcessor("date");
export const numberValueProcessor = valueProcessor("number");
