import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { randomBytes } from "node:crypto";
import JSZip from "jszip";
import { join } from "node:path";
import type { CellValue } from "../../../../src/engine/table/cellValue";
import { ZipFileSink } from "../../../../src/hosts/workbook/node/zipFileSink";
import { GridBook } from "../../../../src/hosts/workbook/stream/gridBook";
import { GridSheet } from "../../../../src/hosts/workbook/stream/gridSheet";
import { writeGridBook } from "../../../../src/hosts/workbook/stream/writeGridBook";
import { cellAt, readXlsxXml, sheetNamed } from "../../../support/xlsx/readXlsxXml";

/** The streaming writer's cells, through its own zip file, read back by the second reader (the XML). */
const dir = mkdtempSync(join(tmpdir(), "tria-zip-"));
let file = 0;

async function roundTrip(rows: CellValue[][]): Promise<ReturnType<typeof sheetNamed>> {
  const path = join(dir, `${++file}.xlsx`);
  const sink = new ZipFileSink(path);
  await writeGridBook(new GridBook(new GridSheet("Feuil1", rows)), sink);
  await sink.close();
  return sheetNamed(await readXlsxXml(readFileSync(path)), "Feuil1");
}

/** What a cell keeps of a text: XML 1.0 cannot hold control characters, Excel holds 32,767 characters. */
function kept(text: string): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").slice(0, 32_767);
  return clean === "" ? null : clean;
}

describe("streaming writer: cells through the zip", () => {
  it("keeps any text, number and boolean (property)", async () => {
    const cell = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), async (rows) => {
        const sheet = await roundTrip(rows);
        rows.forEach((row, r) =>
          row.forEach((value, c) => {
            const expected = typeof value === "string" ? kept(value.slice(0, 32_767)) : typeof value === "number" ? (Object.is(value, -0) ? 0 : value) : value;
            const actual = cellAt(sheet, r + 1, c + 1).value;
            // Surrogate halves alone cannot be UTF-8: the writer's encoder makes them U+FFFD.
            if (typeof expected === "string" && /[\uD800-\uDFFF]/.test(expected)) return;
            expect(actual).toEqual(expected);
          }),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("cuts text at Excel's 32,767 characters, keeps spaces at the ends and line breaks, writes errors and dates", async () => {
    const date = new Date(Date.UTC(2024, 1, 29));
    const sheet = await roundTrip([["x".repeat(40_000), "  deux espaces ", "ligne 1\nligne 2", { error: "#N/A" }, date]]);
    expect(String(cellAt(sheet, 1, 1).value).length).toBe(32_767);
    expect(cellAt(sheet, 1, 2).value).toBe("  deux espaces ");
    expect(cellAt(sheet, 1, 3).value).toBe("ligne 1\nligne 2");
    expect(cellAt(sheet, 1, 4).value).toEqual({ error: "#N/A" });
    // 29 February 2024 is serial 45351 in the 1900 system.
    expect(cellAt(sheet, 1, 5).value).toBe(45_351);
    expect(cellAt(sheet, 1, 5).numFmt).toBe("mm-dd-yy");
  });

  it("takes many megabytes in many pieces, waiting for the file each time, without a listener warning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      // Random bytes do not deflate: 24 MB reach the file as they are, and the file stream asks to wait again and again.
      const pieces = Array.from({ length: 384 }, () => new Uint8Array(randomBytes(1 << 16)));
      const path = join(dir, "big.zip");
      const sink = new ZipFileSink(path);
      const part = sink.part("big.bin");
      for (const piece of pieces) await part.write(piece);
      await part.end();
      await sink.close();
      const unpacked = await (await JSZip.loadAsync(readFileSync(path))).file("big.bin")!.async("uint8array");
      expect(Buffer.from(unpacked).equals(Buffer.concat(pieces))).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  }, 60_000);
});
