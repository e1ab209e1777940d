import { forwardRef, type KeyboardEvent } from "react";
import { Badge, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReviewGroup } from "../../engine/duplicates/reviewGroups";
import type { Lang } from "../../engine/i18n/lang";
import type { Decision } from "../duplicateReview";
import { sayDuplicates } from "../i18n/duplicateStrings";
import { formatNumber } from "../i18n/strings";
import { DuplicateComparison } from "./DuplicateComparison";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  focused: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, cursor: "default" },
  accepted: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  rejected: { backgroundColor: tokens.colorNeutralBackground3 },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  why: { color: tokens.colorNeutralForeground2 },
});

export interface DuplicateGroupItemProps {
  readonly lang: Lang;
  readonly group: ReviewGroup;
  readonly index: number;
  readonly total: number;
  readonly headers: readonly string[];
  readonly decision: Decision | undefined;
  readonly focused: boolean;
  readonly onFocus: () => void;
  readonly onKey: (event: KeyboardEvent<HTMLLIElement>) => void;
  readonly onDecide: (decision: Decision) => void;
  readonly onSelectRow?: (row: number) => void;
}

export function probabilityText(lang: Lang, probability: number): string {
  return sayDuplicates(lang, "probability", { value: formatNumber(lang, Math.floor(probability * 1000) / 10) });
}

/**
 * One group of the review list: a line to go through with the arrows, its details (rows side
 * by side, why) when the keyboard is on it, and Accept / Reject for the mouse.
 */
export const DuplicateGroupItem = forwardRef<HTMLLIElement, DuplicateGroupItemProps>(function DuplicateGroupItem(props, ref) {
  const { lang, group, index, decision } = props;
  const styles = useStyles();
  const n = index + 1;
  const rows = group.rows.join(", ");
  const status = sayDuplicates(lang, decision ? `status_${decision}` : "status_pending");
  const label = sayDuplicates(lang, "groupLabel", { n, total: props.total, rows, probability: probabilityText(lang, group.probability), status });
  return (
    <li
      ref={ref}
      tabIndex={props.focused ? 0 : -1}
      aria-label={label}
      aria-current={props.focused ? "true" : undefined}
      className={mergeClasses(styles.item, props.focused && styles.focused, decision && styles[decision])}
      data-group={index}
      data-rows={rows}
      data-decision={decision ?? "pending"}
      onFocus={(event) => event.target === event.currentTarget && !props.focused && props.onFocus()}
      onClick={() => !props.focused && props.onFocus()}
      onKeyDown={(event) => event.target === event.currentTarget && props.onKey(event)}
    >
      <div className={styles.header}>
        <span className={styles.title}>{sayDuplicates(lang, "groupTitle", { n, rows })}</span>
        <Badge appearance="outline" color="informative">
          {probabilityText(lang, group.probability)}
        </Badge>
        <Badge
          appearance={decision ? "filled" : "tint"}
          color={decision === "accepted" ? "success" : decision === "rejected" ? "subtle" : "informative"}
          data-testid="group-status"
        >
          {decision === "accepted" ? "✓ " : decision === "rejected" ? "✗ " : "? "}
          {status}
        </Badge>
      </div>
      {props.focused && (
        <>
          <DuplicateComparison lang={lang} group={group} headers={props.headers} n={n} />
          {group.records
            .filter((record) => !record.survivor && record.why !== "")
            .map((record) => (
              <Caption1 key={record.row} className={styles.why}>
                {sayDuplicates(lang, "why", { row: record.row, probability: probabilityText(lang, record.probability), why: record.why })}
              </Caption1>
            ))}
        </>
      )}
      <div className={styles.actions}>
        <Button
          size="small"
          appearance={decision === "accepted" ? "primary" : "secondary"}
          aria-pressed={decision === "accepted"}
          aria-label={sayDuplicates(lang, "acceptGroup", { n })}
          onClick={() => props.onDecide("accepted")}
          data-testid="accept"
        >
          {sayDuplicates(lang, "accept")}
        </Button>
        <Button
          size="small"
          appearance={decision === "rejected" ? "primary" : "secondary"}
          aria-pressed={decision === "rejected"}
          aria-label={sayDuplicates(lang, "rejectGroup", { n })}
          onClick={() => props.onDecide("rejected")}
          data-testid="reject"
        >
          {sayDuplicates(lang, "reject")}
        </Button>
        {props.focused &&
          props.onSelectRow &&
          group.rows.map((row) => (
            <Button key={row} size="small" appearance="subtle" onClick={() => props.onSelectRow?.(row)}>
              {sayDuplicates(lang, "goToRow", { row })}
            </Button>
          ))}
      </div>
    </li>
  );
});
