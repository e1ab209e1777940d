/**
 * Exact-parts rate of the address engine (issue 13) on labelled one-line addresses from real
 * communes (samples/addressCases.ts), per part and per way of typing:
 *   npx tsx src/tools/addressAccuracy.ts [--per-style 120] [--seed 13] [--failures STYLE]
 *   npx tsx src/tools/addressAccuracy.ts --corpus [--failures]   (the hand-labelled corpus, laPosteCorpus.ts)
 * A part is exact when it equals the expected one once folded (case, accents, punctuation);
 * a number is compared without spaces ("12 BIS" = "12BIS"); a town is exact when it is one of
 * the official spellings (libellé d'acheminement or commune name). The parts are those the
 * Structure job writes: splitAddress, then the town recovered and checked against the base.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { analyseAddress } from "../engine/structure/address/analyseAddress";
import { buildPostalIndex, type PostalIndex } from "../engine/structure/address/postalIndex";
import { foldWords } from "../engine/structure/address/foldText";
import { DEFAULT_OUT } from "./packPostalCodes";
import { generateAddressCases, type AddressCase } from "./samples/addressCases";
import { CORPUS_PARTS, measureCorpus, readCorpus, scoreCorpusRow } from "./laPosteCorpus";

export const PARTS = ["number", "street", "postalCode", "town"] as const;
type Part = (typeof PARTS)[number];

export interface CaseResult {
  readonly exact: Readonly<Record<Part, boolean>>;
  /** A CEDEX, BP or CS address whose code was called non-existent. */
  readonly cedexFlaggedInvalid: boolean;
  readonly got: Readonly<Record<Part, string>>;
}

export function loadPostalIndex(): PostalIndex {
  return buildPostalIndex(JSON.parse(readFileSync(DEFAULT_OUT, "utf8")));
}

export function scoreCase(index: PostalIndex, c: AddressCase): CaseResult {
  const { parts, issues } = analyseAddress(c.input, { index, defaultCountry: "FR" });
  const got = { number: parts.number, street: parts.street, postalCode: parts.postalCode, town: parts.city };
  const exact = {
    number: got.number.replace(/\s+/g, "") === c.expected.number.replace(/\s+/g, ""),
    street: foldWords(got.street) === foldWords(c.expected.street),
    postalCode: got.postalCode === c.expected.postalCode,
    town: c.expected.towns.includes(foldWords(got.town)),
  };
  const cedexFlaggedInvalid = c.expected.cedex !== undefined && issues.some((i) => i.code === "address.unknownPostalCode");
  return { exact, cedexFlaggedInvalid, got };
}

export interface Rates {
  readonly cases: number;
  readonly perPart: Readonly<Record<Part, number>>;
  readonly allFour: number;
  readonly cedexFlaggedInvalid: number;
}

export function measure(index: PostalIndex, cases: readonly AddressCase[]): Rates {
  const hits = { number: 0, street: 0, postalCode: 0, town: 0 };
  let all = 0;
  let cedexInvalid = 0;
  for (const c of cases) {
    const r = scoreCase(index, c);
    for (const part of PARTS) if (r.exact[part]) hits[part]++;
    if (PARTS.every((part) => r.exact[part])) all++;
    if (r.cedexFlaggedInvalid) cedexInvalid++;
  }
  const rate = (k: number) => k / Math.max(1, cases.length);
  return {
    cases: cases.length,
    perPart: { number: rate(hits.number), street: rate(hits.street), postalCode: rate(hits.postalCode), town: rate(hits.town) },
    allFour: rate(all),
    cedexFlaggedInvalid: cedexInvalid,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;

function main(): void {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  if (args.includes("--corpus")) return printCorpus(loadPostalIndex(), args.includes("--failures"));
  const cases = generateAddressCases(Number(value("--per-style") ?? 120), Number(value("--seed") ?? 13));
  const index = loadPostalIndex();
  const styles = [...new Set(cases.map((c) => c.style))];
  console.log(`${"style".padEnd(44)} cases  number  street  p.code    town  all 4  CEDEX invalid`);
  for (const style of [...styles, "ALL"]) {
    const subset = style === "ALL" ? cases : cases.filter((c) => c.style === style);
    const r = measure(index, subset);
    console.log(
      `${style.padEnd(44)} ${String(r.cases).padStart(5)} ${pct(r.perPart.number)} ${pct(r.perPart.street)} ${pct(r.perPart.postalCode)} ${pct(r.perPart.town)} ${pct(r.allFour)} ${String(r.cedexFlaggedInvalid).padStart(6)}`,
    );
  }
  const failures = value("--failures");
  if (failures !== undefined) {
    for (const c of cases.filter((k) => failures === "" || k.style.startsWith(failures))) {
      const r = scoreCase(index, c);
      const wrong = PARTS.filter((p) => !r.exact[p]);
      if (wrong.length === 0) continue;
      const expected = { number: c.expected.number, street: c.expected.street, postalCode: c.expected.postalCode, town: c.expected.towns[0] };
      console.log(`${c.style} | ${c.input}\n   ${wrong.map((p) => `${p}: got "${r.got[p]}" want "${expected[p]}"`).join("; ")}`);
    }
  }
}

/** Rates on the hand-labelled corpus, per category: parts exact, rows exact (every part), per part. */
function printCorpus(index: PostalIndex, failures: boolean): void {
  const scores = readCorpus().map((row) => scoreCorpusRow(index, row));
  console.log(`${"category".padEnd(16)} rows  parts  exact rows  ${CORPUS_PARTS.map((p) => p.padStart(11)).join("")}  box invalid`);
  for (const category of [...new Set(scores.map((s) => s.row.category)), "ALL"]) {
    const r = measureCorpus(category === "ALL" ? scores : scores.filter((s) => s.row.category === category));
    console.log(
      `${category.padEnd(16)} ${String(r.rows).padStart(4)} ${pct(r.parts)}     ${pct(r.exactRows)}  ${CORPUS_PARTS.map((p) => pct(r.perPart[p]).padStart(11)).join("")}  ${String(r.boxFlaggedInvalid).padStart(6)}`,
    );
  }
  if (!failures) return;
  for (const s of scores.filter((k) => k.wrong.length > 0)) {
    console.log(`${s.row.category} | ${s.row.input}\n   ${s.wrong.map((p) => `${p}: got "${s.got[p]}" want "${s.row.expected[p]}"`).join("; ")}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
