import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { FlagCount } from "../flagSummary";
import { FLAG_LABEL_KEYS, t } from "../i18n/strings";
import { FlagSwatch } from "./FlagSwatch";
import { formatNumber } from "../../engine/i18n/localeFormat";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
  },
  count: { fontWeight: tokens.fontWeightSemibold, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  row: { display: "contents" },
});

/** How many cells got each flag, with the legend's swatch so the pane reads like the sheet. */
export function FlagCounts({ lang, counts }: { lang: Lang; counts: readonly FlagCount[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {counts.map(({ kind, count }) => (
        <li key={kind} className={styles.row} data-flag-count={kind}>
          <FlagSwatch kind={kind} />
          <span>{t(lang, FLAG_LABEL_KEYS[kind])}</span>
          <span className={styles.count}>{formatNumber(lang, count)}</span>
        </li>
      ))}
    </ul>
  );
}
