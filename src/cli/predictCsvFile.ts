import { mkdir, readFile, rm } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import type { Lang } from "../engine/i18n/lang";
import type { Report } from "../engine/report";
import { TriaError } from "../engine/errors";
import type { PredictOptions } from "../engine/predict/predictOptions";
import type { ProgressListener } from "../hosts/host";
import { detectFileKind } from "../hosts/workbook/detectFileKind";
import { jobSheetsBook } from "../hosts/workbook/stream/gridBook";
import { writeGridBook } from "../hosts/workbook/stream/writeGridBook";
import { ZipFileSink } from "../hosts/workbook/node/zipFileSink";
import { defaultOutputPath } from "./jobOutput";
import { predictCsv } from "./predictCsv";

/**
 * The file's bytes when it is a CSV (text), else null: a workbook, or a file that cannot be
 * read, goes the usual way (openWorkbookFile), which says what is wrong.
 */
export async function csvBytes(file: string): Promise<Uint8Array | null> {
  try {
    const bytes = new Uint8Array(await readFile(file));
    return detectFileKind(bytes, basename(file)) === "csv" ? bytes : null;
  } catch {
    return null;
  }
}

/**
 * `tria predict` on a CSV: streamed in (predictCsv.ts) and out. The workbook written holds
 * the job's sheets only, one row per customer then the plan with its charts: the orders
 * themselves stay in the CSV, never modified.
 */
export async function predictCsvFile(
  file: string,
  bytes: Uint8Array,
  wantsWorkbook: boolean,
  options: { readonly output?: string; readonly headerRow?: string },
  context: { lang: Lang; predict: PredictOptions; onProgress?: ProgressListener },
): Promise<{ report: Report; output: string | null }> {
  const output = wantsWorkbook ? (options.output ?? defaultOutputPath(file)) : null;
  if (output !== null && resolve(output) === resolve(file)) throw new TriaError("outputIsInput", { file: output });
  const name = (basename(file).replace(/\.[^.]+$/, "") || "Feuil1").slice(0, 31);
  const { plan, report } = predictCsv(bytes, name, basename(file), {
    ...context.predict,
    lang: context.lang,
    withSheets: output !== null,
    ...(options.headerRow === undefined ? {} : { headerRow: Number(options.headerRow) }),
    ...(context.onProgress ? { onProgress: context.onProgress } : {}),
  });
  if (output === null) return { report, output };
  await mkdir(dirname(output), { recursive: true });
  const sink = new ZipFileSink(output);
  try {
    await writeGridBook(jobSheetsBook(plan.addedSheets), sink, context.onProgress);
    await sink.close();
  } catch (error) {
    await sink.abort();
    await rm(output, { force: true });
    throw error;
  }
  return { report, output };
}
