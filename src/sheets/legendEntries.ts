import { FLAG_KINDS, FLAG_STYLES, type FlagKind } from "../engine/legend";
import { translate } from "../engine/i18n/messages";
import type { Lang } from "../engine/i18n/lang";

/** One row of the sidebar's legend: the kind's name, what it means and its look, from the one legend. */
export interface LegendEntry {
  readonly kind: FlagKind;
  readonly label: string;
  readonly meaning: string;
  readonly fill: string | null;
  readonly border: string | null;
  readonly dashed: boolean;
}

export function legendEntries(lang: Lang): LegendEntry[] {
  return FLAG_KINDS.map((kind) => ({
    kind,
    label: translate(lang, `flag.${kind}`),
    meaning: translate(lang, `flag.${kind}.meaning`),
    fill: FLAG_STYLES[kind].fill,
    border: FLAG_STYLES[kind].border,
    dashed: FLAG_STYLES[kind].borderStyle === "dashed",
  }));
}
