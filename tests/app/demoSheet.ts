import { readFileSync } from "node:fs";
import path from "node:path";
import { WorkbookHost } from "../../src/hosts/workbook/workbookHost";
import type { RawSheet } from "../../src/engine/table/table";

export const DEMO_XLSX = path.resolve(import.meta.dirname, "../../samples/clients-demo.xlsx");

/** The demo customer file as the web page gets it: bytes, then a WorkbookHost. */
export async function demoHost(): Promise<WorkbookHost> {
  return WorkbookHost.fromBytes(new Uint8Array(readFileSync(DEMO_XLSX)), "clients-demo.xlsx");
}

export async function demoSheet(): Promise<RawSheet> {
  return (await demoHost()).readSheet();
}

/** A small sheet written here, for tests that must not depend on the demo's exact content. */
export const SMALL_SHEET: RawSheet = {
  name: "Clients",
  rows: [
    ["Nom", "E-mail", "Tél.", "Code postal", "Ville", "Dernier achat", "Nb achats", "Montant total"],
    ["Ana Martin", "ana@gmial.com", "06 12 34 56 78", "75002", "Paris", "12/01/2024", 3, 240],
    ["Bruno Petit", "bruno@exemple.fr", "04 78 00 00 00", "69001", "Lyon", "03/02/2024", 1, 80],
    ["Chloé Durand", "", "", "13001", "Marseille", "20/12/2023", 7, 910.5],
  ],
};
