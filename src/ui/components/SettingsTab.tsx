import { Checkbox, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { LANGS, LANGUAGE_NAMES, type Lang } from "../../engine/i18n/lang";
import { roleLabel } from "../../engine/i18n/roleLabels";
import type { ColumnRole } from "../../engine/table/columnRole";
import { DEFAULT_REQUIRED_FIELDS } from "../../engine/structure/structureOptions";
import type { TriaSettings } from "../../app/settings/triaSettings";
import { t, type StringKey } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
});

/** Roles offered as "volatile": contact details and dates that go stale (BTS NDRC course). */
const VOLATILE_CHOICES: readonly ColumnRole[] = ["phone", "mobile", "email", "address", "street", "jobTitle", "lastPurchaseDate", "lastContactDate", "consent"];

export interface SettingsTabProps {
  readonly lang: Lang;
  readonly settings: TriaSettings;
  readonly onChange: (settings: TriaSettings) => void;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

export function SettingsTab({ lang, settings, onChange }: SettingsTabProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={t(lang, "settingsLanguage")}>
        <Select
          value={settings.lang ?? "auto"}
          onChange={(_e, data) => {
            const { lang: _old, ...rest } = settings;
            onChange(data.value === "auto" ? rest : { ...rest, lang: data.value as Lang });
          }}
          data-testid="settings-lang"
        >
          <option value="auto">{t(lang, "followOffice")}</option>
          {LANGS.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.fieldset}>
        <legend>
          <Subtitle2>{t(lang, "volatileTitle")}</Subtitle2>
        </legend>
        {VOLATILE_CHOICES.map((role) => (
          <Checkbox
            key={role}
            label={roleLabel(role, lang)}
            checked={settings.volatileRoles.includes(role)}
            onChange={(_e, data) => onChange({ ...settings, volatileRoles: toggled(settings.volatileRoles, role, data.checked === true) })}
            data-volatile={role}
          />
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>
          <Subtitle2>{t(lang, "requiredTitle")}</Subtitle2>
        </legend>
        {DEFAULT_REQUIRED_FIELDS.map((field) => (
          <Checkbox
            key={field.name}
            label={t(lang, `required_${field.name}` as StringKey)}
            checked={settings.requiredFields.includes(field.name)}
            onChange={(_e, data) => onChange({ ...settings, requiredFields: toggled(settings.requiredFields, field.name, data.checked === true) })}
            data-required={field.name}
          />
        ))}
      </fieldset>
    </div>
  );
}
