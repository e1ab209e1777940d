import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { ReportColumn } from "../../engine/report";
import type { WhereOp } from "../../engine/segments/where";
import { BUILDER_OPS, type DraftCondition } from "../segmentDraft";
import { m, type MethodKey } from "../i18n/methodStrings";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  column: { flexGrow: 1, flexBasis: "10rem", minWidth: 0 },
  op: { flexBasis: "9rem", minWidth: 0 },
  value: { flexGrow: 1, flexBasis: "8rem", minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
});

const OP_KEYS: Readonly<Record<(typeof BUILDER_OPS)[number], MethodKey>> = {
  ">=": "op_ge",
  "<=": "op_le",
  ">": "op_gt",
  "<": "op_lt",
  "=": "op_eq",
  "!=": "op_ne",
  contains: "op_contains",
  startsWith: "op_startsWith",
  in: "op_in",
  between: "op_between",
  empty: "op_empty",
  notEmpty: "op_notEmpty",
};

export interface ConditionRowProps {
  readonly lang: Lang;
  /** 2, or "1.2" for the second line of group 1: in the labels and test ids. */
  readonly n: number | string;
  /** What the labels call this line ("Condition 2", "Groupe 1, condition 2"). */
  readonly name?: string;
  readonly columns: readonly ReportColumn[];
  readonly condition: DraftCondition;
  readonly onChange: (condition: DraftCondition) => void;
  readonly onRemove: (() => void) | undefined;
}

/** One condition: a column (or the department read from the postal code), a test in words, its value(s). */
export function ConditionRow({ lang, n, name, columns, condition, onChange, onRemove }: ConditionRowProps) {
  const styles = useStyles();
  const lineName = name ?? m(lang, "conditionN", { n });
  const label = (field: MethodKey) => `${m(lang, field)} (${lineName})`;
  const column = columns.find((c) => String(c.index) === condition.column);
  const isDate = column ? /date/i.test(column.role) : false;
  const hint = condition.op === "in" ? m(lang, "conditionValueHint_in") : isDate ? m(lang, "conditionValueHint_date") : undefined;
  const hasValue = condition.op !== "empty" && condition.op !== "notEmpty";
  const hasPostalCode = columns.some((c) => c.role === "postalCode");
  return (
    <li className={styles.row} data-condition={n}>
      <Field label={label("conditionColumn")} className={styles.column}>
        <Select
          className={styles.select}
          value={condition.column}
          onChange={(_e, data) => onChange({ ...condition, column: data.value })}
          data-testid={`condition-column-${n}`}
        >
          <option value="">–</option>
          {columns.map((c) => (
            <option key={c.index} value={String(c.index)}>
              {c.header}
            </option>
          ))}
          {hasPostalCode && <option value="department">{m(lang, "departmentColumn")}</option>}
        </Select>
      </Field>
      <Field label={label("conditionOp")} className={styles.op}>
        <Select
          className={styles.select}
          value={condition.op}
          onChange={(_e, data) => onChange({ ...condition, op: data.value as WhereOp })}
          data-testid={`condition-op-${n}`}
        >
          {BUILDER_OPS.map((op) => (
            <option key={op} value={op}>
              {m(lang, OP_KEYS[op])}
            </option>
          ))}
        </Select>
      </Field>
      {hasValue && (
        <Field label={label("conditionValue")} className={styles.value} hint={hint}>
          <Input value={condition.value} onChange={(_e, data) => onChange({ ...condition, value: data.value })} data-testid={`condition-value-${n}`} />
        </Field>
      )}
      {condition.op === "between" && (
        <Field label={label("conditionValueTo")} className={styles.value}>
          <Input value={condition.valueTo} onChange={(_e, data) => onChange({ ...condition, valueTo: data.value })} data-testid={`condition-value-to-${n}`} />
        </Field>
      )}
      <Checkbox
        label={m(lang, "conditionNot")}
        aria-label={label("conditionNot")}
        checked={condition.negate === true}
        onChange={(_e, data) => onChange({ ...condition, negate: data.checked === true })}
        data-testid={`condition-not-${n}`}
      />
      {onRemove && (
        <Button aria-label={m(lang, "removeCondition", { n: lineName })} onClick={onRemove}>
          ✕
        </Button>
      )}
    </li>
  );
}
