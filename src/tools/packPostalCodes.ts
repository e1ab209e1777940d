/**
 * `npx tsx src/tools/packPostalCodes.ts [OUT] [--laposte FILE.csv]`: packs the official French postal-code base
 * (npm package codes-postaux: La Poste's base officielle des codes postaux joined to INSEE's
 * Code officiel géographique) into src/engine/structure/address/data/postalCodes.generated.json
 * (~0.5 MB) for the browser. The generated file is not committed: `npm run prepare` makes it.
 * Everything stays local: this reads node_modules, no network.
 *
 * codes-postaux 4.x has no "ligne 5" (hamlet / old commune line). La Poste's own file
 * (base officielle des codes postaux, laposte_hexasmal.csv, data.gouv.fr) has it: pass it with
 * --laposte to add it; its records are merged with the package's.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { townKey } from "../engine/structure/address/townKey";
import { POSTAL_FORMAT, type PackedPostalCodes, type PostalRecord, encodePostalLines } from "../engine/structure/address/postalCodeFormat";

interface SourceRecord {
  codePostal: string;
  codeCommune: string;
  nomCommune: string;
  libelleAcheminement: string;
  /** Present in La Poste's file and in some versions of codes-postaux. */
  ligne5?: string;
}

export const DEFAULT_OUT = join(dirname(fileURLToPath(import.meta.url)), "../engine/structure/address/data/postalCodes.generated.json");

export function packPostalCodes(records: readonly SourceRecord[], source: string): PackedPostalCodes {
  const postal: PostalRecord[] = records.map((r) => ({
    postalCode: r.codePostal,
    libelle: r.libelleAcheminement,
    commune: r.nomCommune,
    ...(r.ligne5 ? { ligne5: r.ligne5 } : {}),
  }));
  return { format: POSTAL_FORMAT, source, data: encodePostalLines(postal, (a, b) => townKey(a) === townKey(b)) };
}

export function readCodesPostaux(): { records: SourceRecord[]; source: string } {
  const require = createRequire(import.meta.url);
  const main = require.resolve("codes-postaux/codes-postaux.json");
  const version = (JSON.parse(readFileSync(join(dirname(main), "package.json"), "utf8")) as { version: string }).version;
  const records = JSON.parse(readFileSync(main, "utf8")) as SourceRecord[];
  return { records, source: `codes-postaux ${version} (La Poste, INSEE COG)` };
}

/** La Poste's CSV: "#Code_commune_INSEE;Nom_de_la_commune;Code_postal;Libellé_d_acheminement;Ligne_5". */
export function parseLaPosteCsv(text: string): SourceRecord[] {
  const records: SourceRecord[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "")
    .replace(/^#/, "")
    .split(";")
    .map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.findIndex((h) => h.startsWith(name));
  const [insee, commune, code, libelle, ligne5] = [col("code_commune"), col("nom_de_la_commune"), col("code_postal"), col("libell"), col("ligne_5")];
  if (code < 0 || libelle < 0) throw new Error("Not La Poste's postal-code file: expected Code_postal and Libellé_d_acheminement columns.");
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cells = line.split(";");
    records.push({
      codePostal: (cells[code] ?? "").trim().padStart(5, "0"),
      codeCommune: insee >= 0 ? (cells[insee] ?? "").trim() : "",
      nomCommune: commune >= 0 ? (cells[commune] ?? "").trim() : "",
      libelleAcheminement: (cells[libelle] ?? "").trim(),
      ...(ligne5 >= 0 && cells[ligne5]?.trim() ? { ligne5: cells[ligne5].trim() } : {}),
    });
  }
  return records;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const laposteAt = args.indexOf("--laposte");
  const laposte = laposteAt >= 0 ? args.splice(laposteAt, 2)[1] : undefined;
  const out = args[0] ?? DEFAULT_OUT;
  const { records, source } = readCodesPostaux();
  const extra = laposte ? parseLaPosteCsv(readFileSync(laposte, "utf8")) : [];
  const packed = packPostalCodes([...records, ...extra], laposte ? `${source} + La Poste ${laposte}` : source);
  const json = JSON.stringify(packed);
  writeFileSync(out, json);
  console.log(`${out}: ${records.length + extra.length} records, ${(json.length / 1024).toFixed(0)} KB${existsSync(out) ? "" : " (not written?)"}`);
}
