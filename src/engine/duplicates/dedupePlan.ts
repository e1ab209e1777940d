import type { Lang } from "../i18n/lang";
import { emptyPlan, type AddedColumn, type CellFlag, type Plan } from "../plan";
import type { ReportDuplicate } from "../report";
import type { CellValue } from "../table/cellValue";
import type { Table } from "../table/table";
import { columnsShowing, type MatchField } from "./duplicateFields";
import { DEDUPE_HEADERS, describeEvidence, duplicateNote, fieldLabel } from "./duplicateMessages";
import { modelSheet, reportModel } from "./modelSheet";
import type { DuplicateResult } from "./findDuplicates";
import type { RuleField } from "./userRules";

/** Added-column keys: a second run updates these columns instead of adding new ones. */
export const DEDUPE_COLUMN_KEYS = {
  group: "dedupe.group",
  duplicateOf: "dedupe.duplicateOf",
  score: "dedupe.score",
  matchedOn: "dedupe.matchedOn",
} as const;

/**
 * The Plan of the dedupe job: four columns after the last one (group, "Duplicate of row"
 * pointing at the survivor, match score, fields that matched), purple flags with a note on
 * each duplicate's key cells, and the clusters for the report. The survivor is not flagged:
 * it is the row that stays.
 */
export function dedupePlan(table: Table, result: DuplicateResult, lang: Lang): Plan {
  const n = table.rows.length;
  const group: CellValue[] = new Array<CellValue>(n).fill(null);
  const duplicateOf: CellValue[] = new Array<CellValue>(n).fill(null);
  const score: CellValue[] = new Array<CellValue>(n).fill(null);
  const matchedOn: CellValue[] = new Array<CellValue>(n).fill(null);
  const flags: CellFlag[] = [];
  const duplicates: ReportDuplicate[] = [];
  const rowOf = (index: number) => table.rows[index]!.rowNumber;
  result.clusters.forEach((cluster, k) => {
    for (const m of cluster.members) group[m] = k + 1;
    const survivorRow = rowOf(cluster.survivor);
    for (const link of cluster.links) {
      const fields = link.rule ? ruleMatchFields(link.rule.fields) : link.evidence.filter((e) => e.bits > 0).map((e) => e.field);
      duplicateOf[link.row] = survivorRow;
      score[link.row] = link.score;
      matchedOn[link.row] = fields.map((f) => fieldLabel(f, lang)).join(", ");
      const message = duplicateNote(
        {
          partnerRow: rowOf(link.partner),
          survivorRow,
          score: link.score,
          why: describeEvidence(link.evidence, lang, result.model.priorBits, table.headers),
          rule: link.rule ? link.rule.fields.join(" + ") : null,
        },
        lang,
      );
      const flagged = new Set<number>();
      for (const field of fields) for (const c of columnsShowing(field, result.columns)) flagged.add(c);
      for (const c of flagged) flags.push({ row: rowOf(link.row), column: { source: c }, kind: "duplicate", message });
    }
    duplicates.push({
      rows: cluster.members.map(rowOf),
      survivor: survivorRow,
      score: cluster.score,
      links: cluster.links.map((link) => ({
        row: rowOf(link.row),
        partner: rowOf(link.partner),
        probability: link.score,
        priorBits: round2(-result.model.priorBits),
        weights: link.evidence.map((e) => ({
          field: e.field === "other" && e.column !== undefined ? (table.headers[e.column] ?? e.field) : e.field,
          level: e.level,
          bits: round2(e.bits),
        })),
      })),
      matchedOn: [...new Set([...cluster.matchedOn, ...cluster.links.flatMap((l) => (l.rule ? ruleMatchFields(l.rule.fields) : []))])],
    });
  });
  const headers = DEDUPE_HEADERS[lang];
  const addedColumns: AddedColumn[] = [
    { key: DEDUPE_COLUMN_KEYS.group, header: headers.group, after: null, values: group, numberFormat: "0" },
    { key: DEDUPE_COLUMN_KEYS.duplicateOf, header: headers.duplicateOf, after: null, values: duplicateOf, numberFormat: "0" },
    { key: DEDUPE_COLUMN_KEYS.score, header: headers.score, after: null, values: score, numberFormat: "0%" },
    { key: DEDUPE_COLUMN_KEYS.matchedOn, header: headers.matchedOn, after: null, values: matchedOn },
  ];
  const duplicateModel = reportModel(result, table.headers);
  return { ...emptyPlan("dedupe", table), addedColumns, flags, addedSheets: [modelSheet(duplicateModel, lang)], extras: { duplicates, duplicateModel } };
}

/** A rule's fields as the report names them (first and last name are the name). */
function ruleMatchFields(fields: readonly RuleField[]): MatchField[] {
  return [...new Set(fields.map((f): MatchField => (f === "firstName" || f === "lastName" ? "name" : f)))];
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
