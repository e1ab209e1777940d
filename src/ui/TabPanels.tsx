import { startTransition, useMemo, type Dispatch, type SetStateAction } from "react";
import type { SegmentDraft } from "./segmentDraft";
import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import type { Lang } from "../engine/i18n/lang";
import type { Report, ReportFlag } from "../engine/report";
import type { ColumnRole } from "../engine/table/columnRole";
import type { DataKind } from "../engine/table/dataKind";
import type { TriaSettings } from "../app/settings/triaSettings";
import type { JobHandle } from "./useJob";
import type { DuplicateReviewHandle } from "./useDuplicateReview";
import { t } from "./i18n/strings";
import type { NothingToRun } from "./customerFileCheck";
import { ColumnsTab } from "./components/ColumnsTab";
import { StructureTab } from "./components/StructureTab";
import { ScoreTab } from "./components/ScoreTab";
import { PredictTab, type PredictChoices } from "./components/PredictTab";
import { SettingsTab } from "./components/SettingsTab";
import { DuplicatesTab } from "./components/DuplicatesTab";
import { ComplyTab, type ComplyChoices } from "./components/ComplyTab";
import { SegmentsTab } from "./components/SegmentsTab";
import { trapsReady, type TrapChoicesProps } from "./components/TrapChoices";
import { CampaignTab } from "./components/CampaignTab";
import { CallsTab, type CallsChoices } from "./components/CallsTab";

export const TAB_NAMES = ["columns", "structure", "duplicates", "score", "predict", "comply", "segments", "calls", "campaign", "settings"] as const;
export type TabName = (typeof TAB_NAMES)[number];

/** The jobs that change the sheet (the Undo button takes the last one back). */
export type WritingJob = "structure" | "score" | "predict" | "comply" | "segment" | "campaign" | "calls";

/** Everything the tab row and its panel show and call; App owns the state, this file only lays it out. */
export interface TabPanelsProps {
  readonly tab: TabName;
  readonly setTab: (tab: TabName) => void;
  readonly lang: Lang;
  readonly settings: TriaSettings;
  readonly save: (next: TriaSettings) => void;
  readonly jobs: Readonly<Record<"inspect" | WritingJob, JobHandle>>;
  readonly duplicates: DuplicateReviewHandle;
  readonly inspectReport: Report | null;
  readonly overrides: Readonly<Record<number, ColumnRole>>;
  readonly kinds: Readonly<Record<number, DataKind>>;
  readonly target: "sheet" | "file";
  readonly canInspect: boolean;
  readonly notCustomers: NothingToRun | null;
  readonly canRun: boolean;
  readonly undoLabel: string | null;
  readonly applied: ReadonlySet<string>;
  readonly notice: string | null;
  readonly predictChoices: PredictChoices;
  readonly setPredictChoices: Dispatch<SetStateAction<PredictChoices>>;
  readonly complyChoices: ComplyChoices;
  readonly setComplyChoices: (choices: ComplyChoices) => void;
  readonly callsChoices: CallsChoices;
  readonly setCallsChoices: (choices: CallsChoices) => void;
  readonly copySegments: boolean;
  readonly setCopySegments: Dispatch<SetStateAction<boolean>>;
  readonly segmentTraps: Omit<TrapChoicesProps, "lang">;
  readonly segmentDraft: SegmentDraft;
  readonly setSegmentDraft: (draft: SegmentDraft) => void;
  readonly unitCost: string;
  readonly setUnitCost: Dispatch<SetStateAction<string>>;
  readonly runInspect: () => Promise<void>;
  readonly runWriting: (job: WritingJob) => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly applyFlags: (flags: readonly ReportFlag[]) => Promise<void>;
  readonly mergeDuplicates: () => Promise<void>;
  readonly setRole: (index: number, role: ColumnRole | null) => void;
  readonly setKind: (index: number, kind: DataKind) => void;
  readonly selectCell?: ((row: number, column: string) => Promise<void>) | undefined;
}

const useStyles = makeStyles({
  tabs: { flexWrap: "wrap" },
});

