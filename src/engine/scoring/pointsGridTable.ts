import { OptionError } from "../optionError";
import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { normalizeHeader } from "../table/normalizeHeader";
import { parseNumber } from "../table/parseNumber";
import { GRID_DIMENSIONS, type GridDimension, type PointsGrid, type PointsRule } from "./behaviourPoints";

/**
 * A points grid written as a table, one criterion a row, as a teacher draws it on the board
 * and as it is kept in a sheet of the workbook itself (saved with the document):
 *
 *   Partie | Colonne       | Type      | Valeur | Points | Plafond | Date                 | Demi-vie (jours)
 *   C      | Catégorie     | valeur    | Vins   | 6      |         |                      |
 *   R      | Ouvertures    | par unité |        | 2      | 10      | Date dernier contact | 30
 *   M      | Canal         | valeur    | Web    | 3      |         |                      |
 *          |               | chaud     |        | 30     |         |                      |
 *          |               | tiède     |        | 10     |         |                      |
 *
 * Rows of type "valeur" on one column make one rule. Headers and words in French or English.
 */
export function pointsGridFromRows(rows: readonly (readonly CellValue[])[]): PointsGrid {
  const headerAt = rows.findIndex((row) => row.some((cell) => HEADER_WORDS.kind.has(normalizeHeader(cellText(cell)))));
  if (headerAt < 0)
    throw gridError(
      "grid.noHeader",
      "il faut une ligne d'en-tête avec au moins « Colonne », « Type » et « Points »",
      'a header row with at least "Column", "Type" and "Points" is needed',
    );
  const header = rows[headerAt]!.map((cell) => normalizeHeader(cellText(cell)));
  const at = (name: keyof typeof HEADER_WORDS) => header.findIndex((h) => HEADER_WORDS[name].has(h));
  const index = {
    dimension: at("dimension"),
    column: at("column"),
    kind: at("kind"),
    value: at("value"),
    points: at("points"),
    cap: at("cap"),
    date: at("date"),
    halfLife: at("halfLife"),
  };
  if (index.column < 0 || index.points < 0)
    throw gridError("grid.noHeader", "il faut les colonnes « Colonne » et « Points »", 'the "Column" and "Points" columns are needed');
  const text = (row: readonly CellValue[], i: number) => (i < 0 ? "" : cellText(row[i] ?? null).trim());
  const rules: PointsRule[] = [];
  const valueRules = new Map<string, { column: string; kind: "values"; values: Record<string, number>; cap?: number; dimension?: GridDimension }>();
  let hot: number | null = null;
  let warm: number | null = null;
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((cell) => isEmptyCell(cell))) continue;
    const line = r + 1;
    const kind = KIND_WORDS.get(normalizeHeader(text(row, index.kind)) || "par unite");
    if (kind === undefined)
      throw gridError(
        "grid.kind",
        `ligne ${line} : type « ${text(row, index.kind)} » inconnu (par unité, oui, valeur, rempli, chaud, tiède)`,
        `row ${line}: unknown type "${text(row, index.kind)}" (per unit, yes, value, filled, hot, warm)`,
      );
    const points = numberAt(row, index.points, line, "Points");
    if (points === null) throw gridError("grid.points", `ligne ${line} : il manque les points`, `row ${line}: the points are missing`);
    if (kind === "hot" || kind === "warm") {
      if (kind === "hot") hot = points;
      else warm = points;
      continue;
    }
    const column = text(row, index.column);
    if (column === "")
      throw gridError("grid.column", `ligne ${line} : il manque la colonne du fichier clients`, `row ${line}: the customer file's column is missing`);
    const dimension = dimensionOf(text(row, index.dimension), line);
    const cap = numberAt(row, index.cap, line, "Plafond / Cap");
    if (kind === "values") {
      const value = text(row, index.value);
      if (value === "")
        throw gridError(
          "grid.value",
          `ligne ${line} : le type « valeur » demande une valeur (ex. Bio)`,
          `row ${line}: the type "value" needs a value (e.g. Organic)`,
        );
      const key = `${normalizeHeader(column)}|${dimension ?? ""}`;
      const rule = valueRules.get(key) ?? { column, kind: "values" as const, values: {}, ...(dimension ? { dimension } : {}) };
      rule.values[value] = points;
      if (cap !== null) rule.cap = cap;
      if (!valueRules.has(key)) {
        valueRules.set(key, rule);
        rules.push(rule); // filled in place by later rows of the same column
      }
      continue;
    }
    const halfLife = numberAt(row, index.halfLife, line, "Demi-vie / Half-life");
    const dateColumn = text(row, index.date);
    rules.push({
      column,
      kind,
      points,
      ...(cap === null ? {} : { cap }),
      ...(dimension ? { dimension } : {}),
      ...(dateColumn !== "" && halfLife !== null ? { decay: { dateColumn, halfLifeDays: halfLife } } : {}),
    });
  }
  if (hot === null || warm === null)
    throw gridError(
      "grid.thresholds",
      "ajoutez une ligne de type « chaud » et une de type « tiède » avec leurs seuils en points",
      'add a row of type "hot" and one of type "warm" with their thresholds in points',
    );
  if (warm > hot)
    throw gridError(
      "grid.thresholds",
      `le seuil « tiède » (${warm}) dépasse le seuil « chaud » (${hot})`,
      `the "warm" threshold (${warm}) is above the "hot" one (${hot})`,
    );
  if (rules.length === 0) throw gridError("grid.empty", "la grille n'a aucun critère", "the grid has no criterion");
  return { rules, hot, warm };
}

