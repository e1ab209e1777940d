import { BufferedPart } from "../../../src/hosts/workbook/stream/partSink";
import { ZipFileSink } from "../../../src/hosts/workbook/node/zipFileSink";

/**
 * A customer workbook of `rows` rows × `columns` columns with a merged title over its header
 * (so it cannot take the streamed path and goes through ExcelJS), written straight as
 * SpreadsheetML into a zip file, part by part: a million rows in seconds, nothing held.
 */
export async function writeBigMergedWorkbook(path: string, rows: number, columns = 15): Promise<void> {
  const sink = new ZipFileSink(path);
  const part = async (name: string, xml: string) => {
    const writer = sink.part(name);
    await writer.write(xml);
    await writer.end();
  };
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  await part(
    "[Content_Types].xml",
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/></Types>`,
  );
  await part(
    "_rels/.rels",
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  await part(
    "xl/workbook.xml",
    `${head}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Clients" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  await part(
    "xl/_rels/workbook.xml.rels",
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  const letters = Array.from({ length: columns }, (_, i) => (i < 26 ? "" : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26)));
  const sheet = new BufferedPart(sink.part("xl/worksheets/sheet1.xml"));
  const last = rows + 2;
  sheet.add(`${head}<worksheet xmlns="${main}"><dimension ref="A1:${letters[columns - 1]}${last}"/><sheetData>`);
  sheet.add(`<row r="1"><c r="A1" t="inlineStr"><is><t>Fichier clients</t></is></c></row><row r="2">`);
  letters.forEach((letter, i) => sheet.add(`<c r="${letter}2" t="inlineStr"><is><t>${i === 0 ? "Nom" : i === 1 ? "E-mail" : `Champ ${i}`}</t></is></c>`));
  sheet.add("</row>");
  for (let row = 3; row <= last; row++) {
    let cells = `<c r="A${row}" t="inlineStr"><is><t>Client ${row}</t></is></c><c r="B${row}" t="inlineStr"><is><t>client${row}@exemple.fr</t></is></c>`;
    for (let c = 2; c < columns; c++) cells += `<c r="${letters[c]}${row}"><v>${(row * 7 + c) % 1000}</v></c>`;
    if (sheet.add(`<row r="${row}">${cells}</row>`)) await sheet.flush();
  }
  sheet.add(`</sheetData><mergeCells count="1"><mergeCell ref="A1:${letters[Math.min(columns, 4) - 1]}1"/></mergeCells></worksheet>`);
  await sheet.end();
  await sink.close();
}
