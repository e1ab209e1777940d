import JSZip from "jszip";

/**
 * A second reader for the workbooks Tria writes, straight from the XML parts (not ExcelJS,
 * which wrote them): sheet names, a cell's text, and the border style and colour a cell shows.
 * Enough to check what the comply and segment jobs promise.
 */
export interface XlsxXml {
  readonly sheetNames: string[];
  cellText(sheet: string, ref: string): string | null;
  borderOf(sheet: string, ref: string): { style: string; rgb: string } | null;
  rowCount(sheet: string): number;
}

export async function readXlsxXml(bytes: Uint8Array): Promise<XlsxXml> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const shared = [...(await text("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescape(t[1]!)).join(""));
  const styles = await text("xl/styles.xml");
  const borders = [...(/<borders[^>]*>([\s\S]*?)<\/borders>/.exec(styles)?.[1] ?? "").matchAll(/<border\b[^>]*?(?:\/>|>([\s\S]*?)<\/border>)/g)].map((m) => {
    const left = /<left style="(\w+)"[^>]*>\s*<color rgb="(\w+)"/.exec(m[1] ?? "");
    return left ? { style: left[1]!, rgb: left[2]! } : null;
  });
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b([^>]*)/g)].map((m) => Number(/borderId="(\d+)"/.exec(m[1]!)?.[1] ?? 0));
  const sheets = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="(\w+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const path = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "");
    sheets.set(unescape(m[1]!), await text(`xl/${path}`));
  }
  const cell = (sheet: string, ref: string) => new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(sheets.get(sheet) ?? "");
  return {
    sheetNames: [...sheets.keys()],
    cellText(sheet, ref) {
      const m = cell(sheet, ref);
      if (!m) return null;
      const value = /<v>([\s\S]*?)<\/v>/.exec(m[2] ?? "")?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[2] ?? "")?.[1];
      if (value === undefined) return null;
      return /t="s"/.test(m[1]!) ? (shared[Number(value)] ?? null) : unescape(value);
    },
    borderOf(sheet, ref) {
      const m = cell(sheet, ref);
      const s = Number(/ s="(\d+)"/.exec(m?.[1] ?? "")?.[1] ?? 0);
      return borders[xfs[s] ?? 0] ?? null;
    },
    rowCount(sheet) {
      return [...(sheets.get(sheet) ?? "").matchAll(/<row /g)].length;
    },
  };
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
