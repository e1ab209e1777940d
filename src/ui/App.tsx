import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { NEW_DRAFT, type SegmentDraft } from "./segmentDraft";
import { Title3, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { CommandNotice, NoticeListener } from "../app/commandNotices";
import type { Lang } from "../engine/i18n/lang";
import type { Plan } from "../engine/plan";
import type { ReportFlag } from "../engine/report";
import type { ColumnRole } from "../engine/table/columnRole";
import type { DataKind } from "../engine/table/dataKind";
import type { JobKind, JobOptions, JobResult } from "../app/jobProtocol";
import type { RunControl } from "../app/jobRunner";
import type { InspectListener } from "./inspectRequests";
import type { SettingsStore } from "../app/settings/settingsStore";
import type { TriaSettings } from "../app/settings/triaSettings";
import { jobOptionsFromSettings } from "../app/settings/jobOptionsFromSettings";
import { applySuggestions, type CellEdit } from "./applySuggestions";
import { shownResult } from "./jobState";
import { flagKey } from "./flagSummary";
import { useJob } from "./useJob";
import { roleChoicesByIndex } from "./roleChoices";
import { nothingToRun } from "./customerFileCheck";
import { t } from "./i18n/strings";
import { DEFAULT_PREDICT_CHOICES, predictJobOptions, type PredictChoices } from "./components/PredictTab";
import { useDuplicateReview } from "./useDuplicateReview";
import type { ComplyChoices } from "./components/ComplyTab";
import { unitCostOf } from "./components/CampaignTab";
import { wholeNumber, type CallsChoices } from "./components/CallsTab";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { NO_TRAPS, trapCountOf, type TrapChoiceState } from "./components/TrapChoices";
import { TabPanels, type TabName, type WritingJob } from "./TabPanels";

/** What the UI can ask of its host; the taskpane wires Excel, the web page a file, tests a fake. */
export interface TriaOperations {
  /** Reads the sheet, computes off the UI thread, and applies (except inspect). */
  run(job: JobKind, options: JobOptions, control: RunControl): Promise<JobResult>;
  /** Applies a Plan again (after suggestions were put into Tria's corrected columns). */
  applyPlan(plan: Plan, lang: Lang): Promise<void>;
  /**
   * Puts the last Structure's suggestions in where its Plan is kept (the web page's worker: the
   * page has the report only); absent: the pane does it with applyPlan and writeCells.
   */
  applySuggestions?(flags: readonly ReportFlag[], lang: Lang): Promise<void>;
  /** Writes suggestions into the user's cells, keeping their old values for Undo. */
  writeCells(sheet: string, edits: readonly CellEdit[]): Promise<void>;
  /** Tria's own "Undo last run"; absent where there is nothing to undo into. */
  undo?(): Promise<void>;
  /** Selects a cell of the sheet by its row number and column header. */
  selectCell?(row: number, column: string): Promise<void>;
  /** The workbook's sheet names (where trap records' owned addresses can come from). */
  listSheets?(): Promise<string[]>;
}

/** The last change Undo takes back: which job made it, and the suggestions it applied, if that was it. */
interface LastChange {
  readonly job: WritingJob | "merge" | "ribbon";
  readonly applied: readonly string[];
}

const JOB_TAB_LABEL = {
  structure: "tabStructure",
  score: "tabScore",
  predict: "tabPredict",
  merge: "tabDuplicates",
  comply: "tabComply",
  segment: "tabSegments",
  campaign: "tabCampaign",
  calls: "tabCalls",
  ribbon: "tabRibbon",
} as const;

export interface AppProps {
  readonly operations: TriaOperations;
  readonly settingsStore: SettingsStore;
  /** Office's display language (or the browser's): used unless the user chose one. */
  readonly initialLang: Lang;
  readonly target?: "sheet" | "file";
  readonly canInspect?: boolean;
  readonly initialTab?: TabName;
  /** Extra controls above the tabs (the web page's file picker), in the current language. */
  readonly renderSource?: (lang: Lang) => ReactNode;
  /** Below the tabs (the web page's result grid); `version` grows each time the output changed. */
  readonly renderOutput?: (lang: Lang, version: number) => ReactNode;
  readonly subscribeInspectRequests?: (listener: InspectListener) => () => void;
  /** What the ribbon buttons report (success or failure of a run started without the pane). */
  readonly subscribeNotices?: (listener: NoticeListener) => () => void;
  /** Changes when the user opens another file (the web page): its role choices start afresh. */
  readonly sourceKey?: string | null;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "960px",
    boxSizing: "border-box",
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  tagline: { color: tokens.colorNeutralForeground2 },
});

