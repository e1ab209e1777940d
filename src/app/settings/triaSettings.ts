import { isLang, type Lang } from "../../engine/i18n/lang";
import { isColumnRole, type ColumnRole } from "../../engine/table/columnRole";
import { DEFAULT_REQUIRED_FIELDS, DEFAULT_VOLATILE_ROLES, STRUCTURE_OPERATIONS, type StructureOperation } from "../../engine/structure/structureOptions";
import { ALLOWED_CLASSES, DEFAULT_CLASSES } from "../../engine/scoring/scoreOptions";
import type { DataKind } from "../../engine/table/dataKind";
import { DEFAULT_CALLS, DEFAULT_COMPLY, parseCalls, parseComply, parseDataKinds, parseGrid, parseSegments } from "./methodSettings";
import type { CallsSettings, ComplySettings, GridSettings, SavedSegment } from "./methodSettings";

/**
 * What the user chose, saved with the document (Excel) or the browser (web page). Plain JSON:
 * Office.context.document.settings stores JSON-serialisable values only.
 */
export interface TriaSettings {
  /** Unset: follow Office's display language (or the browser's). */
  readonly lang?: Lang;
  /**
   * Roles the user chose, by header text. Never by position: a choice made for column 7 of one
   * file landed on column 7 of the next (older settings kept by index are dropped).
   */
  readonly rolesByHeader: Readonly<Record<string, ColumnRole>>;
  readonly operations: readonly StructureOperation[];
  readonly volatileRoles: readonly ColumnRole[];
  /** Names of DEFAULT_REQUIRED_FIELDS that each row must have. */
  readonly requiredFields: readonly string[];
  readonly classes: number;
  /** yyyy-mm-dd, or empty: the day after the last purchase in the file. */
  readonly referenceDate: string;
  /** Score on an orders list: also copy each customer's scores onto its order rows. */
  readonly scoresOnOrders: boolean;
  /** Data kinds the user chose in the Columns tab, by header text (like the roles). */
  readonly dataKindsByHeader: Readonly<Record<string, DataKind>>;
  /** Segments built in the Segments tab, written by its "Write" button. */
  readonly segments: readonly SavedSegment[];
  /** The behavioural points / C/R/M grid edited in the Score tab; null: none. */
  readonly pointsGrid: GridSettings | null;
  /** The Conformité and Appels tabs' options, kept like the others. */
  readonly comply: ComplySettings;
  readonly calls: CallsSettings;
}

export const DEFAULT_SETTINGS: TriaSettings = {
  rolesByHeader: {},
  operations: STRUCTURE_OPERATIONS,
  volatileRoles: DEFAULT_VOLATILE_ROLES,
  requiredFields: DEFAULT_REQUIRED_FIELDS.map((field) => field.name),
  classes: DEFAULT_CLASSES,
  referenceDate: "",
  scoresOnOrders: false,
  dataKindsByHeader: {},
  segments: [],
  pointsGrid: null,
  comply: DEFAULT_COMPLY,
  calls: DEFAULT_CALLS,
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Settings from anything stored: a field that is missing or damaged (an older version, a
 * hand-edited file) falls back to its default instead of breaking the pane.
 */
export function parseSettings(stored: unknown): TriaSettings {
  const raw = (typeof stored === "object" && stored !== null ? stored : {}) as Record<string, unknown>;
  const strings = (value: unknown): string[] | null => (Array.isArray(value) && value.every((v) => typeof v === "string") ? value : null);
  const roles: Record<string, ColumnRole> = {};
  if (typeof raw.rolesByHeader === "object" && raw.rolesByHeader !== null && !Array.isArray(raw.rolesByHeader)) {
    for (const [header, role] of Object.entries(raw.rolesByHeader)) {
      if (header.trim() !== "" && typeof role === "string" && isColumnRole(role)) roles[header] = role;
    }
  }
  const operations = strings(raw.operations)?.filter((op): op is StructureOperation => (STRUCTURE_OPERATIONS as readonly string[]).includes(op));
  const volatile = strings(raw.volatileRoles)?.filter(isColumnRole);
  const knownFields = DEFAULT_REQUIRED_FIELDS.map((field) => field.name);
  const required = strings(raw.requiredFields)?.filter((name) => knownFields.includes(name));
  return {
    ...(typeof raw.lang === "string" && isLang(raw.lang) ? { lang: raw.lang } : {}),
    rolesByHeader: roles,
    operations: operations ?? DEFAULT_SETTINGS.operations,
    volatileRoles: volatile ?? DEFAULT_SETTINGS.volatileRoles,
    requiredFields: required ?? DEFAULT_SETTINGS.requiredFields,
    classes: typeof raw.classes === "number" && ALLOWED_CLASSES.includes(raw.classes) ? raw.classes : DEFAULT_CLASSES,
    referenceDate: typeof raw.referenceDate === "string" && ISO_DAY.test(raw.referenceDate) ? raw.referenceDate : "",
    scoresOnOrders: raw.scoresOnOrders === true,
    dataKindsByHeader: parseDataKinds(raw.dataKindsByHeader),
    segments: parseSegments(raw.segments),
    pointsGrid: parseGrid(raw.pointsGrid),
    comply: parseComply(raw.comply),
    calls: parseCalls(raw.calls),
  };
}
