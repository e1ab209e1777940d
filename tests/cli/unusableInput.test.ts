import { describe, expect, it, beforeAll } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "./cliHarness";

const TRIA = path.resolve(import.meta.dirname, "../../src/cli/tria.mjs");

interface Run {
  readonly code: number | null;
  readonly stderr: string;
}

/** The real `tria` process, as a user's terminal runs it. */
function tria(args: readonly string[], lang: "fr" | "en"): Promise<Run> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: lang === "fr" ? "fr_FR.UTF-8" : "en_GB.UTF-8" };
  return new Promise((done) => {
    const child = spawn(process.execPath, [TRIA, ...args], { env });
    const err: Buffer[] = [];
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("close", (code) => done({ code, stderr: Buffer.concat(err).toString("utf8") }));
  });
}

/** One sentence of the user's language on stderr, no stack trace, no English in the French. */
function expectRefusal(run: Run, code: number, text: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stderr).toMatch(text);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|Détail technique|Technical detail|not a valid/);
}

const PDF = Buffer.from(
  "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

describe("files with nothing to work on, or that are no spreadsheet (real process)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tria-unusable-"));
  const file = (name: string, bytes: string | Buffer) => {
    writeFileSync(path.join(dir, name), bytes);
    return path.join(dir, name);
  };
  const out = (name: string) => ["-o", path.join(dir, "out", name)];
  let runs: Record<string, Run> = {};

  beforeAll(async () => {
    const header = file("entete.csv", "Nom;Ville\r\n");
    const pdfXlsx = file("clients.xlsx", PDF);
    const pdfCsv = file("clients.csv", PDF);
    const pngCsv = file("photo.csv", PNG);
    const binary = file("export.csv", Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131 + 7) % 256)));
    const cases: Record<string, readonly [readonly string[], "fr" | "en"]> = {
      structure: [["structure", header, ...out("s.xlsx")], "fr"],
      inspect: [["inspect", header], "en"],
      dedupe: [["dedupe", header, ...out("d.xlsx")], "fr"],
      pdfXlsx: [["structure", pdfXlsx, ...out("p.xlsx")], "fr"],
      pdfCsv: [["inspect", pdfCsv], "en"],
      pngCsv: [["structure", pngCsv, ...out("i.xlsx")], "fr"],
      binary: [["dedupe", binary, ...out("b.xlsx")], "fr"],
    };
    // Spawned together: each process starts the CLI, the slow part on a loaded machine.
    runs = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([name, [args, lang]]) => [name, await tria(args, lang)] as const)));
  }, 600_000);

  it("a header alone exits 5 with a sentence saying there are no data rows, and writes nothing", () => {
    expectRefusal(runs.structure!, 5, /^tria: La feuille « entete » n'a aucune ligne de données sous son en-tête \(ligne 1\) : il n'y a rien à traiter\./);
    expectRefusal(runs.inspect!, 5, /^tria: The sheet "entete" has no data rows below its header \(row 1\): there is nothing to work on\./);
    expectRefusal(runs.dedupe!, 5, /n'a aucune ligne de données sous son en-tête/);
    expect(existsSync(path.join(dir, "out")) ? readdirSync(path.join(dir, "out")) : []).toEqual([]);
  });

  it("a PDF, an image or binary bytes renamed .xlsx or .csv exit 4 with what the file is, in the user's language", () => {
    expectRefusal(runs.pdfXlsx!, 4, /^tria: clients\.xlsx n'est pas un tableur : c'est un fichier PDF, peut-être renommé\. Tria lit les classeurs \.xlsx/);
    expectRefusal(runs.pdfCsv!, 4, /^tria: clients\.csv is not a spreadsheet: it is a PDF file, perhaps renamed\./);
    expectRefusal(runs.pngCsv!, 4, /^tria: photo\.csv n'est pas un tableur : c'est un fichier PNG/);
    expectRefusal(runs.binary!, 4, /^tria: export\.csv n'est pas un fichier texte : son contenu est binaire/);
  });

  it("every other job refuses a header alone the same way (exit 5)", async () => {
    const header = path.join(dir, "entete.csv");
    for (const job of [["score"], ["run"], ["comply"], ["calls"], ["campaign"], ["export"], ["segment", "--where", "Ville = Lyon"]]) {
      const run = await runCli([...job, header, ...out(`${job[0]}.xlsx`)]);
      expect({ job: job[0], code: run.code }).toEqual({ job: job[0], code: 5 });
      expect(run.stderr).toMatch(/n'a aucune ligne de données sous son en-tête/);
    }
  }, 300_000);
});

describe("a needed column missing is nothing to work on (exit 5), not a usage error (2)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tria-missing-"));
  const orders = path.join(dir, "commandes.csv");
  writeFileSync(orders, "N° commande;Client;Date commande;Montant\r\nC1;Dupont;12/03/2025;120,50\r\nC2;Martin;14/03/2025;80\r\n");

  it("tria calls on an orders list without a phone says which column is missing", async () => {
    const fr = await tria(["calls", orders, "-o", path.join(dir, "appels.xlsx")], "fr");
    expectRefusal(fr, 5, /^tria: Aucune colonne de téléphone dans « commandes » : une liste d'appels a besoin d'un numéro\./);
    const en = await runCli(["calls", orders], { LANG: "en_GB.UTF-8" });
    expect(en.code).toBe(5);
    expect(en.stderr).toMatch(/No phone column in "commandes"/);
    expect(existsSync(path.join(dir, "appels.xlsx"))).toBe(false);
  }, 300_000);

  it("a department condition on a file without postal code or address exits 5", async () => {
    const run = await runCli(["segment", orders, "--where", "département = 75"]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/ni colonne « Code postal » ni « Adresse »/);
  });
});
