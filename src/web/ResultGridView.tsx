import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../engine/i18n/lang";
import { t } from "../ui/i18n/strings";
import type { GridCell, ResultGrid } from "../hosts/workbook/resultGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: { overflow: "auto", maxHeight: "480px", maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    // The issue the user clicked (revealGridCell.ts).
    "& td[data-selected]": { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-3px" },
  },
  th: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "2px 6px",
    textAlign: "start",
    whiteSpace: "nowrap",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  added: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  rowHead: { color: tokens.colorNeutralForeground3, textAlign: "end", padding: "2px 6px", fontVariantNumeric: "tabular-nums" },
  td: { padding: "2px 6px", whiteSpace: "nowrap", maxWidth: "220px", overflow: "hidden", textOverflow: "ellipsis", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
});

/** The cell's look in the file: the legend's fill, or the red border of "incomplete". */
function cellStyle(cell: GridCell): { backgroundColor?: string; boxShadow?: string } {
  return {
    ...(cell.fill ? { backgroundColor: `#${cell.fill}` } : {}),
    ...(cell.border ? { boxShadow: `inset 0 0 0 2px #${cell.border}` } : {}),
  };
}

export interface ResultGridViewProps {
  readonly lang: Lang;
  readonly grid: ResultGrid;
  readonly onDownload: () => void;
}

/** The output file's first rows, Tria's columns tinted, flagged cells coloured as in Excel. */
export function ResultGridView({ lang, grid, onDownload }: ResultGridViewProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={t(lang, "resultGridTitle", { shown: grid.rows.length, total: grid.totalRows })}>
      <Subtitle2 as="h2">{t(lang, "resultGridTitle", { shown: grid.rows.length, total: grid.totalRows })}</Subtitle2>
      <Button appearance="primary" onClick={onDownload} data-testid="download">
        {t(lang, "download")}
      </Button>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={grid.sheet}>
        <table className={styles.table} data-testid="result-grid">
          <thead>
            <tr>
              <th className={styles.th} scope="col">#</th>
              {grid.headers.map((cell, i) => (
                <th key={i} scope="col" className={grid.added[i] ? `${styles.th} ${styles.added}` : styles.th} data-added={grid.added[i] ? "true" : "false"}>
                  {cell.text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.rowNumber} data-grid-row={row.rowNumber}>
                <th scope="row" className={styles.rowHead}>{row.rowNumber}</th>
                {row.cells.map((cell, i) => (
                  <td key={i} className={styles.td} style={cellStyle(cell)} title={cell.note ?? cell.text} data-fill={cell.fill} data-border={cell.border}>
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
