import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine/i18n/lang";
import type { PointsRule } from "../../engine/scoring/behaviourPoints";
import { EMPTY_GRID_ROW, EXAMPLE_GRID, pointsGridOf, type GridRow, type GridSettings } from "../../app/settings/methodSettings";
import { describeError } from "../describeError";
import { m, type MethodKey } from "../i18n/methodStrings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    paddingTop: tokens.spacingVerticalS,
  },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", minWidth: "760px" },
  cell: { padding: "2px", verticalAlign: "top" },
  head: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, padding: "2px", fontSize: tokens.fontSizeBase200 },
  narrow: { width: "5rem", minWidth: 0 },
  wide: { width: "9rem", minWidth: 0 },
  line: { color: tokens.colorNeutralForeground2, textAlign: "end", paddingInlineEnd: tokens.spacingHorizontalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
});

const KINDS: readonly PointsRule["kind"][] = ["perUnit", "yes", "values", "filled"];
const TEXT_FIELDS = [
  ["column", "gridColumn", "wide"],
  ["value", "gridValue", "narrow"],
  ["points", "gridPoints", "narrow"],
  ["cap", "gridCap", "narrow"],
  ["date", "gridDate", "wide"],
  ["halfLife", "gridHalfLife", "narrow"],
] as const satisfies readonly (readonly [keyof GridRow, MethodKey, "wide" | "narrow"])[];

export interface PointsGridEditorProps {
  readonly lang: Lang;
  readonly grid: GridSettings | null;
  /** The inspected sheet's headers, offered while typing a column's name. */
  readonly headers: readonly string[];
  readonly target: "sheet" | "file";
  readonly onChange: (grid: GridSettings | null) => void;
}

/** The C/R/M grid and behaviour points as a table: criteria with points, caps and decay, saved with the document. */
export function PointsGridEditor({ lang, grid, headers, target, onChange }: PointsGridEditorProps) {
  const styles = useStyles();
  const rows = grid?.rows ?? [];
  const setRow = (at: number, row: GridRow | null) =>
    onChange({ hot: grid?.hot ?? "", warm: grid?.warm ?? "", rows: row ? rows.map((r, i) => (i === at ? row : r)) : rows.filter((_r, i) => i !== at) });
  const check = grid && grid.rows.length > 0 ? validity(lang, grid) : null;
  const label = (field: MethodKey, line: number) => m(lang, "gridFieldLabel", { field: m(lang, field), line });
  return (
    <section className={styles.root} aria-label={m(lang, "gridTitle")} data-testid="points-grid">
      <Subtitle2 as="h2">{m(lang, "gridTitle")}</Subtitle2>
      <Caption1>{m(lang, "gridIntro")}</Caption1>
      {target === "file" && <Caption1>{m(lang, "gridSavedFile")}</Caption1>}
      {rows.length > 0 && (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={m(lang, "gridTitle")}>
          <datalist id="tria-grid-headers">
            {headers.map((header) => (
              <option key={header} value={header} />
            ))}
          </datalist>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.head} scope="col">
                  {m(lang, "gridLine")}
                </th>
                <th className={styles.head} scope="col">
                  {m(lang, "gridPart")}
                </th>
                <th className={styles.head} scope="col">
                  {m(lang, "gridColumn")}
                </th>
                <th className={styles.head} scope="col">
                  {m(lang, "gridKind")}
                </th>
                {TEXT_FIELDS.slice(1).map(([, key]) => (
                  <th key={key} className={styles.head} scope="col">
                    {m(lang, key)}
                  </th>
                ))}
                <th className={styles.head} scope="col">
                  <span aria-hidden="true">✕</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const line = i + 2; // row 1 is the header, as in a sheet and in the grid's messages
                const input = ([field, key, width]: (typeof TEXT_FIELDS)[number]) => (
                  <td key={field} className={styles.cell}>
                    <Input
                      size="small"
                      className={styles[width]}
                      value={row[field]}
                      aria-label={label(key, line)}
                      onChange={(_e, data) => setRow(i, { ...row, [field]: data.value })}
                      data-grid-field={field}
                      {...(field === "column" || field === "date" ? { list: "tria-grid-headers" } : {})}
                    />
                  </td>
                );
                return (
                  <tr key={i} data-grid-line={line}>
                    <td className={`${styles.cell} ${styles.line}`}>{line}</td>
                    <td className={styles.cell}>
                      <Select
                        size="small"
                        value={row.part}
                        aria-label={label("gridPart", line)}
                        onChange={(_e, data) => setRow(i, { ...row, part: data.value as GridRow["part"] })}
                        data-grid-field="part"
                      >
                        <option value="">{m(lang, "gridPartNone")}</option>
                        <option value="C">C</option>
                        <option value="R">R</option>
                        <option value="M">M</option>
                      </Select>
                    </td>
                    {input(TEXT_FIELDS[0])}
                    <td className={styles.cell}>
                      <Select
                        size="small"
                        value={row.kind}
                        aria-label={label("gridKind", line)}
                        onChange={(_e, data) => setRow(i, { ...row, kind: data.value as GridRow["kind"] })}
                        data-grid-field="kind"
                      >
                        {KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {m(lang, `kind_${kind}`)}
                          </option>
                        ))}
                      </Select>
                    </td>
                    {TEXT_FIELDS.slice(1).map(input)}
                    <td className={styles.cell}>
                      <Button size="small" aria-label={m(lang, "gridRemoveRow", { line })} onClick={() => setRow(i, null)}>
                        ✕
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className={styles.row}>
        {rows.length > 0 && (
          <>
            <Field label={m(lang, "gridHot")}>
              <Input
                size="small"
                className={styles.narrow}
                value={grid?.hot ?? ""}
                onChange={(_e, data) => onChange({ rows, warm: grid?.warm ?? "", hot: data.value })}
                data-testid="grid-hot"
              />
            </Field>
            <Field label={m(lang, "gridWarm")}>
              <Input
                size="small"
                className={styles.narrow}
                value={grid?.warm ?? ""}
                onChange={(_e, data) => onChange({ rows, hot: grid?.hot ?? "", warm: data.value })}
                data-testid="grid-warm"
              />
            </Field>
          </>
        )}
        <Button
          size="small"
          onClick={() => onChange({ hot: grid?.hot ?? "30", warm: grid?.warm ?? "10", rows: [...rows, EMPTY_GRID_ROW] })}
          data-testid="grid-add"
        >
          {m(lang, "gridAddRow")}
        </Button>
        {rows.length === 0 ? (
          <Button size="small" onClick={() => onChange(EXAMPLE_GRID)} data-testid="grid-example">
            {m(lang, "gridExample")}
          </Button>
        ) : (
          <Button size="small" onClick={() => onChange(null)} data-testid="grid-clear">
            {m(lang, "gridClear")}
          </Button>
        )}
      </div>
      {check && (
        <MessageBar intent={check.ok ? "success" : "warning"} layout="multiline" data-testid="grid-check">
          <MessageBarBody>{check.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function validity(lang: Lang, grid: GridSettings): { ok: boolean; text: string } {
  try {
    const read = pointsGridOf(grid);
    return { ok: true, text: m(lang, "gridOk", { rules: grid.rows.length, hot: read.hot, warm: read.warm }) };
  } catch (error) {
    return { ok: false, text: describeError(error, lang).message };
  }
}
