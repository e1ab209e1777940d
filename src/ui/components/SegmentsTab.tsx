import { useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReportColumn } from "../../engine/report";
import type { SavedSegment } from "../../app/settings/methodSettings";
import { shownResult } from "../jobState";
import { draftFromSaved, draftWhere, EMPTY_CONDITION, NEW_DRAFT, type DraftCondition, type DraftGroup, type SegmentDraft } from "../segmentDraft";
import { t } from "../i18n/strings";
import { m, percentText } from "../i18n/methodStrings";
import { JobPanel, jobPanelProps, type JobTabProps } from "./JobPanel";
import { ConditionRow } from "./ConditionRow";
import { ConditionGroup } from "./ConditionGroup";
import { TrapChoices, type TrapChoicesProps } from "./TrapChoices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  builder: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  conditions: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    justifyContent: "space-between",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  itemText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground2 },
});

export interface SegmentsTabProps extends JobTabProps {
  /** The inspected sheet's columns; null until the sheet was inspected. */
  readonly columns: readonly ReportColumn[] | null;
  readonly segments: readonly SavedSegment[];
  readonly copy: boolean;
  /** Trap records in the copies: shown once "copy" is ticked. */
  readonly traps: Omit<TrapChoicesProps, "lang">;
  readonly target: "sheet" | "file";
  readonly onInspect: () => void;
  readonly onSegmentsChange: (segments: SavedSegment[]) => void;
  /** The segment being built: kept by the app, so it survives a visit to another tab. */
  readonly draft: SegmentDraft;
  readonly onDraftChange: (draft: SegmentDraft) => void;
  readonly onCopyChange: (copy: boolean) => void;
}

/**
 * The segment builder: conditions on any column joined by et / ou, groups in brackets, "non",
 * saved with the document, opened again to be edited, written as yes/no columns.
 */
