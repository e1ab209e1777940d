import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { TriaError } from "../../../src/engine/errors";
import { zipEntrySizes } from "../../../src/hosts/workbook/zipGuard";

describe("zip bomb guard", () => {
  it("refuses an xlsx whose strings unpack hundreds of times their size, before inflating them", async () => {
    const zip = await JSZip.loadAsync(readFileSync("tests/fixtures/workbooks/pandas-named-sheet.xlsx"));
    // 72 MB of one repeated shared string pack into well under 1 MB.
    const item = "<si><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></si>";
    zip.file(
      "xl/sharedStrings.xml",
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${item.repeat((72 * 1024 ** 2) / item.length)}</sst>`,
    );
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(2 * 1024 ** 2);
    const started = performance.now();
    const refusal = await WorkbookHost.fromBytes(bomb, "bombe.xlsx").catch((error: unknown) => error);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(refusal).toBeInstanceOf(TriaError);
    expect((refusal as TriaError).code).toBe("unpacksTooBig");
    expect((refusal as TriaError).messageIn("fr")).toMatch(/bombe\.xlsx ne fait que 0\.\d Mo mais se décompresse en 72\.\d Mo/);
    expect((refusal as TriaError).messageIn("en")).toMatch(/zip bomb/);
  });

  it("reads the declared sizes of every part of a real workbook", () => {
    const sizes = zipEntrySizes(new Uint8Array(readFileSync("samples/clients-demo.xlsx")))!;
    expect(sizes.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    expect(sizes.every((e) => e.unpacked >= e.packed / 2)).toBe(true);
  });
});
