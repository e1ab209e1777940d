import { useEffect, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import { t } from "../i18n/strings";
import { dayText, parseDay } from "../dayText";

export interface DayInputProps {
  readonly lang: Lang;
  readonly label: string;
  /** yyyy-mm-dd or "" (none). */
  readonly value: string;
  readonly onChange: (isoDay: string) => void;
  readonly testId?: string;
}

/**
 * A day typed and shown as the user writes it (26/07/2025 in French and British English), not
 * the browser's date picker, which follows the system's locale (mm/dd/yyyy on an American one).
 */
export function DayInput({ lang, label, value, onChange, testId }: DayInputProps) {
  const [text, setText] = useState(dayText(value));
  useEffect(() => setText(dayText(value)), [value]);
  const parsed = parseDay(text);
  const invalid = text.trim() !== "" && parsed === null;
  return (
    <Field label={label} validationMessage={invalid ? t(lang, "dayInvalid") : t(lang, "dayFormat")} validationState={invalid ? "error" : "none"}>
      <Input
        value={text}
        placeholder={t(lang, "dayPlaceholder")}
        inputMode="numeric"
        data-testid={testId}
        onChange={(_e, data) => {
          setText(data.value);
          const day = parseDay(data.value);
          if (data.value.trim() === "") onChange("");
          else if (day) onChange(day);
        }}
      />
    </Field>
  );
}
