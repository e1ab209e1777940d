import { describe, expect, it, beforeAll } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { FRENCH_OPTIONS } from "../../src/cli/frenchHelp";
import { printable } from "../../src/cli/terminalText";
import { writeFailure } from "../../src/cli/writeFailure";
import { runCli } from "./cliHarness";

const TRIA = path.resolve(import.meta.dirname, "../../src/cli/tria.mjs");
const DEMO_CSV = path.resolve(import.meta.dirname, "../../samples/clients-demo.csv");

interface Spawned {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The real `tria` process, as a user's terminal or script runs it. */
function tria(args: readonly string[], env: NodeJS.ProcessEnv = { LANG: "fr_FR.UTF-8" }): Promise<Spawned> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [TRIA, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("close", (code) => done({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

/** One line on stderr, no stack trace, no commander English. */
function expectOneLine(run: Spawned, code: number, text: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stderr).toMatch(text);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |error: |Error:/);
}

describe("tria's messages, from the real process", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tria-messages-"));
  const input = path.join(dir, "clients.csv");
  const wide = path.join(dir, "large.csv");
  const escapes = path.join(dir, "escapes.csv");
  const notZip = path.join(dir, "faux.xlsx");
  let runs: Record<string, Spawned> = {};

  beforeAll(async () => {
    writeFileSync(input, readFileSync(DEMO_CSV));
    writeFileSync(wide, `${Array.from({ length: 16_390 }, (_, i) => `C${i}`).join(";")}\n${Array.from({ length: 16_390 }, () => "v").join(";")}\n`);
    writeFileSync(escapes, "Nom;Tél.\nAna;\u001b[2J\u001b[5mBOOM\u001b[0m\n");
    writeFileSync(notZip, "not a zip");
    // Spawned together: each process starts the CLI, the slow part on a loaded machine.
    const cases: Record<string, readonly string[]> = {
      unknownOption: ["structure", input, "--bogus"],
      unknownOptionEn: ["structure", input, "--lan", "en", "--lang", "en"],
      unknownCommand: ["sort", input],
      missingFile: ["inspect"],
      badLang: ["structure", input, "--lang", "xx"],
      badHeaderRow: ["structure", input, "--header-row", "abc"],
      outputFolder: ["structure", input, "-o", dir],
      outputCsv: ["structure", input, "-o", path.join(dir, "x.csv")],
      scoreOverInput: ["score", input, "-o", input],
      predictOverInput: ["predict", input, "-o", input, "--lang", "en"],
      tooWide: ["structure", wide, "-o", path.join(dir, "large.xlsx")],
      notZip: ["inspect", notZip],
      escapes: ["inspect", escapes],
      helpFr: ["structure", "--help"],
      helpEn: ["--help", "--lang", "en"],
      ...(existsSync("/sys/kernel") ? { denied: ["structure", input, "-o", "/sys/tria.xlsx", "--lang", "en"] } : {}),
    };
    // The real process where it matters (no stack trace, exit status, what reaches the
    // terminal); the rest in-process through the same main(), to keep the suite fast.
    const spawned = new Set(["unknownOption", "badHeaderRow", "outputFolder", "escapes", "denied"]);
    const done = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => [name, spawned.has(name) ? await tria(args) : await runCli(args)] as const),
    );
    runs = Object.fromEntries(done);
  }, 600_000);

  it("commander's usage errors, in French by default and in English with --lang en, exit 2", () => {
    expectOneLine(runs.unknownOption!, 2, /^tria: Option inconnue : --bogus\. Les options de la commande : tria structure --help\.$/m);
    expectOneLine(runs.unknownOptionEn!, 2, /Unknown option: --lan\. .* Did you mean --lang\?/);
    expectOneLine(runs.unknownCommand!, 2, /Commande inconnue : sort\./);
    expectOneLine(runs.missingFile!, 2, /Il manque l'argument FICHIER/);
  });

  it("refuses --lang xx and a --header-row that is no row number", () => {
    expectOneLine(runs.badLang!, 2, /Langue inconnue « xx » pour --lang : choisissez fr ou en\./);
    expectOneLine(runs.badHeaderRow!, 2, /--header-row attend un numéro de ligne entier de 1 à 1 048 576, pas « abc »/);
  });

  it("never writes over the user's file, nor xlsx bytes into a .csv, nor into a folder", () => {
    expectOneLine(runs.outputFolder!, 6, /est un dossier : donnez un nom de fichier avec -o/);
    expectOneLine(runs.outputCsv!, 2, /Tria écrit un classeur \.xlsx .* -o x\.tria\.xlsx\./);
    expect(existsSync(path.join(dir, "x.csv"))).toBe(false);
    expectOneLine(runs.scoreOverInput!, 2, /est le fichier d'origine : Tria ne modifie jamais l'original/);
    expectOneLine(runs.predictOverInput!, 2, /is the input file: Tria never modifies the original/);
    expect(readFileSync(input)).toEqual(readFileSync(DEMO_CSV));
  });

  it("says why a file cannot be read or written, in one sentence of the user's language", () => {
    expectOneLine(runs.tooWide!, 5, /a 16390 colonnes : un classeur Excel en a au plus 16 384|déborde de la dernière colonne d'Excel \(XFD\)/);
    expectOneLine(runs.notZip!, 4, /Impossible de lire faux\.xlsx : le fichier est abîmé ou n'est pas un classeur\./);
    if (runs.denied) expectOneLine(runs.denied, 6, /Cannot write \/sys\/tria\.xlsx: permission denied\./);
  });

  it("shows terminal escape codes from a cell escaped, not obeyed", () => {
    expect(runs.escapes!.code).toBe(0);
    expect(runs.escapes!.stdout).toContain("\\x1B[2J\\x1B[5mBOOM\\x1B[0m");
    expect(runs.escapes!.stdout).not.toContain("\u001b");
  });

  it("--help in French by default, in English with --lang en", () => {
    expect(runs.helpFr!.code).toBe(0);
    expect(runs.helpFr!.stdout).toMatch(/^Utilisation : tria structure \[options\] <fichier>/);
    expect(runs.helpFr!.stdout).toContain("feuille à lire (par défaut");
    expect(runs.helpFr!.stdout).not.toMatch(/Usage:|display help|sheet to read/);
    expect(runs.helpEn!.code).toBe(0);
    expect(runs.helpEn!.stdout).toMatch(/^Usage: tria \[options\] \[command\]/);
    expect(runs.helpEn!.stdout).not.toMatch(/structurer|Utilisation/);
  });
});

describe("the pieces behind the messages", () => {
  it("has a French help text for every option of every command", async () => {
    const seen: string[] = [];
    for (const name of ["inspect", "structure", "dedupe", "score", "run", "comply", "segment", "campaign", "calls", "export", "predict"]) {
      const text = await captureHelp([name, "--help"]);
      expect(text).toContain("Options :");
      for (const flag of text.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)) seen.push(flag[1]!);
    }
    expect(seen).toContain("--where");
    expect(seen).toContain("--unit-cost");
    expect([...new Set(seen)].filter((flag) => !(flag in FRENCH_OPTIONS))).toEqual([]);
  });

  it("escapes control characters, keeps line feeds, tabs and accents", () => {
    expect(printable("a\u001b[2Jb\rc\u0007\u009b\u2028é\t\n")).toBe("a\\x1B[2Jb\\x0Dc\\x07\\x9B\\u2028é\t\n");
  });

  it("tells a write failure from a bug", () => {
    const failure = (code: string, syscall: string) => Object.assign(new Error(code), { code, syscall, path: "/x/out.xlsx" });
    expect(writeFailure(failure("EACCES", "open"))?.code).toBe("writeDenied");
    expect(writeFailure(failure("EISDIR", "open"))?.code).toBe("outputIsFolder");
    expect(writeFailure(failure("ENOSPC", "write"))?.messageIn("fr")).toContain("Impossible d'écrire /x/out.xlsx (ENOSPC)");
    expect(writeFailure(failure("EACCES", "scandir"))).toBeNull();
    expect(writeFailure(new Error("boom"))).toBeNull();
  });
});

async function captureHelp(args: readonly string[]): Promise<string> {
  let text = "";
  const stdout = { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream;
  await main(["node", "tria", ...args], { stdout, stderr: stdout as NodeJS.WriteStream, env: { LANG: "fr_FR.UTF-8" } });
  return text;
}
