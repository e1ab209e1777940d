import { columnLetter } from "../../engine/table/tableFromSheet";
import JSZip from "jszip";
import type { AddedSheet, SheetChart } from "../../engine/plan";
import { AFTER_DRAWING } from "./carryDrawings";

/**
 * ExcelJS cannot write charts, so the charts an AddedSheet describes are added to the .xlsx
 * it wrote, as the Office Open XML parts Excel itself writes (ECMA-376 part 1, §21.2 DrawingML
 * charts): a chart part per chart, one drawing per sheet anchoring them, the relationships
 * and content types, and a <drawing> element in the sheet. A sheet that already has a drawing
 * (pictures) keeps it and gets no chart: the Excel add-in draws charts through Office.js.
 */
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Chart size in cells. */
const WIDTH_COLUMNS = 8;
const HEIGHT_ROWS = 18;

export async function addNativeCharts(xlsx: Uint8Array, sheets: readonly AddedSheet[]): Promise<Uint8Array> {
  const withCharts = sheets.filter((s) => (s.charts ?? []).some((c) => c.kind !== "pie"));
  if (withCharts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const workbookXml = await text(zip, "xl/workbook.xml");
  const workbookRels = await text(zip, "xl/_rels/workbook.xml.rels");
  let contentTypes = await text(zip, "[Content_Types].xml");
  let chartNumber = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length;
  let drawingNumber = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)).length;

  for (const sheet of withCharts) {
    const sheetPath = sheetPathOf(sheet.name, workbookXml, workbookRels);
    if (!sheetPath) continue;
    let sheetXml = await text(zip, sheetPath);
    if (sheetXml.includes("<drawing ")) continue;
    const relsPath = sheetPath.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels");
    const drawingPath = `xl/drawings/drawing${++drawingNumber}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    for (const chart of (sheet.charts ?? []).filter((c) => c.kind !== "pie")) {
      const chartPath = `xl/charts/chart${++chartNumber}.xml`;
      zip.file(chartPath, chartXml(chart, sheet));
      contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/></Types>`);
      const id = `rId${drawingRels.length + 1}`;
      drawingRels.push(`<Relationship Id="${id}" Type="${REL_CHART}" Target="../charts/chart${chartNumber}.xml"/>`);
      anchors.push(anchorXml(chart, id, anchors.length + 2));
    }
    zip.file(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join("")}</xdr:wsDr>`,
    );
    zip.file(drawingPath.replace(/drawings\/(drawing\d+\.xml)$/, "drawings/_rels/$1.rels"), relsXml(drawingRels));
    contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/></Types>`);

    const existingRels = zip.file(relsPath) ? await text(zip, relsPath) : relsXml([]);
    const drawingRelId = "rIdTriaDrawing";
    zip.file(
      relsPath,
      existingRels.replace(
        "</Relationships>",
        `<Relationship Id="${drawingRelId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNumber}.xml"/></Relationships>`,
      ),
    );
    if (!/<worksheet[^>]*xmlns:r=/.test(sheetXml)) sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
    const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
    zip.file(sheetPath, `${sheetXml.slice(0, at)}<drawing r:id="${drawingRelId}"/>${sheetXml.slice(at)}`);
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`xlsx part missing: ${path}`);
  return file.async("string");
}

function sheetPathOf(name: string, workbookXml: string, workbookRels: string): string | null {
  const sheet = new RegExp(`<sheet [^>]*name="${escapeRegExp(escapeXml(name))}"[^>]*r:id="([^"]+)"`).exec(workbookXml);
  if (!sheet) return null;
  const rel =
    new RegExp(`<Relationship [^>]*Id="${escapeRegExp(sheet[1]!)}"[^>]*Target="([^"]+)"`).exec(workbookRels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${escapeRegExp(sheet[1]!)}"`).exec(workbookRels);
  if (!rel) return null;
  const target = rel[1]!.replace(/^\/?xl\//, "");
  return `xl/${target}`;
}

export function relsXml(relationships: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`;
}

export function anchorXml(chart: SheetChart, relId: string, shapeId: number): string {
  const { row, column } = chart.anchor;
  return (
    `<xdr:twoCellAnchor><xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${column + WIDTH_COLUMNS}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + HEIGHT_ROWS}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function chartXml(chart: SheetChart, sheet: AddedSheet): string {
  const ref = (column: number, first: number, last: number) =>
    `'${sheet.name.replace(/'/g, "''")}'!$${columnLetter(column)}$${first + 1}:$${columnLetter(column)}$${last + 1}`;
  // A line chart (survival curves): same series, no bar-only element, markers off, one line per series.
  const line = chart.kind === "line";
  const series = chart.valueColumns
    .map(
      (column, index) =>
        `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:strRef><c:f>${escapeXml(ref(column, chart.firstRow - 1, chart.firstRow - 1))}</c:f></c:strRef></c:tx>` +
        `${line ? '<c:marker><c:symbol val="none"/></c:marker>' : '<c:invertIfNegative val="0"/>'}<c:cat><c:strRef><c:f>${escapeXml(ref(chart.categoryColumn, chart.firstRow, chart.lastRow))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(column, chart.firstRow, chart.lastRow))}</c:f></c:numRef></c:val>${line ? '<c:smooth val="0"/>' : ""}</c:ser>`,
    )
    .join("");
  // Horizontal bars list categories top-down (maxMin), as the table above reads.
  const horizontal = chart.kind === "bar";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${
      line
        ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="500100"/><c:axId val="500200"/></c:lineChart>`
        : `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>`
    }` +
    `<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
