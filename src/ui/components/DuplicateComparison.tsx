import { colon } from "../../engine/i18n/localeFormat";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CellAgreement, ReviewGroup } from "../../engine/duplicates/reviewGroups";
import type { Lang } from "../../engine/i18n/lang";
import { sayDuplicates } from "../i18n/duplicateStrings";

const useStyles = makeStyles({
  // The table scrolls inside its own box: at 320 px the page never scrolls sideways.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, minWidth: "100%" },
  caption: { textAlign: "start", color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "start",
    verticalAlign: "top",
    overflowWrap: "anywhere",
    minWidth: "4em",
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  same: { color: tokens.colorNeutralForeground1 },
  similar: { color: tokens.colorPaletteGreenForeground1 },
  differs: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  missing: { color: tokens.colorNeutralForeground2 },
  mark: { marginInlineEnd: tokens.spacingHorizontalXXS },
  hidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/** Colour is never the only signal: each agreement has its symbol and, for screen readers, its word. */
const MARK: Readonly<Record<CellAgreement, string>> = { same: "=", similar: "≈", differs: "≠", missing: "∅" };

/** One group's rows side by side, one line per column: what matches, what differs, and the merged row. */
export function DuplicateComparison({ lang, group, headers, n }: { lang: Lang; group: ReviewGroup; headers: readonly string[]; n: number }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid="duplicate-comparison">
        <caption className={styles.caption}>{sayDuplicates(lang, "comparisonCaption", { n })}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>
              {sayDuplicates(lang, "field")}
            </th>
            {group.records.map((record) => (
              <th key={record.row} scope="col" className={`${styles.cell} ${styles.head}`}>
                {sayDuplicates(lang, record.survivor ? "kept" : "other", { row: record.row })}
              </th>
            ))}
            <th scope="col" className={`${styles.cell} ${styles.head}`}>
              {sayDuplicates(lang, "mergedColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {group.columns.map((column, k) => (
            <tr key={column}>
              <th scope="row" className={`${styles.cell} ${styles.head}`}>
                {headers[column] ?? ""}
              </th>
              {group.records.map((record) => {
                const agreement = record.agreement[k] ?? "missing";
                return (
                  <td
                    key={record.row}
                    className={`${styles.cell} ${record.survivor ? styles.same : styles[agreement]}`}
                    data-agreement={record.survivor ? "kept" : agreement}
                  >
                    {!record.survivor && (
                      <>
                        <span aria-hidden="true" className={styles.mark}>
                          {MARK[agreement]}
                        </span>
                        <span className={styles.hidden}>{`${sayDuplicates(lang, agreement)}${colon(lang)} `}</span>
                      </>
                    )}
                    {record.cells[k]}
                  </td>
                );
              })}
              <td className={styles.cell}>{group.merged[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
