import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { LANGS, type Lang } from "../../engine/i18n/lang";
import { t } from "../i18n/strings";

const useStyles = makeStyles({ group: { display: "flex", gap: tokens.spacingHorizontalXXS } });

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t(lang, "language")} className={styles.group}>
      {LANGS.map((code) => (
        <ToggleButton key={code} size="small" appearance="subtle" checked={code === lang} onClick={() => onChange(code)}>
          {code.toUpperCase()}
        </ToggleButton>
      ))}
    </div>
  );
}
