import { parseAttributes } from "../xlsxParts";

/**
 * The cell formats of the user's workbook (its styles part), so that the streaming writer can
 * write the user's cells with the look they had: each xf as the raw XML of its font, fill,
 * border, number format and alignment/protection. StyleTable numbers them again in the written
 * file (with Tria's looks over them where a cell is flagged).
 */
export interface UserXf {
  /** The number format's code, or null for a built-in one (numFmtId below 164) kept by its id. */
  readonly numFmt: string | null;
  readonly numFmtId: number;
  /** Raw <font>, <fill>, <border> elements; null where the xf uses the workbook's first (default). */
  readonly font: string | null;
  readonly fill: string | null;
  readonly border: string | null;
  /** <alignment>, <protection> children, and the apply/quotePrefix attributes that go with them. */
  readonly inner: string;
  readonly attributes: string;
}

export interface UserStyles {
  readonly xfs: readonly UserXf[];
  /** The workbook's own colour palette (<colors>), when it redefines Excel's. */
  readonly colors: string;
  /** The workbook's default font (its first), the font of every cell without one of its own. */
  readonly defaultFont: string | null;
  /** The workbook's theme part, whose colours and fonts its formats may name (`<color theme="4"/>`). */
  readonly theme?: string | null;
}

const KEPT_ATTRIBUTES = ["applyAlignment", "applyProtection", "quotePrefix"];

export function parseUserStyles(xml: string): UserStyles {
  const plain = xml.replace(/<(\/?)\w+:/g, "<$1");
  const formats = new Map<number, string>();
  for (const match of section(plain, "numFmts").matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const attributes = parseAttributes(match[1]!);
    formats.set(Number(attributes.get("numFmtId")), attributes.get("formatCode") ?? "General");
  }
  const fonts = elements(section(plain, "fonts"), "font");
  const fills = elements(section(plain, "fills"), "fill");
  const borders = elements(section(plain, "borders"), "border");
  const xfs = elements(section(plain, "cellXfs"), "xf").map((element): UserXf => {
    const open = /^<xf\b([^>]*?)\/?>/.exec(element)!;
    const attributes = parseAttributes(open[1]!);
    const number = (name: string) => Number(attributes.get(name) ?? 0);
    const numFmtId = number("numFmtId");
    const pick = (list: readonly string[], id: number) => (id > 0 ? (list[id] ?? null) : null);
    return {
      numFmt: formats.get(numFmtId) ?? null,
      numFmtId,
      font: pick(fonts, number("fontId")),
      fill: pick(fills, number("fillId")),
      border: pick(borders, number("borderId")),
      inner: element.endsWith("/>") ? "" : element.slice(open[0].length, element.lastIndexOf("</xf>")),
      attributes: KEPT_ATTRIBUTES.filter((name) => attributes.has(name))
        .map((name) => ` ${name}="${attributes.get(name)}"`)
        .join(""),
    };
  });
  return { xfs, colors: /<colors\b[\s\S]*?<\/colors>/.exec(plain)?.[0] ?? "", defaultFont: fonts[0] ?? null };
}

function section(xml: string, tag: string): string {
  return new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? "";
}

/** The top-level <tag> elements of a section, empty ones (<tag/>) included. */
function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, "g"))].map((m) => m[0]);
}
