import { Command, CommanderError } from "commander";
import { isTriaError } from "../engine/errors";
import { EXIT, exitCodeFor } from "./exitCodes";
import { cliLang, type CliIo } from "./cliContext";
import { inspectCommand } from "./inspectCommand";
import { registerStructureCommand } from "./structureCommand";
import { registerScoreCommand } from "./scoreCommand";
import { registerDedupeCommand } from "./dedupeCommand";
import { registerRunCommand } from "./runCommand";
import { registerPredictCommand } from "./predictCommand";
import { registerComplyCommand } from "./complyCommand";
import { registerSegmentCommand } from "./segmentCommand";
import { registerCampaignCommand } from "./campaignCommand";
import { addCommonOptions, UsageError } from "./commonOptions";
import packageJson from "../../package.json";

/**
 * The `tria` command line. Returns the exit status instead of calling process.exit, so tests
 * run it in-process. Each job registers its own command (structureCommand.ts, …).
 */
export async function main(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const program = new Command()
    .name("tria")
    .description("Tria — structure, qualify and score customer files (.xlsx, .csv) / structurer, qualifier et scorer des fichiers clients")
    .version(packageJson.version, "-V, --version", "print the version / affiche la version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  addCommonOptions(
    program
      .command("inspect")
      .description("show each column's detected role, confidence, fill rate and examples / rôle détecté de chaque colonne")
      .argument("<file>", "customer file: .xlsx, .csv or .txt"),
    { output: false, dataKind: true },
  )
    .option("--json", "print the JSON report instead of a table")
    .action((file: string, options: Record<string, unknown>) => inspectCommand(file, options, io));

  registerStructureCommand(program, io);
  registerDedupeCommand(program, io);
  registerScoreCommand(program, io);
  registerRunCommand(program, io);
  registerComplyCommand(program, io);
  registerSegmentCommand(program, io);
  registerCampaignCommand(program, io);
  registerPredictCommand(program, io);

  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr.write(`tria: ${error.message}\n`);
      return EXIT.usage;
    }
    const lang = cliLang(langOption(argv), io.env);
    if (isTriaError(error)) {
      io.stderr.write(`tria: ${error.messageIn(lang)}\n`);
      return exitCodeFor(error.code);
    }
    io.stderr.write(`tria: ${lang === "fr" ? "erreur inattendue" : "unexpected error"}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.bug;
  }
}

function langOption(argv: readonly string[]): string | undefined {
  const index = argv.indexOf("--lang");
  return index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
}
