import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { FLAG_KINDS, FLAG_STYLES, type FlagKind } from "../../engine/legend";
import { FLAG_LABEL_KEYS, t } from "../i18n/strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  swatch: { width: "16px", height: "16px", flexShrink: 0, boxSizing: "border-box", border: `1px solid ${tokens.colorNeutralStroke1}` },
});

/** The swatch looks like the cell will: the legend's colours are the one place colours are hard-coded (DESIGN.md §3). */
export function swatchStyle(kind: FlagKind): { backgroundColor?: string; border?: string } {
  const style = FLAG_STYLES[kind];
  return {
    ...(style.fill ? { backgroundColor: `#${style.fill}` } : {}),
    ...(style.border ? { border: `2px ${style.borderStyle ?? "solid"} #${style.border}` } : {}),
  };
}

export function FlagLegend({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <section aria-label={t(lang, "legendTitle")}>
      <Subtitle2 as="h2">{t(lang, "legendTitle")}</Subtitle2>
      <ul className={styles.list}>
        {FLAG_KINDS.map((kind) => (
          <li key={kind} className={styles.item} data-flag={kind}>
            <span className={styles.swatch} style={swatchStyle(kind)} aria-hidden="true" />
            <span>{t(lang, FLAG_LABEL_KEYS[kind])}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