export function App(props: AppProps) {
  const { operations, settingsStore, subscribeInspectRequests, subscribeNotices } = props;
  const styles = useStyles();
  const [settings, setSettings] = useState<TriaSettings>(() => settingsStore.load());
  const [tab, setTab] = useState<TabName>(props.initialTab ?? "columns");
  const [notice, setNotice] = useState<string | null>(null);
  /**
   * What "Undo" takes back: the last run (or suggestions applied) of one job, shown on every tab;
   * only that job's results are cleared, so undoing a Score keeps Structure's results.
   */
  const [lastChange, setLastChange] = useState<LastChange | null>(null);
  const [applied, setApplied] = useState<ReadonlySet<string>>(() => new Set());
  const [version, setVersion] = useState(0);
  const [commandNotice, setCommandNotice] = useState<CommandNotice | null>(null);
  const inspect = useJob();
  const structure = useJob();
  const score = useJob();
  const predict = useJob();
  const comply = useJob();
  const segment = useJob();
  const campaign = useJob();
  const calls = useJob();
  const jobs = { structure, score, predict, comply, segment, campaign, calls };
  const [copySegments, setCopySegments] = useState(false);
  // The segment being built lives here, not in its tab: a look at another tab keeps it.
  const [segmentDraft, setSegmentDraft] = useState<SegmentDraft>(NEW_DRAFT);
  const [traps, setTraps] = useState<TrapChoiceState>(NO_TRAPS);
  const [sheetNames, setSheetNames] = useState<readonly string[]>([]);
  const [unitCost, setUnitCost] = useState("");
  const [predictChoices, setPredictChoices] = useState<PredictChoices>(DEFAULT_PREDICT_CHOICES);
  const lang = settings.lang ?? props.initialLang;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const langRef = useRef(lang);
  langRef.current = lang;

  const save = useCallback(
    (next: TriaSettings) => {
      // At once, not at the next render: a job started in the same tick (a new file's inspection) reads these.
      settingsRef.current = next;
      setSettings(next);
      settingsStore
        .save(next)
        .catch((error: unknown) => setNotice(t(langRef.current, "settingsNotSaved", { message: error instanceof Error ? error.message : String(error) })));
    },
    [settingsStore],
  );

  // Kept with the document like the other settings: a user opening the workbook finds them again.
  const complyChoices = settings.comply;
  const callsChoices = settings.calls;
  const setComplyChoices = (comply: ComplyChoices) => save({ ...settingsRef.current, comply });
  const setCallsChoices = (calls: CallsChoices) => save({ ...settingsRef.current, calls });
  const options = useCallback(() => jobOptionsFromSettings(settingsRef.current, langRef.current), []);
  const duplicates = useDuplicateReview(operations, options);
  const runInspect = useCallback(async () => {
    await inspect.start((control) => operations.run("inspect", options(), control));
  }, [inspect.start, operations, options]);
  useEffect(() => subscribeInspectRequests?.(runInspect), [subscribeInspectRequests, runInspect]);
  useEffect(
    () =>
      subscribeNotices?.((next) => {
        setCommandNotice(next);
        // A ribbon run changed the sheet: Undo in the pane applies to it too.
        if (next.ok && operations.undo) setLastChange({ job: "ribbon", applied: [] });
      }),
    [subscribeNotices, operations],
  );

  /** Each job's own options beside the saved settings: what its tab asks. */
  const jobExtras = (job: WritingJob): Partial<JobOptions> => {
    switch (job) {
      case "predict":
        return predictJobOptions(predictChoices);
      case "comply":
        return { purge: complyChoices.purge, ...(complyChoices.today ? { today: new Date(`${complyChoices.today}T00:00:00Z`) } : {}) };
      case "segment":
        return {
          segments: settings.segments,
          copySegments,
          ...(copySegments && traps.on ? { traps: { count: trapCountOf(traps.count) ?? 0, sheet: traps.sheet } } : {}),
        };
      case "calls": {
        const top = wholeNumber(callsChoices.top);
        const staleMonths = wholeNumber(callsChoices.staleMonths);
        return { ...(top ? { top } : {}), ...(staleMonths ? { staleMonths } : {}) };
      }
      case "campaign": {
        const cost = unitCostOf(unitCost);
        return typeof cost === "number" ? { unitCost: cost } : {};
      }
      default:
        return {};
    }
  };

  const runWriting = async (job: WritingJob) => {
    setNotice(null);
    const handle = jobs[job];
    // Not a customer file (meeting notes as .csv): say so and run nothing, inspected yet or not.
    if (job !== "campaign" && !inspectReport && (props.canInspect ?? true)) {
      const inspected = await inspect.start((control) => operations.run("inspect", options(), control));
      if (inspected && nothingToRun(inspected.report, roleChoicesByIndex(inspected.report, settingsRef.current.rolesByHeader))) return setTab("columns");
    }
    const jobOptions = { ...options(), ...jobExtras(job) };
    const result = await handle.start((control) => operations.run(job, jobOptions, control));
    if (result) {
      if (job === "structure") setApplied(new Set());
      setLastChange(operations.undo ? { job, applied: [] } : null);
      setVersion((v) => v + 1);
    }
  };

  const mergeDuplicates = async () => {
    setNotice(null);
    if (!(await duplicates.runMerge())) return;
    setLastChange(operations.undo ? { job: "merge", applied: [] } : null);
    setVersion((v) => v + 1);
  };

  const structureResult = shownResult(structure.state);
  const applyFlags = async (flags: readonly ReportFlag[]) => {
    if (!structureResult) return;
    let plan = structureResult.plan;
    try {
      if (operations.applySuggestions) await operations.applySuggestions(flags, lang);
      else {
        const { plan: updated, edits } = applySuggestions(structureResult.plan, structureResult.report.columns, flags);
        if (updated) await operations.applyPlan(updated, lang);
        if (edits.length > 0) await operations.writeCells(structureResult.report.sheet, edits);
        plan = updated ?? plan;
      }
      structure.dispatch({ type: "success", result: { ...structureResult, plan } });
      const keys = flags.map(flagKey);
      setApplied((before) => new Set([...before, ...keys]));
      setLastChange(operations.undo ? { job: "structure", applied: keys } : null);
      setVersion((v) => v + 1);
    } catch (error) {
      structure.dispatch({ type: "failure", error });
    }
  };

  const undo = async () => {
    try {
      await operations.undo?.();
      const change = lastChange;
      setLastChange(null);
      if (change && change.applied.length > 0) {
        // Suggestions taken back: they are open issues again; the run's results stay.
        setApplied((before) => new Set([...before].filter((key) => !change.applied.includes(key))));
      } else if (change && change.job !== "ribbon") {
        ({ ...jobs, merge: duplicates.merge })[change.job].dispatch({ type: "undone" });
        if (change.job === "structure") setApplied(new Set());
      }
      setNotice(t(lang, "undone"));
      setVersion((v) => v + 1);
    } catch (error) {
      structure.dispatch({ type: "failure", error });
    }
  };

  const inspectReport = shownResult(inspect.state)?.report ?? null;
  const undoLabel = lastChange ? t(lang, "undoJob", { job: t(lang, JOB_TAB_LABEL[lastChange.job]) }) : null;
  // Choices are kept by header text; the dropdowns show them by column of the file inspected.
  const setRole = (index: number, role: ColumnRole | null) => {
    const header = inspectReport?.columns.find((column) => column.index === index)?.header;
    if (header === undefined) return;
    const rolesByHeader: Record<string, ColumnRole> = { ...settings.rolesByHeader };
    if (role) rolesByHeader[header] = role;
    else delete rolesByHeader[header];
    save({ ...settings, rolesByHeader });
  };
  const overrides = useMemo(() => roleChoicesByIndex(inspectReport, settings.rolesByHeader), [inspectReport, settings.rolesByHeader]);
  const kinds = useMemo(() => roleChoicesByIndex(inspectReport, settings.dataKindsByHeader), [inspectReport, settings.dataKindsByHeader]);
  const setKind = (index: number, kind: DataKind) => {
    const header = inspectReport?.columns.find((column) => column.index === index)?.header;
    if (header !== undefined) save({ ...settings, dataKindsByHeader: { ...settings.dataKindsByHeader, [header]: kind } });
  };
  // A new file starts from the detected roles: another file's choices say nothing about it. Nor
  // do its results, errors or Undo: the panes start clean, nothing of the last file shows.
  const lastSource = useRef(props.sourceKey);
  useEffect(() => {
    if (props.sourceKey === lastSource.current) return;
    lastSource.current = props.sourceKey;
    for (const job of [inspect, ...Object.values(jobs), duplicates.find, duplicates.merge]) {
      job.cancel();
      job.dispatch({ type: "undone" });
    }
    duplicates.dispatch({ type: "reset" });
    setLastChange(null);
    setApplied(new Set());
    setNotice(null);
    const current = settingsRef.current;
    if (Object.keys(current.rolesByHeader).length + Object.keys(current.dataKindsByHeader).length > 0)
      save({ ...current, rolesByHeader: {}, dataKindsByHeader: {} });
  }, [props.sourceKey, save]);
  // A file nobody would call a customer file (meeting notes saved as .csv), or headers alone: say so, run nothing.
  const notCustomers = inspectReport === null ? null : nothingToRun(inspectReport, overrides);
  const canRun = (props.canInspect ?? true) && !notCustomers;
  // The sheets the trap records' addresses can come from: asked once the copies' traps are ticked.
  useEffect(() => {
    if (tab === "segments" && traps.on) void operations.listSheets?.().then(setSheetNames, () => setSheetNames([]));
  }, [tab, traps.on, operations, version]);
  const segmentTraps = { choice: traps, sheets: sheetNames.filter((name) => name !== inspectReport?.sheet), onChange: setTraps };

  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1">{t(lang, "appTitle")}</Title3>
        <LanguageSwitch lang={lang} onChange={(next) => save({ ...settings, lang: next })} />
      </header>
      <Caption1 className={styles.tagline}>{t(lang, "tagline")}</Caption1>
      {commandNotice && (
        <MessageBar intent={commandNotice.ok ? "success" : "error"} layout="multiline" data-testid="command-notice">
          <MessageBarBody>{commandNotice.messages[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {props.renderSource?.(lang)}
      <TabPanels
        {...{ tab, setTab, lang, settings, save, duplicates, inspectReport, overrides, kinds, notCustomers, canRun, undoLabel, applied, notice }}
        {...{
          predictChoices,
          setPredictChoices,
          complyChoices,
          setComplyChoices,
          callsChoices,
          setCallsChoices,
          copySegments,
          setCopySegments,
          segmentDraft,
          setSegmentDraft,
        }}
        {...{ unitCost, setUnitCost, runInspect, runWriting, undo, applyFlags, mergeDuplicates, setRole, setKind }}
        segmentTraps={segmentTraps}
        jobs={{ inspect, ...jobs }}
        target={props.target ?? "sheet"}
        canInspect={props.canInspect ?? true}
        selectCell={operations.selectCell?.bind(operations)}
      />
      {props.renderOutput?.(lang, version)}
    </main>
  );
}
