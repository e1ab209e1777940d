import { describe, expect, it } from "vitest";
import { readTable } from "../../src/app/readTable";
import { WorkbookHost } from "../../src/hosts/workbook/workbookHost";
import { TriaError } from "../../src/engine/errors";

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);

describe("readTable", () => {
  it("refuses a header alone with noDataRows (exit 5 in the CLI), naming the sheet", async () => {
    const host = await WorkbookHost.fromBytes(csv(["Nom;Ville"]), "entete.csv");
    const error = await readTable(host, { lang: "fr" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TriaError);
    expect(error).toMatchObject({ code: "noDataRows" });
  });

  it("reads a header and one customer as one data row", async () => {
    const host = await WorkbookHost.fromBytes(csv(["Nom;Ville", "Ana Martin;Lyon"]), "un.csv");
    const table = await readTable(host, { lang: "fr" });
    expect(table.rows).toHaveLength(1);
  });
});
