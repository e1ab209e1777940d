import { Button, Checkbox, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { ReportColumn } from "../../engine/report";
import { EMPTY_CONDITION, type DraftGroup } from "../segmentDraft";
import { m } from "../i18n/methodStrings";
import { ConditionRow } from "./ConditionRow";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  conditions: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ConditionGroupProps {
  readonly lang: Lang;
  /** 1-based, as the user counts groups. */
  readonly g: number;
  readonly columns: readonly ReportColumn[];
  readonly group: DraftGroup;
  readonly onChange: (group: DraftGroup | null) => void;
}

/** A group in brackets inside the segment: its own et / ou, its lines, "non" for all of it. */
export function ConditionGroup({ lang, g, columns, group, onChange }: ConditionGroupProps) {
  const styles = useStyles();
  const setLine = (at: number, next: (typeof group.conditions)[number] | null) =>
    onChange({ ...group, conditions: next ? group.conditions.map((c, i) => (i === at ? next : c)) : group.conditions.filter((_c, i) => i !== at) });
  return (
    <fieldset className={styles.group} data-group={g}>
      <legend className={styles.legend}>{m(lang, "groupTitle", { g })}</legend>
      <Field label={m(lang, "groupJoinLabel")}>
        <RadioGroup layout="horizontal" value={group.join} onChange={(_e, data) => onChange({ ...group, join: data.value === "or" ? "or" : "and" })}>
          <Radio value="and" label={m(lang, "joinAnd")} data-testid={`group-${g}-and`} />
          <Radio value="or" label={m(lang, "joinOr")} data-testid={`group-${g}-or`} />
        </RadioGroup>
      </Field>
      <ol className={styles.conditions}>
        {group.conditions.map((condition, i) => (
          <ConditionRow
            key={i}
            lang={lang}
            n={`${g}.${i + 1}`}
            name={m(lang, "groupConditionN", { g, n: i + 1 })}
            columns={columns}
            condition={condition}
            onChange={(next) => setLine(i, next)}
            onRemove={group.conditions.length > 1 ? () => setLine(i, null) : undefined}
          />
        ))}
      </ol>
      <div className={styles.row}>
        <Checkbox
          label={m(lang, "groupNot")}
          checked={group.negate}
          onChange={(_e, data) => onChange({ ...group, negate: data.checked === true })}
          data-testid={`group-${g}-not`}
        />
        <Button size="small" onClick={() => onChange({ ...group, conditions: [...group.conditions, EMPTY_CONDITION] })} data-testid={`group-${g}-add`}>
          {m(lang, "addGroupCondition", { g })}
        </Button>
        <Button size="small" onClick={() => onChange(null)} data-testid={`group-${g}-remove`}>
          {m(lang, "removeGroup", { g })}
        </Button>
      </div>
    </fieldset>
  );
}
