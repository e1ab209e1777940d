import type { Command } from "commander";
import type { Report } from "../engine/report";
import type { Lang } from "../engine/i18n/lang";
import { OptionError } from "../engine/optionError";
import type { SegmentRequest } from "../engine/segments/segmentTable";
import { runSegment } from "../app/runSegment";
import { cliLang, type CliIo } from "./cliContext";
import { addTrapOptions, trapRequest, type TrapCliOptions } from "./trapOptions";
import { trapText } from "../engine/method/trapMessages";
import { addCommonOptions } from "./commonOptions";
import { runFileJob, type FileJobCliOptions } from "./fileJob";
import { defineMessages } from "../engine/i18n/defineMessages";
import { formatPercent } from "../engine/i18n/localeFormat";

interface SegmentCliOptions extends FileJobCliOptions, TrapCliOptions {
  readonly where: string[];
  readonly name: string[];
  readonly copy?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `tria segment FILE --where "…" [--name N]…`: one yes/no column per segment, a Segments sheet, --copy for campaign sheets. */
export function registerSegmentCommand(program: Command, io: CliIo): void {
  addTrapOptions(
    addCommonOptions(
      program
        .command("segment")
        .description("cut the file into segments by combined conditions / segmenter le fichier par critères combinés")
        .argument("<file>", "customer file: .xlsx, .csv or .txt"),
      { dataKind: true },
    )
      .option("--where <condition>", 'a segment\'s condition, e.g. "Panier moyen >= 100 et Nb achats / an >= 4" (repeat for several segments)', collect, [])
      .option("--name <name>", "the segment's name, in the order of --where (default: Segment 1, Segment 2…)", collect, [])
      .option("--copy", "also copy each segment's rows to a sheet of its own, for a campaign"),
  )
    .addHelpText(
      "after",
      [
        "",
        "Conditions / conditions : >= <= > < = != · contient / contains · commence par / starts with · dans / in (list: 75, 92, 2A)",
        "  · entre / between … et / and … · est vide / is empty · n'est pas vide / is not empty · et / and · ou / or · non / not · ( )",
        "  Une colonne dont le nom contient un opérateur va entre guillemets ou [crochets] / a column whose name holds an operator goes in quotes or [brackets] :",
        "  [Prix >= seuil] > 10. « Département dans 75, 92 » lit le code postal / reads the postal code.",
      ].join("\n"),
    )
    .action(async (file: string, options: SegmentCliOptions) => {
      const segments = pairSegments(options.where, options.name);
      const lang = cliLang(options.lang, io.env);
      if (options.traps !== undefined && options.copy !== true)
        throw new OptionError("traps.needCopy", { fr: trapText("fr", "needCopy"), en: trapText("en", "needCopy") });
      const traps = await trapRequest(options, lang);
      await runFileJob(
        file,
        options,
        io,
        (host, read) => runSegment(host, { ...read, segments, copy: options.copy === true, ...(traps ? { traps } : {}) }),
        describe,
      );
    });
}

/** --where and --name by position: the n-th name goes with the n-th condition. */
function pairSegments(wheres: readonly string[], names: readonly string[]): SegmentRequest[] {
  if (wheres.length === 0) {
    throw new OptionError("segment.none", {
      fr: 'Il faut au moins une condition : --where "Panier moyen >= 100 et Nb achats / an >= 4".',
      en: 'At least one condition is needed: --where "Average basket >= 100 and Purchases per year >= 4".',
    });
  }
  if (names.length > wheres.length) {
    throw new OptionError("segment.names", {
      fr: `${names.length} --name pour ${wheres.length} --where : chaque nom suit sa condition (--where "…" --name VIP --where "…" --name Relance).`,
      en: `${names.length} --name for ${wheres.length} --where: each name follows its condition (--where "…" --name VIP --where "…" --name Relaunch).`,
    });
  }
  return wheres.map((where, i) => (names[i] === undefined ? { where } : { where, name: names[i] }));
}

const say = defineMessages(
  { segmentLine: { one: "  {name} : {count} ligne sur {total} ({percent}) — {where}", other: "  {name} : {count} lignes sur {total} ({percent}) — {where}" } },
  { segmentLine: { one: "  {name}: {count} row of {total} ({percent}) — {where}", other: "  {name}: {count} rows of {total} ({percent}) — {where}" } },
);

function describe(report: Report, lang: Lang): string {
  const total = report.counts.rows;
  return (report.segments ?? [])
    .map((s) => {
      const share = total === 0 ? 0 : (100 * s.count) / total;
      return say(lang, "segmentLine", { name: s.name, count: s.count, total, percent: formatPercent(lang, share), where: s.where });
    })
    .join("\n");
}
