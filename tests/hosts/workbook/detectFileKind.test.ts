import { describe, expect, it } from "vitest";
import { detectFileKind } from "../../../src/hosts/workbook/detectFileKind";
import { TriaError } from "../../../src/engine/errors";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof TriaError ? error.code : "not a TriaError";
  }
  return undefined;
}

describe("detectFileKind", () => {
  it("reads the magic bytes, not the name", () => {
    expect(detectFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), "clients.csv")).toBe("xlsx");
    expect(detectFileKind(new TextEncoder().encode("Nom;Ville\n"), "clients.csv")).toBe("csv");
    expect(detectFileKind(new TextEncoder().encode("Nom;Ville\n"), "export")).toBe("csv");
  });

  it("tells a password-protected workbook from an old .xls", () => {
    const encrypted = new Uint8Array([...OLE, 0, 0, ...utf16("EncryptionInfo"), 0, 0]);
    expect(codeOf(() => detectFileKind(encrypted, "secret.xlsx"))).toBe("passwordProtected");
    expect(codeOf(() => detectFileKind(new Uint8Array([...OLE, 0, 0, ...utf16("Workbook")]), "old.xls"))).toBe("legacyXls");
  });

  it("refuses a broken .xlsx and a binary file of another kind", () => {
    expect(codeOf(() => detectFileKind(new TextEncoder().encode("not a zip"), "broken.xlsx"))).toBe("unreadable");
    expect(codeOf(() => detectFileKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), "photo.png"))).toBe("unsupportedFormat");
  });

  it("says what to do, in French and in English", () => {
    const error = new TriaError("passwordProtected", { file: "secret.xlsx" });
    expect(error.messageIn("fr")).toContain("mot de passe");
    expect(error.messageIn("en")).toContain("password");
  });
});
