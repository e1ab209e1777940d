import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { SEGMENT_KEYS, type SegmentKey } from "../../engine/scoring/data/segmentGrid";
import { segmentName } from "../../engine/scoring/i18n/segmentNames";
import type { SegmentCount } from "../scoreSummary";
import { formatNumber, t } from "../i18n/strings";
import { segmentAdvice } from "../segmentAdvice";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  advice: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  track: { height: "10px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
});

function label(segment: string, lang: Lang): string {
  return (SEGMENT_KEYS as readonly string[]).includes(segment) ? segmentName(segment as SegmentKey, lang) : segment;
}

/** A bar per segment drawn with divs: no chart library for eleven bars. */
export function SegmentChart({ lang, counts }: { lang: Lang; counts: readonly SegmentCount[] }) {
  const styles = useStyles();
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <section className={styles.section} aria-label={t(lang, "segmentsTitle")}>
      <Subtitle2 as="h3">{t(lang, "segmentsTitle")}</Subtitle2>
      <ul className={styles.list}>
        {counts.map(({ segment, count }) => (
          <li key={segment} data-segment={segment}>
            <div className={styles.label}>
              <span>{label(segment, lang)}</span>
              <span>{formatNumber(lang, count)}</span>
            </div>
            {segmentAdvice(segment, lang) && <div className={styles.advice}>{segmentAdvice(segment, lang)}</div>}
            <div className={styles.track} aria-hidden="true">
              <div className={styles.bar} style={{ width: `${(count / max) * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
