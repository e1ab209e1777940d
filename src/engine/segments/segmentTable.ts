import { dayFirstOf } from "../table/dateOrder";
import { foldLower } from "../text/fold";
import type { AddedColumn, AddedSheet, Plan } from "../plan";
import { emptyPlan } from "../plan";
import type { ReportColumn, ReportSegment, ReportSegmentRows } from "../report";
import type { Table } from "../table/table";
import type { CellValue } from "../table/cellValue";
import type { Lang } from "../i18n/lang";
import { OptionError } from "../optionError";
import { matchWhere } from "./matchWhere";
import { parseWhere } from "./parseWhere";
import { segmentText } from "./segmentMessages";
import { plantTraps, type TrapRequest } from "../method/trapRecords";
import { trapListRows, type PlantedTraps } from "../method/trapList";
import { trapText } from "../method/trapMessages";

/** One segment as the user asks for it: a condition, and a name (else "Segment 1", "Segment 2"…). */
export interface SegmentRequest {
  readonly name?: string;
  readonly where: string;
}

export interface SegmentOptions {
  readonly lang: Lang;
  /** Also copy each segment's rows to a sheet of its own, ready for a campaign. */
  readonly copy?: boolean;
  /** Trap records planted in each copy (the method's "adresses pièges"), listed on a private sheet. */
  readonly traps?: TrapRequest;
}

/**
 * Cuts the base into named segments by combined criteria (the textbook's segment builder):
 * each segment adds a yes/no column at the right, a "Segments" sheet counts them, and with
 * `copy` each segment's rows go to a sheet of their own. Every condition is read (and
 * checked) before any row is, so a typo costs nothing.
 */
export function segmentTable(table: Table, columns: readonly ReportColumn[], requests: readonly SegmentRequest[], options: SegmentOptions): Plan {
  const { lang } = options;
  if (options.traps && !options.copy) throw new OptionError("traps.needCopy", { fr: trapText("fr", "needCopy"), en: trapText("en", "needCopy") });
  if (requests.length === 0) {
    throw new OptionError("segment.none", {
      fr: 'Aucun segment demandé : ajoutez --where "Panier moyen >= 100 et Nb achats / an >= 4".',
      en: 'No segment asked for: add --where "Average basket >= 100 and Purchases per year >= 4".',
    });
  }
  const names = segmentNames(requests, lang);
  const tests = requests.map((request) => matchWhere(parseWhere(request.where, table.headers), columns, lang, (column) => dayFirstOf(table, column)));
  const yes = segmentText(lang, "yes");
  const no = segmentText(lang, "no");
  const members = tests.map(() => [] as number[]);
  const values = tests.map(() => new Array<CellValue>(table.rows.length));
  table.rows.forEach((row, i) => {
    tests.forEach((test, s) => {
      const inside = test(row.cells);
      values[s]![i] = inside ? yes : no;
      if (inside) members[s]!.push(i);
    });
  });
  const addedColumns: AddedColumn[] = names.map((name, s) => ({
    key: `segment.${columnKey(name)}`,
    header: headerFor(name, table),
    after: null,
    values: values[s]!,
  }));
  const segments: ReportSegmentRows[] = names.map((name, s) => ({
    name,
    where: requests[s]!.where.trim(),
    count: members[s]!.length,
    rows: members[s]!.map((i) => table.rows[i]!.rowNumber),
    ...(options.traps ? { traps: options.traps.count } : {}),
  }));
  const sheets: AddedSheet[] = [summarySheet(table, segments, lang)];
  const planted: PlantedTraps[] = [];
  if (options.copy) {
    names.forEach((name, s) => {
      const copy = copySheet(table, name, members[s]!, lang, sheets);
      if (!options.traps) return void sheets.push(copy);
      // The traps look like this segment's members: their other cells come from its rows.
      const withTraps = plantTraps({ ...table, rows: members[s]!.map((i) => table.rows[i]!) }, columns, options.traps, table.rows);
      planted.push({ sheet: copy.name, traps: withTraps.traps });
      sheets.push({ ...copy, rows: [table.headers, ...withTraps.rows] });
    });
  }
  if (planted.length > 0) sheets.push(trapSheet(table, planted, lang, sheets));
  return {
    ...emptyPlan("segment", table),
    addedColumns,
    addedSheets: sheets,
    extras: { segment: withoutRows(segments[0]!), segments },
  };
}

