import type { CommanderError } from "commander";
import type { Lang } from "../engine/i18n/lang";
import { cliMessage } from "./cliMessages";

/**
 * Commander's usage errors ("error: unknown option '--bogus'") in the user's language. The
 * code says which error; the quoted word in commander's English line is the option or name.
 */
export function usageMessage(error: CommanderError, command: string, lang: Lang): string {
  // "tria  --help" when no command was typed.
  return message(error, command, lang).replace(/tria {2}/g, "tria ");
}

/** Commander names arguments by their English placeholders. */
const ARGUMENT_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  file: { fr: "FICHIER", en: "FILE" },
  orders: { fr: "COMMANDES", en: "ORDERS" },
};

function message(error: CommanderError, command: string, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const suggestion = /Did you mean (.+?)\?/.exec(error.message)?.[1];
  const where = command === "" ? "" : command;
  switch (error.code) {
    case "commander.unknownOption":
      return [cliMessage(lang, "unknownOption", { option: quoted, command: where }), suggestion ? cliMessage(lang, "didYouMean", { suggestion }) : ""]
        .join(" ")
        .trim();
    case "commander.unknownCommand":
      return [cliMessage(lang, "unknownCommand", { name: quoted }), suggestion ? cliMessage(lang, "didYouMean", { suggestion }) : ""].join(" ").trim();
    case "commander.missingArgument":
      return cliMessage(lang, "missingArgument", {
        argument: ARGUMENT_NAMES[quoted]?.[lang] ?? quoted,
        command: where,
        example: quoted === "orders" ? "commandes.csv" : "clients.xlsx",
      });
    case "commander.optionMissingArgument":
      return cliMessage(lang, "optionMissingArgument", { option: quoted.split(" ")[0] ?? quoted, command: where });
    case "commander.missingMandatoryOptionValue":
      return cliMessage(lang, "missingMandatoryOption", { option: quoted.split(" ")[0] ?? quoted, command: where });
    case "commander.excessArguments":
      return cliMessage(lang, "excessArguments", { command: where });
    case "commander.invalidArgument":
      return cliMessage(lang, "invalidArgument", { option: quoted.split(" ")[0] ?? quoted, command: where });
    default:
      return cliMessage(lang, "otherUsage");
  }
}
