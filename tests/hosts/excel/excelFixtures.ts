import type { CellValue } from "../../../src/engine/table/cellValue";
import type { Plan } from "../../../src/engine/plan";
import { FakeWorkbook, type FakeSheet } from "../../../src/tools/fakeExcel/fakeExcel";

/**
 * A customer sheet and a Plan over it, as the engine would build them: a phone column that
 * gets an E.164 column beside it and a "volatile" column flag, an address column split into
 * postal code and town, a typo and an invalid flag, a summary sheet.
 * Columns before the run: A Nom, B Téléphone, C Adresse, D Total (a formula).
 */
export function customerBook(rows: number): { book: FakeWorkbook; sheet: FakeSheet } {
  const book = new FakeWorkbook();
  const data: (string | number)[][] = [["Nom", "Téléphone", "Adresse", "Total"]];
  for (let i = 1; i <= rows; i++)
    data.push([`Client ${i}`, `06 12 34 ${String(i % 100).padStart(2, "0")} 78`, `${i} rue de la Paix 7500${i % 10} Paris`, `=B${i + 1}*2`]);
  const sheet = book.addSheet("Clients", data);
  book.addSheet("Notes perso", [["à garder"]]);
  return { book, sheet };
}

export function customerPlan(rows: number, options: { flagEvery?: number } = {}): Plan {
  const rowNumbers = Array.from({ length: rows }, (_, i) => i + 2);
  const flagEvery = options.flagEvery ?? 2;
  const flags: Plan["flags"][number][] = [];
  for (let i = 0; i < rows; i += flagEvery) {
    flags.push({ row: i + 2, column: { source: 1 }, kind: "typo", message: "Numéro mal saisi", suggestion: "+33612345678" });
    if (i % (flagEvery * 2) === 0) flags.push({ row: i + 2, column: { added: "address.postalCode" }, kind: "invalid", message: "Code postal inconnu" });
  }
  const values = (f: (i: number) => CellValue) => rowNumbers.map((_, i) => f(i + 1));
  return {
    job: "structure",
    sheet: "Clients",
    headerRow: 1,
    rows: rowNumbers,
    addedColumns: [
      { key: "phone.e164", header: "Téléphone (E.164)", after: 1, values: values((i) => `+336123434${String(i % 100).padStart(2, "0")}`) },
      { key: "address.postalCode", header: "Code postal", after: 2, values: values((i) => `7500${i % 10}`) },
      { key: "address.city", header: "Ville", after: 2, values: values(() => "PARIS") },
    ],
    flags,
    columnFlags: [{ column: { source: 1 }, kind: "volatile", message: "Un téléphone change : revérifiez-le régulièrement." }],
    addedSheets: [
      {
        key: "summary",
        name: "Synthèse",
        rows: [
          ["Lignes", rows],
          ["Drapeaux", flags.length],
        ],
      },
    ],
    extras: {},
  };
}
