import type { Host } from "../hosts/host";
import { campaignColumns, CAMPAIGN_MEASURES } from "../engine/method/campaignColumns";
import { tableFromSheet } from "../engine/table/tableFromSheet";

/**
 * The sheet the campaign follow-up reads (web page and `tria campaign`). In Excel the user opens
 * the results sheet first; a file has no active sheet, and the customer sheet comes first in a
 * workbook that holds both. So: of the file's own sheets (never one Tria wrote), the one whose
 * header names the most campaign measures (Envoyés, Ouvertures, Clics, Commandes, CA…); none,
 * the usual sheet.
 */
const HEADER_SEARCH_ROWS = 60;

export async function resultsSheetName(host: Host, ownSheets: readonly string[]): Promise<string | undefined> {
  let best: { name: string; measures: number } | undefined;
  for (const name of ownSheets) {
    const sheet = await host.readSheet(name).catch(() => null);
    if (!sheet || !sheet.rows.some((row) => row.some((cell) => cell !== null))) continue;
    // The header is near the top: a 50,000-row customer sheet is not walked to find it.
    const found = campaignColumns(tableFromSheet({ ...sheet, rows: sheet.rows.slice(0, HEADER_SEARCH_ROWS) }).headers);
    const measures = CAMPAIGN_MEASURES.filter((measure) => measure !== "cost" && found[measure] !== undefined).length;
    if (measures > 0 && measures > (best?.measures ?? 0)) best = { name, measures };
  }
  return best?.name;
}

/** The host as the campaign follow-up reads it: without a sheet named, the results sheet when there is one. */
export async function campaignHost(host: Host, ownSheets: readonly string[]): Promise<Host> {
  const results = await resultsSheetName(host, ownSheets);
  if (results === undefined) return host;
  return {
    listSheets: () => host.listSheets(),
    readSheet: (name, onProgress) => host.readSheet(name ?? results, onProgress),
    apply: (plan, options) => host.apply(plan, options),
  };
}
