import type { Lang } from "../i18n/lang";
import type { ColumnRole } from "../table/columnRole";
import { roleLabel } from "../i18n/roleLabels";
import { joinAlternatives } from "../i18n/localeFormat";
import { defineMessages } from "../i18n/defineMessages";

const say = defineMessages(
  {
    volatile: "Information volatile ({label}) : elle se périme, revérifiez-la régulièrement auprès du client.",
    missingField: "Champ nécessaire manquant : {labels}. Complétez cette ligne.",
  },
  {
    volatile: "Volatile information ({label}): it goes stale, re-check it with the customer regularly.",
    missingField: "Missing required field: {labels}. Complete this row.",
  },
);

/** Notes of the quality flags the Structure job adds itself (the field parsers bring their own). */
export function volatileNote(role: ColumnRole, lang: Lang): string {
  return say(lang, "volatile", { label: roleLabel(role, lang).toLowerCase() });
}

export function missingFieldNote(fieldRoles: readonly ColumnRole[], lang: Lang): string {
  const labels = joinAlternatives(
    lang,
    fieldRoles.map((role) => roleLabel(role, lang).toLowerCase()),
  );
  return say(lang, "missingField", { labels });
}

export const QUALITY_HEADERS = {
  score: { fr: "Qualité (0-100)", en: "Quality (0-100)" },
  issues: { fr: "Problèmes", en: "Issues" },
} as const;
