import type { ReactNode } from "react";
import type { Lang } from "../engine/i18n/lang";
import { FLAG_KINDS, FLAG_STYLES } from "../engine/legend";
import type { ResultGrid } from "../hosts/resultGrid";
import { ResultGridView } from "./ResultGridView";

/** A cell of each flag's look, under a user column and one of Tria's: every style the preview draws. */
const SAMPLE_GRID: ResultGrid = {
  sheet: "·",
  headers: [{ text: "A" }, { text: "B" }],
  added: [false, true],
  rows: FLAG_KINDS.map((kind, i) => {
    const style = FLAG_STYLES[kind];
    const look = { ...(style.fill ? { fill: style.fill } : {}), ...(style.border ? { border: style.border } : {}) };
    return { rowNumber: i + 2, cells: [{ text: "·", ...look, note: "·" }, { text: "·" }] };
  }),
  totalRows: FLAG_KINDS.length,
};

const nothing = () => undefined;

/** The preview grid on a sample, for WarmUp while the first run works. */
export function gridWarmUpStages(lang: Lang): (() => ReactNode)[] {
  return [() => <ResultGridView lang={lang} grid={SAMPLE_GRID} onDownload={nothing} />];
}
