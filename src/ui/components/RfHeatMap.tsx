import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { heatColour, heatTextOnDark } from "../scoreSummary";
import { t } from "../i18n/strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "center", padding: "2px" },
  head: { fontWeight: tokens.fontWeightSemibold, textAlign: "center", padding: "2px" },
  caption: { captionSide: "bottom", textAlign: "end", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

/** Customers per R (rows, best on top) × F (columns) score, shaded like the summary sheet's grid. */
export function RfHeatMap({ lang, grid }: { lang: Lang; grid: { classes: number; cells: number[][]; max: number } }) {
  const styles = useStyles();
  if (grid.classes === 0) return null;
  const scores = Array.from({ length: grid.classes }, (_v, i) => i + 1);
  return (
    <section className={styles.section} aria-label={t(lang, "gridTitle")}>
      <Subtitle2 as="h3">{t(lang, "gridTitle")}</Subtitle2>
      <table className={styles.table} data-testid="rf-grid">
        <caption className={styles.caption}>{`${t(lang, "gridRecency")} ↓ · ${t(lang, "gridFrequency")} →`}</caption>
        <thead>
          <tr>
            <th className={styles.head} scope="col">
              R\F
            </th>
            {scores.map((f) => (
              <th key={f} className={styles.head} scope="col">
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...scores].reverse().map((r) => (
            <tr key={r}>
              <th className={styles.head} scope="row">
                {r}
              </th>
              {scores.map((f) => {
                const count = grid.cells[r - 1]?.[f - 1] ?? 0;
                return (
                  <td
                    key={f}
                    className={styles.cell}
                    style={{ backgroundColor: heatColour(count, grid.max), color: heatTextOnDark(count, grid.max) ? "#FFFFFF" : undefined }}
                    data-r={r}
                    data-f={f}
                  >
                    {count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
