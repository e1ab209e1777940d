import { defineMessages } from "../i18n/defineMessages";
import { LocalizedError } from "../localizedError";
import type { Table } from "../table/table";
import type { DuplicateResult } from "./findDuplicates";

const say = defineMessages(
  {
    groupsChanged:
      "La feuille a changé depuis la recherche des doublons : {count} groupe(s) accepté(s) ne se retrouvent plus à l'identique (lignes {rows}). Relancez « Chercher les doublons », revoyez les groupes, puis fusionnez. Rien n'a été écrit.",
  },
  {
    groupsChanged:
      "The sheet changed since the duplicates were searched: {count} accepted group(s) are no longer found as they were (rows {rows}). Run “Find duplicates” again, review the groups, then merge. Nothing was written.",
  },
);

/**
 * The finding with only the groups the user accepted in the review (each given by its sheet
 * rows). The finding is run again on the sheet as it is now and is deterministic (fixed seed),
 * so an accepted group is found again exactly unless the sheet changed: then nothing is merged
 * and the user is told to search again, rather than merging rows they never saw together.
 */
export function acceptedClusters(table: Table, result: DuplicateResult, accepted: readonly (readonly number[])[]): DuplicateResult {
  const keyOf = (rows: readonly number[]) => [...rows].sort((a, b) => a - b).join(",");
  const wanted = new Set(accepted.map(keyOf));
  const clusters = result.clusters.filter((cluster) => wanted.has(keyOf(cluster.members.map((m) => table.rows[m]!.rowNumber))));
  if (clusters.length < wanted.size) {
    const found = new Set(clusters.map((cluster) => keyOf(cluster.members.map((m) => table.rows[m]!.rowNumber))));
    const lost = [...wanted].filter((key) => !found.has(key));
    throw new LocalizedError(say, "groupsChanged", { count: lost.length, rows: lost.slice(0, 3).join(" ; ") });
  }
  return {
    clusters,
    get records() {
      return result.records;
    },
    completeness: result.completeness,
    columns: result.columns,
    stats: result.stats,
    model: result.model,
  };
}
