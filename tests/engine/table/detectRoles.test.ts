import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { detectRoles } from "../../../src/engine/table/detectRoles";
import type { Table } from "../../../src/engine/table/table";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { FRENCH_DATA, FRENCH_HEADER } from "./sampleSheets";

function table(headers: string[], rows: CellValue[][]): Table {
  return { sheet: "Clients", headerRow: 1, headers, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
}
const column = (rows: CellValue[][], index: number) => rows.map((r) => r[index] ?? null);
const pick = (rows: CellValue[][], ...indexes: number[]) => rows.map((r) => indexes.map((i) => r[i] ?? null));
const roles = (t: Table) => detectRoles(t).map((c) => c.role);

describe("detectRoles", () => {
  it("confirms a realistic French sheet's headers with its values", () => {
    const detected = detectRoles(table(FRENCH_HEADER, FRENCH_DATA));
    expect(detected.map((c) => c.role)).toEqual([
      "civility",
      "firstName",
      "lastName",
      "address",
      "postalCode",
      "city",
      "phone",
      "mobile",
      "email",
      "lastPurchaseDate",
      "purchasesPerYear",
      "averageBasket",
    ]);
    for (const c of detected) {
      expect(c.source, c.header).toBe("both");
      expect(c.confidence, c.header).toBeGreaterThanOrEqual(0.95);
    }
    expect(detected[6]).toMatchObject({ index: 6, header: "Tél." });
  });

  it("lets values decide under blank or meaningless headers", () => {
    const rows = pick(FRENCH_DATA, 8, 7, 4, 5, 1, 0);
    const t = tableFromSheet({ name: "Clients", rows: [["", "xx", "Col3", null, "???", "-"], ...rows] }, { headerRow: 1 });
    const detected = detectRoles(t);
    expect(detected.map((c) => c.role)).toEqual(["email", "mobile", "postalCode", "city", "firstName", "civility"]);
    for (const c of detected) {
      expect(c.source).toBe("values");
      expect(c.confidence).toBeGreaterThanOrEqual(0.5);
      expect(c.confidence).toBeLessThan(0.9);
    }
  });

  it("corrects a header the values contradict", () => {
    const detected = detectRoles(
      table(
        ["Contact"],
        column(FRENCH_DATA, 8).map((v) => [v]),
      ),
    );
    expect(detected[0]).toMatchObject({ role: "email", source: "values" });
  });

  it("keeps a phone titled Tél. even when it holds mobiles", () => {
    expect(
      roles(
        table(
          ["Tél."],
          column(FRENCH_DATA, 7).map((v) => [v]),
        ),
      ),
    ).toEqual(["phone"]);
  });

  it("reads a Nom column holding whole names as fullName", () => {
    expect(roles(table(["Nom"], [["Jean Dupont"], ["Marie Martin"], ["DURAND Pierre"]]))).toEqual(["fullName"]);
  });

  it("splits two phone columns into phone and mobile by their values", () => {
    const rows = pick(FRENCH_DATA, 7, 6);
    expect(roles(table(["Téléphone 1", "Téléphone 2"], rows))).toEqual(["mobile", "phone"]);
  });

  it("gives a contested role to the best header; the other falls back", () => {
    const rows: CellValue[][] = [
      ["12/03/2024", "145,50"],
      ["05/01/2024", "89,90"],
    ];
    expect(roles(table(["Date dernier achat", "Dernier achat (montant)"], rows))).toEqual(["lastPurchaseDate", "amount"]);
    // Same meaning twice: the exact synonym keeps it, the other takes its next reading ("date … commande").
    const twoDates = detectRoles(table(["Dernière commande (date)", "Date dernier achat"], pick(rows, 0, 0)));
    expect(twoDates.map((c) => c.role)).toEqual(["orderDate", "lastPurchaseDate"]);
    expect(twoDates[0]!.confidence).toBeLessThan(twoDates[1]!.confidence);
    expect(roles(table(["Date", "Date de commande"], pick(rows, 0, 0)))).toEqual(["other", "orderDate"]);
  });

  it("keeps shared roles shared", () => {
    expect(roles(table(["Adresse 2", "Adresse 3"], [["Bât. A", "Esc. 2"]]))).toEqual(["addressComplement", "addressComplement"]);
  });

  it("lets user overrides win with confidence 1 and take the role from others", () => {
    const detected = detectRoles(table(FRENCH_HEADER, FRENCH_DATA), { 6: "mobile", 11: "totalAmount" });
    expect(detected[6]).toMatchObject({ role: "mobile", confidence: 1, source: "user" });
    expect(detected[7]?.role).not.toBe("mobile");
    expect(detected[11]).toMatchObject({ role: "totalAmount", confidence: 1, source: "user" });
  });

  it("handles an empty table", () => {
    expect(detectRoles(table([], []))).toEqual([]);
    expect(detectRoles(table(["E-mail"], []))).toEqual([{ index: 0, header: "E-mail", role: "email", confidence: 0.95, source: "header" }]);
  });

  it("reads a 'Client' column of 5-digit codes as the customer id, not as postal codes (orders lists)", () => {
    const ids = [10234, 10235, 20311, 10234, 33102, 75001];
    const t = table(
      ["Client", "Date", "Montant"],
      ids.map((id, i) => [String(id), `0${i + 1}/03/2024`, 10 + i]),
    );
    expect(roles(t)).toEqual(["customerId", "orderDate", "amount"]);
    // Under a blank header, the same codes are still read as postal codes.
    expect(
      roles(
        table(
          ["", "Date", "Montant"],
          ids.map((id, i) => [String(id), `0${i + 1}/03/2024`, 10 + i]),
        ),
      )[0],
    ).toBe("postalCode");
  });

  it("reads a 'Client' column of codes (C001, CL-0042) as the customer id, a 'Client' of names as the name", () => {
    const codes = ["C001", "C002", "CL-0042", "C001", "CUST123", "C002"];
    const t = table(
      ["N° commande", "Client", "Date commande", "Montant"],
      codes.map((code, i) => [String(i + 1), code, `0${i + 1}/03/2024`, 10 + i]),
    );
    expect(roles(t)).toEqual(["orderId", "customerId", "orderDate", "amount"]);
    const names = ["Marie Dupont", "Jean Martin", "Zoé Brûlé", "Ali Benali", "Léa Petit", "Hugo Roux"];
    expect(
      roles(
        table(
          ["Client", "Date"],
          names.map((name, i) => [name, `0${i + 1}/03/2024`]),
        ),
      )[0],
    ).toBe("fullName");
  });

  it("keeps made-up names with digits (Febrl's given15a, surname7x) under first and last name headers as names", () => {
    const rows = Array.from({ length: 40 }, (_, i): CellValue[] => [`given${i % 97}a`, `surname${i}x`, `19${40 + i}0${1 + (i % 9)}1${i % 10}`]);
    const detected = roles(table(["given_name", "surname", "date_of_birth"], rows));
    expect(detected.slice(0, 2)).toEqual(["firstName", "lastName"]);
  });

  it("reads a campaign results table's counts (Envoyés 1000, 2000) as counts, not postal codes", () => {
    const rows: CellValue[][] = [
      ["VIP", 1000, 980, 450, 40, 3200],
      ["Relance", 2000, 1900, 500, 20, 1500],
      ["Nouveaux", 1500, 1450, 300, 10, 800],
      ["Fidèles", 3000, 2950, 900, 70, 5100],
    ];
    const detected = roles(table(["Segment", "Envoyés", "Délivrés", "Ouvertures", "Commandes", "CA"], rows));
    expect(detected).not.toContain("postalCode");
    expect(
      roles(
        table(
          ["Segment", "Volume", "Nb contacts", "Sent"],
          rows.map((r) => [r[0]!, r[1]!, r[2]!, r[1]!]),
        ),
      ),
    ).not.toContain("postalCode");
    // The same numbers under a blank header or a real postal-code header stay postal codes.
    expect(
      roles(
        table(
          ["", "Ville"],
          rows.map((r) => [r[1]!, "Laon"]),
        ),
      )[0],
    ).toBe("postalCode");
    expect(
      roles(
        table(
          ["Code postal", "Ville"],
          rows.map((r) => [r[1]!, "Laon"]),
        ),
      )[0],
    ).toBe("postalCode");
  });

  it("samples: a 100,000-row column is sniffed without reading every cell", () => {
    const big = table(
      ["Contact"],
      Array.from({ length: 100_000 }, (_, i) => [`client${i}@exemple.fr`]),
    );
    const started = Date.now();
    expect(roles(big)).toEqual(["email"]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("detectRoles on a 'Nom' column of whole names", () => {
  it("reads whole names with civilities and unknown first names as fullName, and real last names as lastName", () => {
    const whole = ["Mme Gaëlle Rousseau", "BERNARD-ROCHE Inès", "M. Kévin Nguyen", "Dr Yannick LE GOFF", "Léa Zaoui", "Maëlys Ferreira"];
    const last = ["Rousseau", "BERNARD-ROCHE", "Nguyen", "Le Goff", "de La Fontaine", "Ferreira"];
    const roles = detectRoles(
      table(
        ["Nom", "Nom de famille"],
        whole.map((w, i) => [w, last[i]!]),
      ),
    );
    expect(roles.map((r) => r.role)).toEqual(["fullName", "lastName"]);
  });
});

describe("detectRoles on Tria's own columns", () => {
  it("never gives a role to a column Tria wrote, so no job reads another's output as data", () => {
    const own: Table = { ...table(["Tél.", "Tél. (E.164)"], [["06 12 34 56 78", "+33612345678"]]), ownColumns: new Map([[1, "structure/Tél.#1/e164"]]) };
    expect(detectRoles(own).map((r) => [r.role, r.source])).toEqual([
      ["phone", "both"],
      ["other", "tria"],
    ]);
  });
});