const words = (...list: string[]) => new Set(list.map(normalizeHeader));
const HEADER_WORDS = {
  dimension: words("Partie", "Dimension", "Axe", "Grille", "C/R/M", "CRM", "Part"),
  column: words("Colonne", "Column", "Champ", "Field"),
  kind: words("Type", "Kind"),
  value: words("Valeur", "Value"),
  points: words("Points", "Pts", "Point"),
  cap: words("Plafond", "Cap", "Maximum", "Max"),
  date: words("Date", "Colonne date", "Date column"),
  halfLife: words("Demi-vie", "Demi-vie (jours)", "Half-life", "Half-life (days)", "Half life"),
} as const;

const KIND_WORDS = new Map<string, PointsRule["kind"] | "hot" | "warm">([
  ..."par unite|perunit|per unit|unite|unit|nombre|number".split("|").map((w) => [normalizeHeader(w), "perUnit"] as const),
  ...["oui", "yes", "oui non", "yes no"].map((w) => [normalizeHeader(w), "yes"] as const),
  ...["valeur", "value", "values", "valeurs"].map((w) => [normalizeHeader(w), "values"] as const),
  ...["rempli", "renseigne", "filled", "present"].map((w) => [normalizeHeader(w), "filled"] as const),
  ...["chaud", "seuil chaud", "hot", "hot threshold"].map((w) => [normalizeHeader(w), "hot"] as const),
  ...["tiede", "seuil tiede", "warm", "warm threshold"].map((w) => [normalizeHeader(w), "warm"] as const),
]);

function dimensionOf(text: string, line: number): GridDimension | undefined {
  if (text === "") return undefined;
  const letter = text.trim().charAt(0).toUpperCase();
  const found = GRID_DIMENSIONS.find((d) => d === letter);
  if (!found)
    throw gridError(
      "grid.dimension",
      `ligne ${line} : partie « ${text} » : C (consomme quoi), R (réagit à quoi) ou M (mode d'achat)`,
      `row ${line}: part "${text}": C (consumes what), R (reacts to what) or M (buys how)`,
    );
  return found;
}

function numberAt(row: readonly CellValue[], index: number, line: number, name: string): number | null {
  if (index < 0 || isEmptyCell(row[index])) return null;
  const n = parseNumber(row[index] ?? null);
  if (n === null)
    throw gridError(
      "grid.number",
      `ligne ${line} : « ${cellText(row[index] ?? null)} » en ${name} n'est pas un nombre`,
      `row ${line}: "${cellText(row[index] ?? null)}" in ${name} is not a number`,
    );
  return n;
}

function gridError(reason: string, fr: string, en: string): OptionError {
  return new OptionError(reason, { fr: `Grille de points : ${fr}.`, en: `Points grid: ${en}.` });
}
