import { describe, expect, it } from "vitest";
import fc from "fast-check";
import JSZip from "jszip";
import { detectFileKind } from "../../../src/hosts/workbook/detectFileKind";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { readTable } from "../../../src/app/readTable";
import { TriaError } from "../../../src/engine/errors";

const PDF = new TextEncoder().encode("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

function refusal(run: () => unknown): TriaError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof TriaError) return error;
    throw error;
  }
  return undefined;
}

describe("files that are no spreadsheet, renamed", () => {
  it("names a PDF, a PNG or a program for what it is, whatever the extension", () => {
    for (const name of ["clients.xlsx", "clients.csv", "clients.txt", "clients"]) {
      expect(refusal(() => detectFileKind(PDF, name))).toMatchObject({ code: "notSpreadsheet", params: { kind: "PDF" } });
      expect(refusal(() => detectFileKind(PNG, name))).toMatchObject({ code: "notSpreadsheet", params: { kind: "PNG" } });
      expect(refusal(() => detectFileKind(EXE, name))).toMatchObject({ code: "notSpreadsheet", params: { kind: "EXE" } });
    }
  });

  it("says it whole in the user's language, no English detail in French", () => {
    const error = refusal(() => detectFileKind(PDF, "clients.xlsx"))!;
    expect(error.messageIn("fr")).toMatch(/^clients\.xlsx n'est pas un tableur : c'est un fichier PDF, peut-être renommé\./);
    expect(error.messageIn("en")).toMatch(/^clients\.xlsx is not a spreadsheet: it is a PDF file, perhaps renamed\./);
    const broken = refusal(() => detectFileKind(new TextEncoder().encode("pas un zip"), "faux.xlsx"))!;
    expect(broken.code).toBe("unreadable");
    expect(broken.messageIn("fr")).not.toMatch(/Détail technique|not a valid|zip\) file/);
  });

  it("refuses binary bytes in a .csv, keeps text that starts like a program's signature", () => {
    const binary = Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256);
    expect(refusal(() => detectFileKind(binary, "export.csv"))?.code).toBe("binaryFile");
    expect(refusal(() => detectFileKind(binary, "export.csv"))?.messageIn("fr")).toMatch(/n'est pas un fichier texte : son contenu est binaire/);
    expect(detectFileKind(new TextEncoder().encode("MZ;Ville\nAna;Lyon\n"), "export.csv")).toBe("csv");
    expect(detectFileKind(new TextEncoder().encode("Nom;Tél.\nAna;\u001b[2J\n"), "export.csv")).toBe("csv");
  });

  it("names a Word file, an OpenDocument sheet or a plain zip renamed .xlsx", async () => {
    const zipOf = async (files: Record<string, string>) => {
      const zip = new JSZip();
      for (const [name, text] of Object.entries(files)) zip.file(name, text);
      return zip.generateAsync({ type: "uint8array" });
    };
    const kindOf = async (bytes: Uint8Array) =>
      WorkbookHost.fromBytes(bytes, "clients.xlsx").then(
        () => "read",
        (e: TriaError) => e.params.kind ?? e.code,
      );
    expect(await kindOf(await zipOf({ "word/document.xml": "<w:document/>" }))).toBe("Word (.docx)");
    expect(await kindOf(await zipOf({ "ppt/presentation.xml": "<p:presentation/>" }))).toBe("PowerPoint (.pptx)");
    expect(await kindOf(await zipOf({ "notes.txt": "bonjour" }))).toBe("ZIP");
  });

  it("says a LibreOffice sheet (.ods) is one, and how to save it as .xlsx, in the user's language", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    zip.file("content.xml", "<office:document-content/>");
    const error = await WorkbookHost.fromBytes(await zip.generateAsync({ type: "uint8array" }), "clients.ods").then(
      () => null,
      (e: TriaError) => e,
    );
    expect(error?.code).toBe("openDocumentSheet");
    expect(error?.messageIn("fr")).toMatch(
      /^clients\.ods est un classeur OpenDocument \(\.ods, de LibreOffice ou OpenOffice\), que Tria ne lit pas encore\. Dans LibreOffice : Fichier › Enregistrer sous…/,
    );
    expect(error?.messageIn("en")).toMatch(/^clients\.ods is an OpenDocument spreadsheet .* File › Save As…, type "Excel 2007-365 \(\.xlsx\)"/);
  });

  it("random bytes, under any name, are a clear refusal or a read, never a crash", async () => {
    const names = fc.constantFrom("clients.csv", "clients.xlsx", "clients.txt", "clients");
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.uint8Array({ maxLength: 500 }).map((tail) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail])),
      fc.uint8Array({ maxLength: 500 }).map((tail) => Uint8Array.from([...PDF.subarray(0, 5), ...tail])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, names, async (content, name) => {
        try {
          const host = await WorkbookHost.fromBytes(content, name);
          await readTable(host, { lang: "fr" });
        } catch (error) {
          expect(error).toBeInstanceOf(TriaError);
          expect((error as TriaError).messageIn("fr")).not.toMatch(/Détail technique|\{/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
