import { escapeXml } from "./xmlText";
import { textXml } from "./cellXml";

/**
 * A sheet's notes as Excel reads them: the comments part (the text) and the legacy VML
 * drawing (the yellow box, hidden until the cell is pointed at). Both are required: Excel
 * shows no note whose VML shape is missing. `sheetNumber` keeps shape ids apart between sheets.
 */
export interface SheetNote {
  readonly row: number;
  readonly column: number;
  readonly ref: string;
  readonly text: string;
}

/** The comments part in pieces (a million-row sheet can carry hundreds of thousands of notes). */
export function* commentsXml(notes: readonly SheetNote[]): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Tria</author></authors><commentList>`;
  for (const note of notes)
    yield `<comment ref="${note.ref}" authorId="0"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr>${textXml(note.text)}</r></text></comment>`;
  yield "</commentList></comments>";
}

export function* vmlXml(notes: readonly SheetNote[], sheetNumber: number): Generator<string> {
  yield (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${escapeXml(idBlocks(sheetNumber, notes.length))}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
  );
  for (const [index, note] of notes.entries()) {
    // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset.
    const anchor = `${note.column}, 15, ${Math.max(0, note.row - 2)}, 10, ${note.column + 2}, 15, ${note.row + 3}, 4`;
    yield (
      `<v:shape id="_x0000_s${sheetNumber * 1024 + index + 1}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:200pt;height:80pt;z-index:${index + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${note.row - 1}</x:Row><x:Column>${note.column - 1}</x:Column></x:ClientData></v:shape>`
    );
  }
  yield "</xml>";
}

/** The blocks of 1,024 shape ids a sheet's shapes use ("1" or "1,2,3"). */
function idBlocks(sheetNumber: number, count: number): string {
  const last = sheetNumber + Math.floor(count / 1024);
  return Array.from({ length: last - sheetNumber + 1 }, (_, i) => sheetNumber + i).join(",");
}
