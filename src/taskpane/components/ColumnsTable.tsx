import {
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { Report, ReportColumn } from "../../engine/report";
import { t } from "../i18n/strings";
import { roleLabel } from "../../engine/i18n/roleLabels";

const useStyles = makeStyles({
  // Fixed layout with narrow numeric columns: the taskpane is 320 px wide by default.
  table: { tableLayout: "fixed", width: "100%" },
  name: { width: "38%" },
  role: { width: "28%" },
  number: { width: "17%", textAlign: "end", whiteSpace: "nowrap" },
  cellText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", display: "block" },
  examples: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", display: "block" },
  summary: { color: tokens.colorNeutralForeground2 },
});

/** French typography: a narrow no-break space before %, so "100 %" never wraps in a narrow pane. */
export function percent(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "–" : `${Math.round(value * 100)}\u202f%`;
}

export function ColumnsTable({ report, lang }: { report: Report; lang: Lang }) {
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
            <TableHeaderCell className={styles.number} title={t(lang, "colConfidenceLong")}>{t(lang, "colConfidence")}</TableHeaderCell>
            <TableHeaderCell className={styles.number} title={t(lang, "colFillLong")}>{t(lang, "colFill")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.columns.map((column) => (
            <ColumnRow key={column.index} column={column} lang={lang} />
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function ColumnRow({ column, lang }: { column: ReportColumn; lang: Lang }) {
  const styles = useStyles();
  const examples = (column.examples ?? []).join(" · ");
  return (
    <TableRow data-role={column.role}>
      <TableCell>
        <span className={styles.cellText} title={column.header}>{column.header}</span>
        {examples && (
          <Caption1 className={styles.examples} title={examples}>
            {t(lang, "examples")} {examples}
          </Caption1>
        )}
      </TableCell>
      <TableCell>
        <span className={styles.cellText} title={column.role}>{roleLabel(column.role, lang)}</span>
      </TableCell>
      <TableCell className={styles.number}>{percent(column.confidence)}</TableCell>
      <TableCell className={styles.number}>{percent(column.fillRate)}</TableCell>
    </TableRow>
  );
}
