import ExcelJS from "exceljs";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A small customer file with what `tria calls` must find, row by row (rows 2–7); see calls.test.ts. */
export async function writeCallsFixture(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  sheet.addRow(["Nom", "Société", "Tél.", "E-mail", "Adresse", "Consentement e-mail", "Date dernier achat", "Nb achats / an", "Panier moyen"]);
  sheet.addRow(["Marie Dupont", "", "06 12 34 56 78", "marie.dupont@gmial.com", "12 rue de la Paix 75002 Paris", "oui", day(2026, 11, 2), 12, 150]);
  sheet.addRow(["Paul Martin", "", "01 45 67 89 10", "paul.martin@free.fr", "3 place Bellecour 69002 Lyon", "oui", day(2023, 5, 4), 1, 40]);
  sheet.addRow(["Léa Bernard", "Bernard SARL", "04 78 12 34 56", "lea@bernard.fr", "8 quai Saint-Antoine 69002 Lyon", "", day(2026, 9, 10), 4, 90]);
  sheet.addRow(["Jean Petit", "", "", "jean.petit@orange.fr", "5 rue Nationale 59000 Lille", "oui", day(2026, 10, 1), 6, 120]);
  sheet.addRow(["Zoé Roux", "", "06 98 76 54 32", "zoe.roux@orange.fr", "20 cours Mirabeau 13100 Aix-en-Provence", "oui", day(2026, 11, 20), 10, 200]);
  sheet.addRow(["Luc Morel", "", "07 11 22 33 44", "", "1 rue Sainte-Catherine 33000 Bordeaux", "", day(2026, 6, 15), 3, 60]);
  await workbook.xlsx.writeFile(path);
}
