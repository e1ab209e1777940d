import { Help, type Argument, type Command, type HelpConfiguration, type Option } from "commander";
import type { Lang } from "../engine/i18n/lang";
import { COMMANDER_TEXTS, FRENCH_ARGUMENTS, FRENCH_OPTIONS, FRENCH_TITLES } from "./frenchHelp";

/**
 * `--help` in the user's language. Commands register English option texts and "English /
 * français" command descriptions; this picks the side, or the French text of frenchHelp.ts.
 */
export function localizedHelp(lang: Lang): HelpConfiguration {
  const base = new Help();
  // Commander lists a command's options just before describing them: which command it is picks
  // the "command --flag" texts (calls --today, export --where) over the shared ones.
  let command = "";
  return {
    visibleOptions: (shown: Command) => {
      command = shown.name();
      return base.visibleOptions(shown);
    },
    commandUsage: (command: Command) => frenchTerms(base.commandUsage(command), lang),
    subcommandTerm: (command: Command) => frenchTerms(base.subcommandTerm(command), lang),
    argumentTerm: (argument: Argument) => frenchTerms(base.argumentTerm(argument), lang),
    styleTitle: (title: string) => (lang === "fr" ? (FRENCH_TITLES[title] ?? title) : title),
    commandDescription: (command: Command) => pickSide(command.description(), lang),
    subcommandDescription: (command: Command) => pickSide(command.summary() || command.description(), lang),
    optionDescription: (option: Option) => (lang === "fr" ? frenchOption(option, command) : commanderText(base.optionDescription(option), lang)),
    argumentDescription: (argument: Argument) => (lang === "fr" ? (FRENCH_ARGUMENTS[argument.name()] ?? argument.description) : argument.description),
  };
}

/** The French text of an option, with its default when commander would show one. */
export function frenchOption(option: Option, command = ""): string {
  const text = FRENCH_OPTIONS[`${command} ${option.long ?? ""}`] ?? FRENCH_OPTIONS[option.long ?? ""] ?? commanderText(option.description, "fr");
  const shown = typeof option.defaultValue === "string" && option.defaultValue !== "" ? ` (par défaut : ${option.defaultValue})` : "";
  return `${text}${shown}`;
}

/** "<file>" → "<fichier>" in usage lines: the placeholders a French user reads. */
function frenchTerms(text: string, lang: Lang): string {
  if (lang !== "fr") return text;
  return text
    .replace(/<file>/g, "<fichier>")
    .replace(/<orders>/g, "<commandes>")
    .replace(/\[command\]/g, "[commande]")
    .replace(/^file$/, "fichier")
    .replace(/^orders$/, "commandes");
}

/** "English / français": the side of the language; a text without " / " is both. */
function pickSide(description: string, lang: Lang): string {
  const cut = description.lastIndexOf(" / ");
  if (cut < 0) return commanderText(description, lang);
  return lang === "fr" ? description.slice(cut + 3) : description.slice(0, cut);
}

function commanderText(text: string, lang: Lang): string {
  return COMMANDER_TEXTS[text]?.[lang] ?? text;
}
