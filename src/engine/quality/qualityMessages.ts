import type { Lang } from "../i18n/lang";
import type { ColumnRole } from "../table/columnRole";
import { roleLabel } from "../i18n/roleLabels";

/** Notes of the quality flags the Structure job adds itself (the field parsers bring their own). */
export function volatileNote(role: ColumnRole, lang: Lang): string {
  const label = roleLabel(role, lang);
  return lang === "fr"
    ? `Information volatile (${label.toLowerCase()}) : elle se périme, revérifiez-la régulièrement auprès du client.`
    : `Volatile information (${label.toLowerCase()}): it goes stale, re-check it with the customer regularly.`;
}

export function missingFieldNote(fieldRoles: readonly ColumnRole[], lang: Lang): string {
  const labels = fieldRoles.map((role) => roleLabel(role, lang).toLowerCase()).join(lang === "fr" ? " ou " : " or ");
  return lang === "fr"
    ? `Champ nécessaire manquant : ${labels}. Complétez cette ligne.`
    : `Missing required field: ${labels}. Complete this row.`;
}

export const QUALITY_HEADERS = {
  score: { fr: "Qualité (0-100)", en: "Quality (0-100)" },
  issues: { fr: "Problèmes", en: "Issues" },
} as const;
