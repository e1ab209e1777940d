import ExcelJS from "exceljs";

/** A small customer file with what `tria comply` must find, row by row (rows 2–6). */
export async function writeRgpdFixture(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  sheet.addRow(["Nom", "Société", "E-mail", "Consentement e-mail", "Date dernier achat", "Date dernier contact", "Nb achats / an", "Notes"]);
  sheet.addRow(["Marie Dupont", "", "marie@gmail.com", "oui", day(2025, 6, 1), null, 3, "Diabétique, livrer le matin"]);
  sheet.addRow(["Paul Martin", "", "paul@free.fr", "non", day(2021, 1, 10), null, 1, "RAS"]);
  sheet.addRow(["Léa Bernard", "Bernard SARL", "lea@bernard.fr", "", day(2024, 1, 10), null, 2, "IBAN FR76 3000 6000 0112 3456 7890 189"]);
  sheet.addRow(["Jean Petit", "", "jean@orange.fr", "", null, day(2022, 11, 30), null, "n° sécu 2 69 05 49 588 157 80, syndiqué CGT"]);
  sheet.addRow(["Zoé Roux", "", "", "", null, null, null, "Rue de l'Église, vin AOC d'origine contrôlée"]);
  await workbook.xlsx.writeFile(path);
}
