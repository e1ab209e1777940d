import { escapeXml } from "./xmlText";
import type { UserStyles } from "./userStyles";

/**
 * The styles part of a streamed workbook: every distinct look a cell gets becomes one cell
 * format (xf), numbered as it is first met. Looks are Tria's: the legend's fills and borders,
 * bold headers, title sizes, number formats for dates, amounts and percentages.
 */
export interface CellStyleSpec {
  /** Fill colour RRGGBB. */
  readonly fill?: string | null;
  /** Border colour RRGGBB, on all four sides. */
  readonly border?: string | null;
  readonly dashed?: boolean;
  readonly numFmt?: string | null;
  readonly bold?: boolean;
  /** Font size in points (11 when absent). */
  readonly size?: number;
  /** The user's own cell format (an index in UserStyles.xfs) under Tria's look: its font, fill, border, format, alignment. */
  readonly userXf?: number;
}

/** Formats Excel knows by number (ECMA-376 §18.8.30): written as their id, never redefined. */
const BUILT_IN: Readonly<Record<string, number>> = { "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "mm-dd-yy": 14, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;
/** The format a date gets when its column names none (Excel shows it in the reader's own date order). */
export const DATE_FORMAT = "mm-dd-yy";

export class StyleTable {
  private readonly ids = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private fonts = new Index(['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']);
  private readonly fills = new Index(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Index(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly formats = new Map<string, number>();

  /** `user`: the styles of the workbook being written back, whose cells keep their look. */
  constructor(private readonly user: UserStyles | null = null) {
    this.ids.set("", 0);
    if (user?.defaultFont) this.fonts = new Index([user.defaultFont]);
  }

  /** The xf number of a look (0: no look at all). */
  idOf(spec: CellStyleSpec): number {
    const user = spec.userXf === undefined || spec.userXf === 0 ? undefined : this.user?.xfs[spec.userXf];
    const key = `${spec.fill ?? ""}|${spec.border ?? ""}|${spec.dashed ? 1 : 0}|${spec.numFmt ?? ""}|${spec.bold ? 1 : 0}|${spec.size ?? ""}|${user ? spec.userXf : ""}`;
    const known = this.ids.get(key === "||0||0||" ? "" : key);
    if (known !== undefined) return known;
    const id = this.xfs.length;
    this.ids.set(key, id);
    const fontId = this.fontOf(spec, user?.font ?? null);
    const fillId = spec.fill
      ? this.fills.of(`<fill><patternFill patternType="solid"><fgColor rgb="FF${spec.fill}"/><bgColor rgb="FF${spec.fill}"/></patternFill></fill>`)
      : user?.fill
        ? this.fills.of(user.fill)
        : 0;
    const borderId = spec.border ? this.borders.of(boxBorder(spec.border, spec.dashed === true)) : user?.border ? this.borders.of(user.border) : 0;
    const numFmtId = spec.numFmt ? this.formatId(spec.numFmt) : user ? (user.numFmt !== null ? this.formatId(user.numFmt) : user.numFmtId) : 0;
    const applies = `${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${numFmtId ? ' applyNumberFormat="1"' : ""}`;
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${user?.attributes ?? ""}`;
    this.xfs.push(user?.inner ? `${open}>${user.inner}</xf>` : `${open}/>`);
    return id;
  }

  /** True when the user's cell format shows numbers its own way (a date, an amount), not General. */
  formatsNumbers(userXf: number): boolean {
    return userXf !== 0 && (this.user?.xfs[userXf]?.numFmtId ?? 0) !== 0;
  }

  /** Tria's bold or size over the user's font when the cell has one, else Calibri. */
  private fontOf(spec: CellStyleSpec, userFont: string | null): number {
    if (!spec.bold && !spec.size) return userFont ? this.fonts.of(userFont) : 0;
    if (userFont && !spec.size)
      return this.fonts.of(
        /<b\b/.test(userFont) ? userFont : userFont.replace(/^<font\b[^>]*?(\/?)>/, (open, empty: string) => (empty ? "<font><b/></font>" : `${open}<b/>`)),
      );
    return this.fonts.of(`<font>${spec.bold ? "<b/>" : ""}<sz val="${spec.size ?? 11}"/><name val="Calibri"/><family val="2"/></font>`);
  }

  toXml(): string {
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` : "") +
      this.fonts.xml("fonts") +
      this.fills.xml("fills") +
      this.borders.xml("borders") +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/>' +
      (this.user?.colors ?? "") +
      "</styleSheet>"
    );
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = FIRST_CUSTOM_FORMAT + this.formats.size));
    return id;
  }
}

class Index {
  private readonly ids = new Map<string, number>();
  constructor(private readonly items: string[]) {
    items.forEach((item, i) => this.ids.set(item, i));
  }
  of(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(item);
      this.ids.set(item, id);
    }
    return id;
  }
  xml(tag: string): string {
    return `<${tag} count="${this.items.length}">${this.items.join("")}</${tag}>`;
  }
}

function boxBorder(rgb: string, dashed: boolean): string {
  const side = (name: string) => `<${name} style="${dashed ? "mediumDashed" : "medium"}"><color rgb="FF${rgb}"/></${name}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}