export function SegmentsTab(props: SegmentsTabProps) {
  const { lang, state, columns, draft } = props;
  const styles = useStyles();
  const setDraft = props.onDraftChange;
  const [tried, setTried] = useState(false);
  const [notEditable, setNotEditable] = useState<string | null>(null);
  const groups = draft.groups ?? [];
  const setGroup = (at: number, next: DraftGroup | null) =>
    setDraft({ ...draft, groups: next ? groups.map((g, i) => (i === at ? next : g)) : groups.filter((_g, i) => i !== at) });
  const edit = (segment: SavedSegment) => {
    const opened = columns ? draftFromSaved(segment, columns) : null;
    setNotEditable(opened ? null : segment.name);
    if (opened) setDraft(opened);
  };
  const result = shownResult(state);
  const written = result?.report.job === "segment" ? (result.report.segments ?? []) : null;
  const trapSheet = written ? result?.plan.addedSheets.find((sheet) => sheet.key === "segment.traps") : undefined;
  const built = columns ? draftWhere(draft, columns, lang) : null;
  const setCondition = (at: number, next: DraftCondition | null) =>
    setDraft({ ...draft, conditions: next ? draft.conditions.map((c, i) => (i === at ? next : c)) : draft.conditions.filter((_c, i) => i !== at) });
  const saveDraft = () => {
    setTried(true);
    if (!built || !("text" in built)) return;
    const name = draft.name.trim() || `Segment ${props.segments.length + 1}`;
    // Edited: it replaces the segment it was opened from, at its place in the list.
    const replaced = draft.editing ?? name;
    const kept = props.segments.filter((s) => s.name !== name || s.name === replaced);
    props.onSegmentsChange(
      kept.some((s) => s.name === replaced) ? kept.map((s) => (s.name === replaced ? { name, where: built.text } : s)) : [...kept, { name, where: built.text }],
    );
    setDraft(NEW_DRAFT);
    setTried(false);
  };
  return (
    <div className={styles.root}>
      <Caption1>{m(lang, "segmentsIntro")}</Caption1>
      {columns === null ? (
        <>
          <Caption1>{t(lang, "inspectFirst")}</Caption1>
          <Button onClick={props.onInspect} data-testid="segments-inspect">
            {t(lang, props.target === "file" ? "inspectFile" : "inspectSheet")}
          </Button>
        </>
      ) : (
        <section className={styles.builder} aria-label={m(lang, "conditionsTitle")} data-testid="segment-builder">
          <Field label={m(lang, "segmentName")}>
            <Input
              value={draft.name}
              placeholder={m(lang, "segmentNamePlaceholder")}
              onChange={(_e, data) => setDraft({ ...draft, name: data.value })}
              data-testid="segment-name"
            />
          </Field>
          <Field label={m(lang, "joinLabel")}>
            <RadioGroup layout="horizontal" value={draft.join} onChange={(_e, data) => setDraft({ ...draft, join: data.value === "or" ? "or" : "and" })}>
              <Radio value="and" label={m(lang, "joinAnd")} data-testid="join-and" />
              <Radio value="or" label={m(lang, "joinOr")} data-testid="join-or" />
            </RadioGroup>
          </Field>
          <ol className={styles.conditions}>
            {draft.conditions.map((condition, i) => (
              <ConditionRow
                key={i}
                lang={lang}
                n={i + 1}
                columns={columns}
                condition={condition}
                onChange={(next) => setCondition(i, next)}
                onRemove={draft.conditions.length > 1 ? () => setCondition(i, null) : undefined}
              />
            ))}
          </ol>
          {groups.map((group, g) => (
            <ConditionGroup key={g} lang={lang} g={g + 1} columns={columns} group={group} onChange={(next) => setGroup(g, next)} />
          ))}
          <div className={styles.row}>
            <Button onClick={() => setDraft({ ...draft, conditions: [...draft.conditions, EMPTY_CONDITION] })} data-testid="add-condition">
              {m(lang, "addCondition")}
            </Button>
            <Button
              onClick={() => setDraft({ ...draft, groups: [...groups, { join: "or", negate: false, conditions: [EMPTY_CONDITION, EMPTY_CONDITION] }] })}
              data-testid="add-group"
            >
              {m(lang, "addGroup")}
            </Button>
            <Button appearance="primary" onClick={saveDraft} data-testid="save-segment">
              {m(lang, "saveSegment")}
            </Button>
          </div>
          {draft.editing && (
            <div className={styles.row}>
              <Caption1 data-testid="editing-segment">{m(lang, "editingSegment", { name: draft.editing })}</Caption1>
              <Button size="small" onClick={() => setDraft(NEW_DRAFT)} data-testid="edit-cancel">
                {m(lang, "editCancel")}
              </Button>
            </div>
          )}
          {built && "text" in built && <Caption1 data-testid="segment-preview">{m(lang, "segmentPreview", { where: built.text })}</Caption1>}
          {built && "error" in built && tried && (
            <MessageBar intent="error" layout="multiline" role="alert" data-testid="segment-error">
              <MessageBarBody>{built.error}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
      <section aria-label={m(lang, "savedSegmentsTitle", { count: props.segments.length })} data-testid="saved-segments">
        <Subtitle2 as="h3">{m(lang, "savedSegmentsTitle", { count: props.segments.length })}</Subtitle2>
        {props.segments.length === 0 ? (
          <Caption1>{m(lang, "savedSegmentsNone")}</Caption1>
        ) : (
          <ul className={styles.list}>
            {props.segments.map((segment) => (
              <li key={segment.name} className={styles.item} data-segment-name={segment.name}>
                <span className={styles.itemText}>
                  <strong>{segment.name}</strong>
                  <Caption1 className={styles.where}>{segment.where}</Caption1>
                </span>
                {columns && (
                  <Button size="small" aria-label={m(lang, "editSegment", { name: segment.name })} onClick={() => edit(segment)} data-testid="edit-segment">
                    ✎
                  </Button>
                )}
                <Button
                  size="small"
                  aria-label={m(lang, "removeSegment", { name: segment.name })}
                  onClick={() => props.onSegmentsChange(props.segments.filter((s) => s !== segment))}
                >
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        )}
        {notEditable && (
          <MessageBar intent="warning" layout="multiline" role="alert" data-testid="segment-not-editable">
            <MessageBarBody>{m(lang, "editNotInBuilder")}</MessageBarBody>
          </MessageBar>
        )}
        <Caption1>{m(lang, props.target === "file" ? "savedHintFile" : "savedHintSheet")}</Caption1>
      </section>
      <JobPanel
        {...jobPanelProps(props)}
        runLabel={{ id: "runSegments", text: m(lang, "runSegments") }}
        doneText={written ? m(lang, "segmentsDone", { count: written.length }) : ""}
        canRun={props.canRun && props.segments.length > 0}
      >
        <Checkbox
          label={m(lang, "copySegments")}
          checked={props.copy}
          onChange={(_e, data) => props.onCopyChange(data.checked === true)}
          data-testid="copy-segments"
        />
        {props.copy && <TrapChoices lang={lang} {...props.traps} />}
      </JobPanel>
      {written && result && (
        <section aria-label={t(lang, "resultsTitle")} data-testid="segment-results">
          <ul className={styles.list}>
            {written.map((segment, s) => {
              // The job adds one copy sheet per segment, in the segments' order.
              const copied = result.plan.addedSheets.filter((sheet) => sheet.key.startsWith("segment.copy."))[s];
              return (
                <li key={segment.name} data-segment-count={segment.count}>
                  {m(lang, "segmentCount", {
                    name: segment.name,
                    count: segment.count,
                    total: result.report.counts.rows,
                    share: percentText(lang, result.report.counts.rows === 0 ? 0 : segment.count / result.report.counts.rows),
                  })}
                  {copied && <Caption1> {m(lang, "segmentCopied", { sheet: copied.name })}</Caption1>}
                </li>
              );
            })}
          </ul>
          {trapSheet && <Caption1 data-testid="traps-planted">{m(lang, "trapsPlanted", { count: written[0]?.traps ?? 0, sheet: trapSheet.name })}</Caption1>}
        </section>
      )}
    </div>
  );
}