/** The tab row and the one panel shown under it. */
export function TabPanels(props: TabPanelsProps) {
  const styles = useStyles();
  const { tab, setTab, lang, settings, save, duplicates, inspectReport, overrides, kinds, target, canInspect, notCustomers, canRun } = props;
  const { undoLabel, applied, notice, predictChoices, setPredictChoices, complyChoices, setComplyChoices, callsChoices, setCallsChoices } = props;
  const { copySegments, setCopySegments, unitCost, setUnitCost, runInspect, runWriting, undo, applyFlags, mergeDuplicates, setRole, setKind, selectCell } =
    props;
  const { inspect, structure, score, predict, comply, segment, campaign, calls } = props.jobs;
  const tabs = useMemo(() => TAB_NAMES.map((name) => ({ name, label: t(lang, `tab${name[0]!.toUpperCase()}${name.slice(1)}` as "tabColumns") })), [lang]);

  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        // A transition: the tab's content is drawn in slices, not in the click's task.
        onTabSelect={(_e, data) => startTransition(() => setTab(data.value as TabName))}
        aria-label={t(lang, "tabsLabel")}
      >
        {tabs.map(({ name, label }) => (
          <Tab key={name} value={name} data-tab={name} id={`tria-tab-${name}`} aria-controls="tria-panel">
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="tria-panel" aria-labelledby={`tria-tab-${tab}`}>
        {tab === "columns" && (
          <ColumnsTab
            lang={lang}
            state={inspect.state}
            report={inspectReport}
            target={target}
            canInspect={canInspect}
            notCustomerFile={notCustomers}
            overrides={overrides}
            onInspect={() => void runInspect()}
            onCancel={inspect.cancel}
            onRoleChange={setRole}
            kinds={kinds}
            onKindChange={setKind}
          />
        )}
        {tab === "structure" && (
          <StructureTab
            lang={lang}
            state={structure.state}
            operations={settings.operations}
            canRun={canRun}
            undoLabel={undoLabel}
            applied={applied}
            notice={notice}
            onOperationsChange={(ops) => save({ ...settings, operations: ops })}
            onRun={() => void runWriting("structure")}
            onCancel={structure.cancel}
            onUndo={() => void undo()}
            onApply={(flags) => void applyFlags(flags)}
            {...(selectCell ? { onSelect: (flag: ReportFlag) => void selectCell?.(flag.row, flag.column) } : {})}
          />
        )}
        {tab === "duplicates" && (
          <DuplicatesTab
            lang={lang}
            find={duplicates.find.state}
            merge={duplicates.merge.state}
            review={duplicates.review}
            onReview={duplicates.dispatch}
            canRun={canRun}
            notice={notice}
            undoLabel={undoLabel}
            onUndo={() => void undo()}
            onFind={() => void duplicates.runFind()}
            onCancelFind={duplicates.find.cancel}
            onMerge={() => void mergeDuplicates()}
            onCancelMerge={duplicates.merge.cancel}
            {...(selectCell ? { onSelectRow: (row: number) => void selectCell?.(row, duplicates.review.headers[0] ?? "") } : {})}
          />
        )}
        {tab === "score" && (
          <ScoreTab
            lang={lang}
            state={score.state}
            classes={settings.classes}
            referenceDate={settings.referenceDate}
            scoresOnOrders={settings.scoresOnOrders}
            canRun={canRun}
            notice={notice}
            onClassesChange={(classes) => save({ ...settings, classes })}
            onReferenceDateChange={(referenceDate) => save({ ...settings, referenceDate })}
            onScoresOnOrdersChange={(scoresOnOrders) => save({ ...settings, scoresOnOrders })}
            grid={{
              value: settings.pointsGrid,
              headers: inspectReport?.columns.map((column) => column.header) ?? [],
              target: target,
              onChange: (pointsGrid) => save({ ...settings, pointsGrid }),
            }}
            onRun={() => void runWriting("score")}
            onCancel={score.cancel}
            undoLabel={undoLabel}
            onUndo={() => void undo()}
          />
        )}
        {tab === "predict" && (
          <PredictTab
            lang={lang}
            state={predict.state}
            choices={predictChoices}
            canRun={canRun}
            notice={notice}
            onChoicesChange={setPredictChoices}
            onRun={() => void runWriting("predict")}
            onCancel={predict.cancel}
            undoLabel={undoLabel}
            onUndo={() => void undo()}
          />
        )}
        {tab === "comply" && (
          <ComplyTab
            lang={lang}
            state={comply.state}
            choices={complyChoices}
            canRun={canRun}
            notice={notice}
            undoLabel={undoLabel}
            onUndo={() => void undo()}
            onChoicesChange={setComplyChoices}
            onRun={() => void runWriting("comply")}
            onCancel={comply.cancel}
            {...(selectCell ? { onSelect: (row: number, column: string) => void selectCell?.(row, column) } : {})}
          />
        )}
        {tab === "segments" && (
          <SegmentsTab
            lang={lang}
            state={segment.state}
            columns={inspectReport?.columns ?? null}
            segments={settings.segments}
            copy={copySegments}
            traps={props.segmentTraps}
            target={target}
            canRun={canRun && (!copySegments || trapsReady(props.segmentTraps.choice))}
            notice={notice}
            undoLabel={undoLabel}
            onUndo={() => void undo()}
            onInspect={() => void runInspect()}
            onSegmentsChange={(segments) => save({ ...settings, segments })}
            draft={props.segmentDraft}
            onDraftChange={props.setSegmentDraft}
            onCopyChange={setCopySegments}
            onRun={() => void runWriting("segment")}
            onCancel={segment.cancel}
          />
        )}
        {tab === "calls" && (
          <CallsTab
            lang={lang}
            state={calls.state}
            choices={callsChoices}
            canRun={canRun}
            notice={notice}
            undoLabel={undoLabel}
            onUndo={() => void undo()}
            onChoicesChange={setCallsChoices}
            onRun={() => void runWriting("calls")}
            onCancel={calls.cancel}
          />
        )}
        {tab === "campaign" && (
          <CampaignTab
            lang={lang}
            state={campaign.state}
            unitCost={unitCost}
            canRun={canInspect}
            target={target}
            notice={notice}
            undoLabel={undoLabel}
            onUndo={() => void undo()}
            onUnitCostChange={setUnitCost}
            onRun={() => void runWriting("campaign")}
            onCancel={campaign.cancel}
          />
        )}
        {tab === "settings" && <SettingsTab lang={lang} settings={settings} onChange={save} />}
      </div>
    </>
  );
}
