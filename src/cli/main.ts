import { Command, CommanderError } from "commander";
import type { Lang } from "../engine/i18n/lang";
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
import { registerCallsCommand } from "./callsCommand";
import { registerExportCommand } from "./exportCommand";
import { addCommonOptions, UsageError } from "./commonOptions";
import { checkOptions, parseLangOption } from "./checkOptions";
import { localizedHelp } from "./localizedHelp";
import { printable, printableStream } from "./terminalText";
import { cliMessage } from "./cliMessages";
import { usageMessage } from "./usageMessage";
import { writeFailure } from "./writeFailure";
import packageJson from "../../package.json";

/**
 * The `tria` command line. Returns the exit status instead of calling process.exit, so tests
 * run it in-process. Each job registers its own command (structureCommand.ts, …).
 */
export async function main(argv: readonly string[], rawIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  // Cell values and file names reach stdout: control characters there are shown, not obeyed.
  const io: CliIo = { ...rawIo, stdout: printableStream(rawIo.stdout) };
  const lang = messageLang(argv, io.env);
  const program = new Command()
    .name("tria")
    .description("Tria — structure, qualify and score customer files (.xlsx, .csv) / structurer, qualifier et scorer des fichiers clients")
    .version(packageJson.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "display help for command")
    .exitOverride()
    .configureHelp(localizedHelp(lang))
    // Commander's own English error line is replaced by ours (usageMessage), in the user's language.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined })
    .hook("preAction", (_program, command) => checkOptions(command, lang));

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
  registerCallsCommand(program, io);
  registerExportCommand(program, io);
  registerPredictCommand(program, io);

  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    return reportFailure(error, program, argv, lang, io);
  }
}

/** One line on stderr in the user's language, and the exit status: never a stack trace unless asked. */
function reportFailure(error: unknown, program: Command, argv: readonly string[], lang: Lang, io: CliIo): number {
  const say = (text: string) => io.stderr.write(`tria: ${printable(text)}\n`);
  if (error instanceof CommanderError) {
    if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
    // `tria` alone shows the help (on stderr) and exits 1 in commander: a usage error here.
    if (error.code !== "commander.help") say(usageMessage(error, commandName(program, argv), lang));
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    say(error.message);
    return EXIT.usage;
  }
  if (isTriaError(error)) {
    say(error.messageIn(lang));
    return exitCodeFor(error.code);
  }
  const written = writeFailure(error);
  if (written) {
    say(written.messageIn(lang));
    return exitCodeFor(written.code);
  }
  say(cliMessage(lang, "bug", { message: error instanceof Error ? error.message : String(error) }));
  if (io.env.TRIA_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.bug;
}

/** The language of messages before any option is parsed: --lang when valid, else LANG, else French. */
function messageLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.indexOf("--lang");
  const option = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return (option !== undefined ? parseLangOption(option) : null) ?? cliLang(undefined, env);
}

/** The subcommand typed, for "tria structure --help" in messages. */
function commandName(program: Command, argv: readonly string[]): string {
  const names = new Set(program.commands.map((c) => c.name()));
  return argv.slice(2).find((a) => names.has(a)) ?? "";
}
