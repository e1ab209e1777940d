import type { CellValue } from "../table/cellValue";
import type { ColumnRole } from "../table/columnRole";
import type { Table } from "../table/table";
import type { AddedColumn, CellFlag, ColumnFlag, Plan } from "../plan";
import type { ReportSplit } from "../report";
import type { FlagKind } from "../legend";
import { emptyPlan, filledRows } from "../plan";
import { translate } from "../i18n/messages";
import { inLang } from "../i18n/localeFormat";
import type { Lang } from "../i18n/lang";
import type { ColumnProcessor, ProcessedPart, ProcessorContext } from "./columnProcessor";
import type { FieldIssue } from "./fieldIssue";
import { DEFAULT_REQUIRED_FIELDS, DEFAULT_VOLATILE_ROLES, STRUCTURE_OPERATIONS, type StructureOptions } from "./structureOptions";
import { requiredFlags } from "../quality/requiredFlags";
import { qualityScore } from "../quality/qualityScore";
import { QUALITY_HEADERS, volatileNote } from "../quality/qualityMessages";
import { JobMemos } from "./memo/jobMemos";
import { PackedColumn, withPackedValues } from "../table/packedColumn";
import { columnValues } from "../table/tableColumns";

/**
 * The Structure job (DESIGN.md §4): one datum per column. Each source column with a role runs
 * through its processors; their parts become new columns right after the source, their
 * findings become flags on the source cell. Nothing the user typed is overwritten. Volatile
 * columns get a column flag, rows missing a required field a red border, and every row a
 * quality score and the list of its issues.
 */
export function structureTable(table: Table, roles: readonly ColumnRole[], options: StructureOptions, processors: readonly ColumnProcessor[]): Plan {
  const { lang } = options;
  const operations = new Set(options.operations ?? STRUCTURE_OPERATIONS);
  const sources = table.headers.map((_, index) => index).filter((index) => !table.ownColumns?.has(index) && (options.columns?.includes(index) ?? true));
  const keys = columnKeys(table.headers);
  const userHeaders = new Set(table.headers.filter((_, index) => !table.ownColumns?.has(index)).map(headerKey));
  // Headers taken so far: the user's, then Tria's (a second address's "Code postal" is "Code postal (Adresse de livraison)").
  const takenHeaders = new Set(userHeaders);
  const partsByColumn = new Map<number, Map<string, ProcessedPart>>();
  const context = processorContext(table, roles, sources, options.defaultCountry ?? "FR", lang, partsByColumn);
  const addedColumns: AddedColumn[] = [];
  const flags: CellFlag[] = [];
  const splits: ReportSplit[] = [];

  for (const index of sources) {
    const role = roles[index]!;
    // One reference per column for all its flags (hundreds of thousands on a million rows).
    const sourceColumn = { source: index };
    // The column's cells, read once for all its processors (a million-entry array each time otherwise).
    let values: readonly CellValue[] | null = null;
    for (const processor of processors) {
      if (!operations.has(processor.operation) || !processor.roles.includes(role)) continue;
      values ??= columnValues(table, index);
      const result = processor.process(values, context, { index, header: table.headers[index]!, role });
      const done = partsByColumn.get(index) ?? new Map<string, ProcessedPart>();
      for (const part of result.parts) done.set(part.part, part);
      partsByColumn.set(index, done);
      for (const part of result.parts) {
        const header = unlikeUserHeaders(part.header[lang], table.headers[index]!, takenHeaders);
        takenHeaders.add(headerKey(header));
        const fields = {
          key: `structure/${keys[index]}/${part.part}`,
          header,
          after: index,
          ...(part.numberFormat ? { numberFormat: part.numberFormat } : {}),
        };
        // Held column-wise (PackedColumn); hosts read `values`, made from it when asked.
        addedColumns.push(withPackedValues(fields, part.packed ?? PackedColumn.of(part.values)));
      }
      const partKeys = new Set(result.parts.map((part) => part.part));
      for (const [rowIndex, issues] of result.issues) {
        const row = table.rows[rowIndex]!.rowNumber;
        for (const issue of issues)
          flags.push({
            row,
            column: sourceColumn,
            kind: issue.kind,
            message: issue.message[lang],
            ...suggestionOf(issue, `structure/${keys[index]}/`, partKeys),
          });
      }
      for (const [rowIndex, parts] of result.splits ?? []) splits.push({ row: table.rows[rowIndex]!.rowNumber, column: table.headers[index]!, parts });
    }
  }
  flags.push(...requiredFlags(table, roles, sources, options.requiredFields ?? DEFAULT_REQUIRED_FIELDS, lang));
  const volatileRoles = options.volatileRoles ?? DEFAULT_VOLATILE_ROLES;
  // Only cells that hold a value go stale: an empty phone cell is incomplete, not volatile.
  const columnFlags: ColumnFlag[] = [];
  for (const index of sources) {
    if (!volatileRoles.includes(roles[index]!)) continue;
    const rows = filledRows(table, index);
    if (rows.length > 0) columnFlags.push({ column: { source: index }, kind: "volatile", message: volatileNote(roles[index]!, lang), rows });
  }
  addedColumns.push(...qualityColumns(table, flags, options));
  return { ...emptyPlan("structure", table), addedColumns, flags, columnFlags, extras: { splits } };
}

