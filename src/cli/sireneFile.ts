import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { basename } from "node:path";
import { TriaError } from "../engine/errors";
import type { Lang } from "../engine/i18n/lang";
import { SireneExtractReader, type SireneIndex, type SireneNeeds } from "../engine/structure/sirene/sireneIndex";
import { SireneFileError } from "../engine/structure/sirene/sireneMessages";
import { UsageError } from "./commonOptions";

/**
 * `--sirene FILE`: the user's SIRENE StockEtablissement CSV (whole, ~8 GB, or an extract),
 * streamed line by line once the customer file is read; only the establishments it needs are
 * kept. A missing file, a folder, a zip or a file without SIRENE's columns stops the job with
 * a message that says what to do, before anything is written.
 */
export function sireneLoader(file: string, lang: Lang, onLines?: (lines: number) => void): (needs: SireneNeeds) => Promise<SireneIndex> {
  return async (needs) => {
    const info = await stat(file).catch(() => undefined);
    if (!info) throw new TriaError("fileNotFound", { file });
    if (info.isDirectory()) throw new TriaError("isFolder", { file });
    const reader = new SireneExtractReader(needs, basename(file));
    const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
    try {
      let count = 0;
      for await (const line of lines) {
        reader.addLine(line);
        if (++count % 1_000_000 === 0) onLines?.(count);
      }
      return reader.index();
    } catch (error) {
      if (error instanceof SireneFileError) throw new UsageError(`--sirene: ${error.messageIn(lang)}`);
      throw error;
    } finally {
      lines.close();
    }
  };
}