function withoutRows(segment: ReportSegmentRows): ReportSegment {
  return { name: segment.name, where: segment.where, count: segment.count };
}

/** The private list of the traps planted in the copies: a sheet of its own, never sent with a copy. */
function trapSheet(table: Table, planted: readonly PlantedTraps[], lang: Lang, before: readonly AddedSheet[]): AddedSheet {
  const base = trapText(lang, "privateSheet");
  let name = base;
  for (let n = 2; before.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) || name.toLowerCase() === table.sheet.toLowerCase(); n++)
    name = `${base} ${n}`;
  return {
    key: "segment.traps",
    name,
    rows: trapListRows(lang, trapText(lang, "copiesTitle"), table.headers, planted),
    cellStyles: [{ row: 0, column: 0, bold: true }, ...[0, 1, 2].map((column) => ({ row: 2, column, bold: true }))],
  };
}

/** Names as given, the missing ones numbered; two segments with one name would share a column. */
function segmentNames(requests: readonly SegmentRequest[], lang: Lang): string[] {
  const names = requests.map((request, s) => request.name?.trim() || segmentText(lang, "defaultName", { number: s + 1 }));
  const seen = new Set<string>();
  for (const name of names) {
    const key = columnKey(name);
    if (seen.has(key)) {
      throw new OptionError("segment.sameName", {
        fr: `Deux segments s'appellent « ${name} » : donnez à chacun son --name.`,
        en: `Two segments are named "${name}": give each its own --name.`,
      });
    }
    seen.add(key);
  }
  return names;
}

/** The column's stable key: the same name on a second run updates the same column. */
function columnKey(name: string): string {
  return (
    foldLower(name)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "segment"
  );
}

/** The segment's name as header, unless one of the user's own columns is already called so. */
function headerFor(name: string, table: Table): string {
  const taken = table.headers.some(
    (header, index) => header.trim().toLowerCase() === name.toLowerCase() && table.ownColumns?.get(index) !== `segment.${columnKey(name)}`,
  );
  return taken ? `${name} (segment)` : name;
}

function summarySheet(table: Table, segments: readonly ReportSegment[], lang: Lang): AddedSheet {
  const total = table.rows.length;
  const rows: CellValue[][] = [
    [segmentText(lang, "title", { sheet: table.sheet, rows: total })],
    [],
    [segmentText(lang, "name"), segmentText(lang, "where"), segmentText(lang, "count"), segmentText(lang, "share")],
    ...segments.map((s) => [s.name, s.where, s.count, total === 0 ? 0 : s.count / total]),
  ];
  return {
    key: "segment.summary",
    name: segmentText(lang, "summarySheet"),
    rows,
    columnWidths: [24, 60, 10, 10],
    cellStyles: [
      { row: 0, column: 0, bold: true },
      ...[0, 1, 2, 3].map((column) => ({ row: 2, column, bold: true })),
      ...segments.map((_, s) => ({ row: 3 + s, column: 3, numberFormat: "0.0%" })),
    ],
  };
}

/** The segment's rows under the table's header, on a sheet named after it (Excel: 31 characters, no []:*?/\). */
function copySheet(table: Table, name: string, members: readonly number[], lang: Lang, before: readonly AddedSheet[]): AddedSheet {
  const base = `${segmentText(lang, "copyPrefix")}${name}`
    .replace(/[[\]:*?/\\]/g, " ")
    .slice(0, 31)
    .trim();
  let sheetName = base;
  for (let n = 2; before.some((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase()) || sheetName.toLowerCase() === table.sheet.toLowerCase(); n++) {
    sheetName = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  }
  return {
    key: `segment.copy.${columnKey(name)}`,
    name: sheetName,
    rows: [table.headers, ...members.map((i) => table.rows[i]!.cells)],
  };
}
