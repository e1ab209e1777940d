import { useMemo, useState } from "react";
import { gridWindow, columnWidth } from "./gridWindow";
import { Button, Caption1, Switch, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { FLAG_SYMBOLS, type FlagKind } from "../engine/legend";
import { FlagLegend } from "../ui/components/FlagLegend";
import { FLAG_LABEL_KEYS } from "../ui/i18n/strings";
import { cellFlagKind, columnGroups } from "./gridFlags";
import type { Lang } from "../engine/i18n/lang";
import { t } from "../ui/i18n/strings";
import type { GridCell, ResultGrid } from "../hosts/resultGrid";
import { useColumnReveal } from "./useColumnReveal";
import { useChangeKey } from "../ui/useReveal";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: { overflow: "auto", maxHeight: "480px", maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: {
    // Fixed: the browser sizes columns from <colgroup>, not by measuring every cell (a 200 × 46
    // grid laid out "auto" took one task of 0.3-0.7 s on a loaded 2-core machine).
    tableLayout: "fixed",
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
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  added: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  // Tria's columns tinted all the way down, so they never pass for the user's own.
  addedCell: { backgroundColor: tokens.colorBrandBackground2 },
  group: {
    textAlign: "start",
    padding: "2px 6px",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    borderBottom: `2px solid ${tokens.colorBrandStroke1}`,
  },
  symbol: { marginInlineEnd: "4px", fontSize: "11px" },
  body: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-start" },
  grid: { flex: "1 1 480px", minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  legend: { flex: "0 1 260px" },
  pager: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  rowHead: { color: tokens.colorNeutralForeground3, textAlign: "end", padding: "2px 6px", fontVariantNumeric: "tabular-nums" },
  td: {
    padding: "2px 6px",
    whiteSpace: "nowrap",
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
});

/** The cell's look in the file: the legend's fill, or the red border of "incomplete". */
function cellStyle(cell: GridCell): { backgroundColor?: string; boxShadow?: string } {
  return {
    ...(cell.fill ? { backgroundColor: `#${cell.fill}` } : {}),
    ...(cell.border ? { boxShadow: `inset 0 0 0 2px #${cell.border}` } : {}),
  };
}

/** A row to review has a cell to fix; volatile only says "re-check now and then", on every row. */
function isToReview(kind: FlagKind | null): boolean {
  return kind !== null && kind !== "volatile";
}

export interface ResultGridViewProps {
  readonly lang: Lang;
  readonly grid: ResultGrid;
  readonly onDownload: () => void;
}

/**
 * The output file's first rows, a page at a time, Tria's columns tinted, flagged cells coloured
 * as in Excel. A page, not all of them: drawing every row at once was the page's longest task.
 */
export function ResultGridView({ lang, grid, onDownload }: ResultGridViewProps) {
  const styles = useStyles();
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [page, setPage] = useState(0);
  const [focused, setFocused] = useState<string>("");
  // Once per preview, not at each batch of columns drawn.
  const flaggedRows = useMemo(() => grid.rows.filter((row) => row.cells.some((cell) => isToReview(cellFlagKind(cell)))), [grid]);
  const view = gridWindow(onlyFlagged ? flaggedRows : grid.rows, page);
  const rows = view.rows;
  const groups = useMemo(() => columnGroups(grid.added), [grid]);
  // A wide page is drawn a few columns at a time (useColumnReveal.ts); the headers all at once.
  const shown = useColumnReveal(grid.headers.length, rows.length, useChangeKey(grid, view.page, onlyFlagged));
  return (
    <section className={styles.root} aria-label={t(lang, "resultGridTitle", { shown: grid.rows.length, total: grid.totalRows })}>
      <Subtitle2 as="h2">{t(lang, "resultGridTitle", { shown: grid.rows.length, total: grid.totalRows })}</Subtitle2>
      <Button appearance="primary" onClick={onDownload} data-testid="download">
        {t(lang, "download")}
      </Button>
      <Switch
        checked={onlyFlagged}
        onChange={(_e, data) => {
          setOnlyFlagged(data.checked);
          setPage(0);
        }}
        label={t(lang, "onlyFlaggedRows", { count: flaggedRows.length })}
        data-testid="only-flagged"
      />
      <div className={styles.body}>
        <div className={styles.grid}>
          <div className={styles.scroller} tabIndex={0} role="region" aria-label={grid.sheet}>
            <table className={styles.table} data-testid="result-grid" aria-busy={shown < grid.headers.length || undefined}>
              <colgroup>
                <col style={{ width: "56px" }} />
                {grid.headers.map((cell, i) => (
                  <col key={i} style={{ width: `${columnWidth(cell.text)}px` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <td className={styles.group} />
                  {groups.map((group) => (
                    <th key={group.start} colSpan={group.size} scope="colgroup" className={styles.group} data-group-size={group.size}>
                      {group.size > 1 ? t(lang, "columnGroup", { header: grid.headers[group.start]?.text ?? "", count: group.size - 1 }) : ""}
                    </th>
                  ))}
                </tr>
                <tr>
                  <th className={styles.th} scope="col">
                    #
                  </th>
                  {grid.headers.map((cell, i) => (
                    <th
                      key={i}
                      scope="col"
                      className={grid.added[i] ? `${styles.th} ${styles.added}` : styles.th}
                      data-added={grid.added[i] ? "true" : "false"}
                      title={cell.text}
                    >
                      {cell.text}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.rowNumber} data-grid-row={row.rowNumber}>
                    <th scope="row" className={styles.rowHead}>
                      {row.rowNumber}
                    </th>
                    {row.cells.slice(0, shown).map((cell, i) => {
                      const kind = cellFlagKind(cell);
                      // Said only of a flagged cell: 5,000 cells are drawn at once.
                      const said = kind
                        ? `${t(lang, "issueRow", { row: row.rowNumber, column: grid.headers[i]?.text ?? "" })} · ${t(lang, FLAG_LABEL_KEYS[kind])}${cell.note ? ` — ${cell.note}` : ""}`
                        : "";
                      return (
                        <td
                          key={i}
                          className={grid.added[i] ? `${styles.td} ${styles.addedCell}` : styles.td}
                          style={cellStyle(cell)}
                          title={cell.note ?? cell.text}
                          data-fill={cell.fill}
                          data-border={cell.border}
                          data-flag-kind={kind ?? undefined}
                          // A flagged cell is reached with Tab and says why below the grid: not colour and hover alone.
                          {...(kind ? { tabIndex: 0, onFocus: () => setFocused(said) } : {})}
                        >
                          {kind && (
                            <span className={styles.symbol} aria-hidden="true">
                              {FLAG_SYMBOLS[kind]}
                            </span>
                          )}
                          {cell.text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className={styles.pager}>
            <Button size="small" disabled={view.page === 0} onClick={() => setPage(view.page - 1)} data-testid="grid-previous">
              {t(lang, "gridPrevious")}
            </Button>
            <Caption1 data-testid="grid-page">{t(lang, "gridPage", { from: view.from, to: view.to, total: view.total })}</Caption1>
            <Button size="small" disabled={view.page >= view.pages - 1} onClick={() => setPage(view.page + 1)} data-testid="grid-next">
              {t(lang, "gridNext")}
            </Button>
          </div>
          <Caption1 role="status" aria-live="polite" data-testid="cell-message">
            {focused || t(lang, "cellMessageHint")}
          </Caption1>
        </div>
        <div className={styles.legend}>
          <FlagLegend lang={lang} />
        </div>
      </div>
    </section>
  );
}
