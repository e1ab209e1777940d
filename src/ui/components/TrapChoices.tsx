import { Caption1, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { m } from "../i18n/methodStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  number: { width: "7rem" },
});

/** Trap records for the segments' copies, as the tab holds them (text as typed). */
export interface TrapChoiceState {
  readonly on: boolean;
  readonly count: string;
  readonly sheet: string;
}

export const NO_TRAPS: TrapChoiceState = { on: false, count: "3", sheet: "" };

/** The number of traps typed, or null when it is not a whole number from 1 to 1000 (the CLI's bounds). */
export function trapCountOf(text: string): number | null {
  const count = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(count) && count >= 1 && count <= 1000 ? count : null;
}

/** Ready to run: off, or a count and a sheet of owned addresses. */
export function trapsReady(choice: TrapChoiceState): boolean {
  return !choice.on || (trapCountOf(choice.count) !== null && choice.sheet !== "");
}

export interface TrapChoicesProps {
  readonly lang: Lang;
  readonly choice: TrapChoiceState;
  /** The workbook's sheets the owned addresses can come from (the customers' sheet left out). */
  readonly sheets: readonly string[];
  readonly onChange: (choice: TrapChoiceState) => void;
}

/** "Adresses pièges" (the method's trap records): how many per copy, from which sheet of the user's own addresses. */
export function TrapChoices({ lang, choice, sheets, onChange }: TrapChoicesProps) {
  const styles = useStyles();
  const badCount = choice.on && trapCountOf(choice.count) === null;
  return (
    <div className={styles.root} data-testid="trap-choices">
      <Checkbox
        label={m(lang, "trapsOn")}
        checked={choice.on}
        onChange={(_e, data) => onChange({ ...choice, on: data.checked === true })}
        data-testid="traps-on"
      />
      {choice.on && (
        <>
          <div className={styles.row}>
            <Field
              label={m(lang, "trapsCount")}
              validationState={badCount ? "error" : "none"}
              validationMessage={badCount ? m(lang, "trapsBadCount") : undefined}
            >
              <Input
                className={styles.number}
                inputMode="numeric"
                value={choice.count}
                onChange={(_e, data) => onChange({ ...choice, count: data.value })}
                data-testid="traps-count"
              />
            </Field>
            <Field label={m(lang, "trapsSheet")}>
              <Select value={choice.sheet} onChange={(_e, data) => onChange({ ...choice, sheet: data.value })} data-testid="traps-sheet">
                <option value="">{m(lang, "trapsSheetNone")}</option>
                {sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Caption1>{m(lang, "trapsHint")}</Caption1>
        </>
      )}
    </div>
  );
}
