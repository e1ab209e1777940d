import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { FLAG_KINDS } from "../../engine/legend";
import { FLAG_LABEL_KEYS, t } from "../i18n/strings";
import { FlagSwatch } from "./FlagSwatch";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function FlagLegend({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <section aria-label={t(lang, "legendTitle")}>
      <Subtitle2 as="h2">{t(lang, "legendTitle")}</Subtitle2>
      <ul className={styles.list}>
        {FLAG_KINDS.map((kind) => (
          <li key={kind} className={styles.item} data-flag={kind}>
            <FlagSwatch kind={kind} />
            <span>{t(lang, FLAG_LABEL_KEYS[kind])}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