/**
 * A flag's suggestion and where it goes: a fix of one part of the cell (an address's postal
 * code) belongs in the column Tria wrote for that part, and is dropped when there is none:
 * written over the whole cell it would replace the address with "01000".
 */
function suggestionOf(issue: FieldIssue, keyPrefix: string, parts: ReadonlySet<string>): Pick<CellFlag, "suggestion" | "suggestionColumn"> {
  if (!issue.suggestion) return {};
  if (issue.suggestionPart === undefined) return { suggestion: issue.suggestion };
  return parts.has(issue.suggestionPart) ? { suggestion: issue.suggestion, suggestionColumn: `${keyPrefix}${issue.suggestionPart}` } : {};
}

/**
 * "Code postal" split from "Adresse" in a sheet that has its own "Code postal" column becomes
 * "Code postal (Adresse)": two columns of the same name, one of them Tria's, read as one. So
 * does the part of a second column of the same role, beside the first one's.
 */
function unlikeUserHeaders(header: string, source: string, userHeaders: ReadonlySet<string>): string {
  return userHeaders.has(headerKey(header)) ? `${header} (${source})` : header;
}

function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, " ").toLocaleLowerCase("fr");
}

/** "Tél." → "Tél.#1": a key that survives reruns (the header stays, indexes shift). */
function columnKeys(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return `${header}#${count}`;
  });
}

function processorContext(
  table: Table,
  roles: readonly ColumnRole[],
  sources: readonly number[],
  defaultCountry: string,
  lang: Lang,
  partsByColumn: ReadonlyMap<number, ReadonlyMap<string, ProcessedPart>>,
): ProcessorContext {
  const cache = new Map<ColumnRole, readonly CellValue[] | null>();
  return {
    partsOfRole: (role) => {
      const index = sources.find((i) => roles[i] === role);
      return index === undefined ? null : (partsByColumn.get(index) ?? null);
    },
    lang,
    defaultCountry,
    memos: new JobMemos(),
    valuesOfRole: (role) => {
      if (!cache.has(role)) {
        const index = sources.find((i) => roles[i] === role);
        cache.set(role, index === undefined ? null : columnValues(table, index));
      }
      return cache.get(role)!;
    },
  };
}

/** "Qualité (0-100)" and "Problèmes": the row's score and what to fix, at the end of the table. */
function qualityColumns(table: Table, flags: readonly CellFlag[], options: StructureOptions): AddedColumn[] {
  const { lang } = options;
  const byRow = new Map<number, CellFlag[]>();
  for (const flag of flags) {
    const list = byRow.get(flag.row);
    if (list) list.push(flag);
    else byRow.set(flag.row, [flag]);
  }
  const headerOf = (flag: CellFlag) => ("source" in flag.column ? table.headers[flag.column.source] : flag.column.added);
  const scores = new PackedColumn(table.rows.length);
  const issues = new PackedColumn(table.rows.length);
  const noFlags: CellFlag[] = [];
  // French typography puts a space before ":" and ";", English none.
  const [colon, semicolon] = inLang(lang, [" : ", " ; "], [": ", "; "]);
  for (let i = 0; i < table.rows.length; i++) {
    const rowFlags = byRow.get(table.rows[i]!.rowNumber) ?? noFlags;
    scores.set(i, qualityScore(rowFlags.map((flag) => flag.kind)));
    if (rowFlags.length > 0)
      issues.set(
        i,
        rowFlags.map((flag) => `${headerOf(flag)}${colon}${kindLabel(flag.kind, lang)}${flag.suggestion ? ` → ${flag.suggestion}` : ""}`).join(semicolon) ||
          null,
      );
  }
  return [
    withPackedValues({ key: "structure/quality/score", header: QUALITY_HEADERS.score[lang], after: null, numberFormat: "0" }, scores),
    withPackedValues({ key: "structure/quality/issues", header: QUALITY_HEADERS.issues[lang], after: null }, issues),
  ];
}

function kindLabel(kind: FlagKind, lang: Lang): string {
  return translate(lang, `flag.${kind}`).toLowerCase();
}
