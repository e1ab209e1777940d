import { Caption1, Select, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { Report, ReportColumn } from "../../engine/report";
import { t } from "../i18n/strings";
import { roleLabel } from "../../engine/i18n/roleLabels";
import { COLUMN_ROLES, type ColumnRole } from "../../engine/table/columnRole";
import { DATA_KINDS, type DataKind } from "../../engine/table/dataKind";
import { dataKindLabel, dataKindMeaning } from "../../engine/i18n/dataKindLabels";
import { m } from "../i18n/methodStrings";

/** Roles in the dropdown, sorted by their label in the user's language so they can be found by typing. */
function sortedRoles(lang: Lang): ColumnRole[] {
  return [...COLUMN_ROLES].sort((a, b) => roleLabel(a, lang).localeCompare(roleLabel(b, lang), lang));
}

const useStyles = makeStyles({
  // Two columns, the role dropdown wide enough to read: the taskpane is 320 px wide by default.
  table: { tableLayout: "fixed", width: "100%" },
  name: { width: "45%" },
  role: { width: "55%" },
  measures: { color: tokens.colorNeutralForeground3, display: "block" },
  cellText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", display: "block" },
  examples: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", display: "block" },
  summary: { color: tokens.colorNeutralForeground2 },
  select: { minWidth: 0, width: "100%" },
  kindSelect: { minWidth: 0, width: "100%", marginTop: tokens.spacingVerticalXXS },
});

/** French typography: a narrow no-break space before %, so "100 %" never wraps in a narrow pane. */
export function percent(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "–" : `${Math.round(value * 100)}\u202f%`;
}

export interface ColumnsTableProps {
  readonly report: Report;
  readonly lang: Lang;
  /** The user's choices by column index; when given with onRoleChange, each role is a dropdown. */
  readonly overrides?: Readonly<Record<number, ColumnRole>>;
  readonly onRoleChange?: (index: number, role: ColumnRole | null) => void;
  /** The user's data kinds by column index; with onKindChange, each kind is a dropdown under the role. */
  readonly kinds?: Readonly<Record<number, DataKind>>;
  readonly onKindChange?: (index: number, kind: DataKind) => void;
}

export function ColumnsTable({ report, lang, overrides, onRoleChange, kinds, onKindChange }: ColumnsTableProps) {
  const styles = useStyles();
  if (report.columns.length === 0) return <Text>{t(lang, "noColumns")}</Text>;
  return (
    <section aria-label={t(lang, "columnsTitle")}>
      <Caption1 className={styles.summary}>
        {t(lang, "columnsSummary", {
          columns: report.columns.length,
          rows: report.counts.rows,
          sheet: report.sheet,
          headerRow: report.headerRow,
        })}
      </Caption1>
      <Table size="extra-small" className={styles.table} aria-label={t(lang, "columnsTitle")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.name}>{t(lang, "colHeader")}</TableHeaderCell>
            <TableHeaderCell className={styles.role}>{t(lang, "colRole")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.columns.map((column) => (
            <ColumnRow
              key={column.index}
              column={column}
              lang={lang}
              override={overrides?.[column.index]}
              onRoleChange={onRoleChange}
              kind={kinds?.[column.index]}
              onKindChange={onKindChange}
            />
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

interface ColumnRowProps {
  readonly column: ReportColumn;
  readonly lang: Lang;
  readonly override: ColumnRole | undefined;
  readonly onRoleChange: ((index: number, role: ColumnRole | null) => void) | undefined;
  readonly kind: DataKind | undefined;
  readonly onKindChange: ((index: number, kind: DataKind) => void) | undefined;
}

function ColumnRow({ column, lang, override, onRoleChange, kind, onKindChange }: ColumnRowProps) {
  const styles = useStyles();
  const role = override ?? column.role;
  const examples = (column.examples ?? []).join(" · ");
  return (
    <TableRow data-role={role}>
      <TableCell>
        <span className={styles.cellText} title={column.header}>
          {column.header}
        </span>
        {examples && (
          <Caption1 className={styles.examples} title={examples} data-testid="column-examples">
            {t(lang, "examples")} {examples}
          </Caption1>
        )}
        <Caption1 className={styles.measures}>
          <span title={t(lang, "colConfidenceLong")}>{`${t(lang, "colConfidence")} ${percent(column.confidence)}`}</span>
          {" · "}
          <span title={t(lang, "colFillLong")}>{`${t(lang, "colFill")} ${percent(column.fillRate)}`}</span>
        </Caption1>
      </TableCell>
      <TableCell>
        {onRoleChange ? (
          <Select
            size="small"
            className={styles.select}
            value={role}
            aria-label={t(lang, "roleFor", { header: column.header })}
            onChange={(_e, data) => onRoleChange(column.index, data.value as ColumnRole)}
            data-column={column.index}
          >
            {sortedRoles(lang).map((r) => (
              <option key={r} value={r}>
                {roleLabel(r, lang)}
              </option>
            ))}
          </Select>
        ) : (
          <span className={styles.cellText} title={role}>
            {roleLabel(role, lang)}
          </span>
        )}
        {onKindChange && (
          <Select
            size="small"
            className={styles.kindSelect}
            value={kind ?? column.dataKind}
            aria-label={m(lang, "kindFor", { header: column.header })}
            title={dataKindMeaning(kind ?? column.dataKind, lang)}
            onChange={(_e, data) => onKindChange(column.index, data.value as DataKind)}
            data-kind-column={column.index}
          >
            {DATA_KINDS.map((k) => (
              <option key={k} value={k}>
                {dataKindLabel(k, lang)}
              </option>
            ))}
          </Select>
        )}
      </TableCell>
    </TableRow>
  );
}
