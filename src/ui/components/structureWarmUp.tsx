import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../engine/i18n/lang";
import { FLAG_KINDS } from "../../engine/legend";
import { REPORT_VERSION, type Report, type ReportFlag } from "../../engine/report";
import { FlagCounts } from "./FlagCounts";
import { IssueList } from "./IssueList";

/** One flag of each cell kind, each with a suggestion: every control the results draw. */
const SAMPLE_FLAGS: ReportFlag[] = FLAG_KINDS.filter((kind) => kind !== "volatile").map((kind, i) => ({
  row: i + 2,
  column: "A",
  kind,
  message: "·",
  suggestion: "·",
}));

const SAMPLE_REPORT: Report = {
  reportVersion: REPORT_VERSION,
  job: "structure",
  sheet: "",
  headerRow: 1,
  columns: [],
  flags: SAMPLE_FLAGS,
  columnFlags: [],
  splits: [],
  duplicates: [],
  scores: [],
  counts: { rows: SAMPLE_FLAGS.length, flags: Object.fromEntries(SAMPLE_FLAGS.map((flag) => [flag.kind, 1])), duplicateRows: 0 },
};

const NONE = new Set<string>();
const nothing = () => undefined;

/** The Structure results' components on a sample report, for WarmUp: the counts, then the issue list. */
export function structureWarmUpStages(lang: Lang): (() => ReactNode)[] {
  return [
    () => (
      <>
        <Subtitle2 as="h2">·</Subtitle2>
        <Caption1>·</Caption1>
        <FlagCounts lang={lang} counts={SAMPLE_FLAGS.map((flag) => ({ kind: flag.kind, count: 1 }))} />
      </>
    ),
    () => <IssueList lang={lang} report={SAMPLE_REPORT} busy={false} applied={NONE} onApply={nothing} onSelect={nothing} />,
  ];
}
