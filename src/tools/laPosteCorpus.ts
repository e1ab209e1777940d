/**
 * The hand-labelled corpus of issue 13 (tests/fixtures/addresses/la-poste-corpus.tsv): one-line
 * addresses, each with the parts La Poste writes (NF Z10-011 lines), labelled by hand from the
 * rules, never from Tria's output. Read by the accuracy harness and by a test (≥ 99 % parts exact).
 *
 * A part is exact when it equals the label once folded (case, accents, punctuation; SAINT = ST,
 * SAINTE = STE as in La Poste's libellés); a number is compared without spaces ("12 BIS" =
 * "12BIS"); a town label may list its accepted spellings with "|" ("PARIS|PARIS 16").
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyseAddress } from "../engine/structure/address/analyseAddress";
import { cedexNumber, type SplitAddressParts } from "../engine/structure/address/addressParts";
import { foldWords } from "../engine/structure/address/foldText";
import type { PostalIndex } from "../engine/structure/address/postalIndex";

export const CORPUS_FILE = fileURLToPath(new URL("../../tests/fixtures/addresses/la-poste-corpus.tsv", import.meta.url));

/** The labelled parts, in La Poste's order: line 2, line 3, number + voie (line 4), line 5, line 6. */
export const CORPUS_PARTS = ["line2", "line3", "number", "voie", "line5", "postalCode", "city", "cedex"] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

export interface CorpusRow {
  /** What the row exercises: cedex, box, residence, lieu-dit, suffix, code-first, … */
  readonly category: string;
  readonly input: string;
  readonly expected: Readonly<Record<CorpusPart, string>>;
}

export function readCorpus(file: string = CORPUS_FILE): CorpusRow[] {
  const [header, ...lines] = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const names = header!.split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    const cell = (name: string) => cells[names.indexOf(name)] ?? "";
    const expected = Object.fromEntries(CORPUS_PARTS.map((part) => [part, cell(part === "number" ? "number" : part)])) as Record<CorpusPart, string>;
    return { category: cell("case"), input: cell("input"), expected };
  });
}

/** The parts as La Poste places them: a lieu-dit is the voie (line 4) when there is no voie. */
export function corpusParts(parts: SplitAddressParts): Record<CorpusPart, string> {
  const hasVoie = parts.street !== "" || parts.number !== "";
  return {
    line2: parts.recipientComplement,
    line3: parts.buildingComplement,
    number: parts.number,
    voie: parts.street || (hasVoie ? "" : parts.lieuDit),
    line5: [hasVoie ? parts.lieuDit : "", parts.postBox].filter(Boolean).join(" "),
    postalCode: parts.postalCode,
    city: parts.city,
    cedex: cedexNumber(parts.cedex),
  };
}

const laPosteFold = (text: string): string =>
  foldWords(text)
    .replace(/\bSAINTE\b/g, "STE")
    .replace(/\bSAINT\b/g, "ST");

export function partIsExact(part: CorpusPart, got: string, expected: string): boolean {
  if (part === "number") return got.replace(/\s+/g, "").toUpperCase() === expected.replace(/\s+/g, "").toUpperCase();
  return expected.split("|").some((accepted) => laPosteFold(got) === laPosteFold(accepted));
}

export interface CorpusScore {
  readonly row: CorpusRow;
  readonly got: Readonly<Record<CorpusPart, string>>;
  readonly wrong: readonly CorpusPart[];
  /** A CEDEX, BP, CS or TSA address whose code was called non-existent. */
  readonly boxFlaggedInvalid: boolean;
}

export function scoreCorpusRow(index: PostalIndex, row: CorpusRow): CorpusScore {
  const { parts, issues } = analyseAddress(row.input, { index, defaultCountry: "FR" });
  const got = corpusParts(parts);
  const wrong = CORPUS_PARTS.filter((part) => !partIsExact(part, got[part], row.expected[part]));
  const byCompany = row.expected.cedex !== "" || /\b(BP|CS|TSA)\b/.test(foldWords(row.expected.line5));
  const boxFlaggedInvalid = byCompany && issues.some((issue) => issue.code === "address.unknownPostalCode" || issue.kind === "invalid");
  return { row, got, wrong, boxFlaggedInvalid };
}

export interface CorpusRates {
  readonly rows: number;
  /** Share of all labelled parts that are exact (the issue's "≥ 99 % of parts"). */
  readonly parts: number;
  /** Share of rows whose every part is exact (the exact-split rate). */
  readonly exactRows: number;
  readonly perPart: Readonly<Record<CorpusPart, number>>;
  readonly boxFlaggedInvalid: number;
}

export function measureCorpus(scores: readonly CorpusScore[]): CorpusRates {
  const perPart = Object.fromEntries(
    CORPUS_PARTS.map((part) => [part, scores.filter((s) => !s.wrong.includes(part)).length / Math.max(1, scores.length)]),
  ) as Record<CorpusPart, number>;
  const wrongParts = scores.reduce((sum, s) => sum + s.wrong.length, 0);
  return {
    rows: scores.length,
    parts: 1 - wrongParts / Math.max(1, scores.length * CORPUS_PARTS.length),
    exactRows: scores.filter((s) => s.wrong.length === 0).length / Math.max(1, scores.length),
    perPart,
    boxFlaggedInvalid: scores.filter((s) => s.boxFlaggedInvalid).length,
  };
}
