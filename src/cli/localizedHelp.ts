import { Help, type Argument, type Command, type HelpConfiguration, type Option } from "commander";
import type { Lang } from "../engine/i18n/lang";
import { inLang } from "../engine/i18n/localeFormat";
import { COMMANDER_TEXTS, FRENCH_ARGUMENTS, FRENCH_OPTIONS, FRENCH_TITLES } from "./frenchHelp";

/** What differs between the French and the English help; the rest is commander's own. */
interface LanguageHelp {
  /** "<file>" → "<fichier>" in usage lines: the placeholders a French user reads. */
  readonly terms: (text: string) => string;
  readonly title: (title: string) => string;
  readonly option: (option: Option, base: Help, command: string) => string;
  readonly argument: (argument: Argument) => string;
}

const FRENCH: LanguageHelp = {
  terms: (text) =>
    text
      .replace(/<file>/g, "<fichier>")
      .replace(/<orders>/g, "<commandes>")
      .replace(/\[command\]/g, "[commande]")
      .replace(/^file$/, "fichier")
      .replace(/^orders$/, "commandes"),
  title: (title) => FRENCH_TITLES[title] ?? title,
  option: (option, _base, command) => frenchOption(option, command),
  argument: (argument) => FRENCH_ARGUMENTS[argument.name()] ?? argument.description,
};

const ENGLISH: LanguageHelp = {
  terms: (text) => text,
  title: (title) => title,
  option: (option, base) => commanderText(base.optionDescription(option), "en"),
  argument: (argument) => argument.description,
};

/**
 * `--help` in the user's language. Commands register English option texts and "English /
 * français" command descriptions; this picks the side, or the French text of frenchHelp.ts.
 */
export function localizedHelp(lang: Lang): HelpConfiguration {
  const base = new Help();
  const help = inLang(lang, FRENCH, ENGLISH);
  // Commander lists a command's options just before describing them: which command it is picks
  // the "command --flag" texts (calls --today, export --where) over the shared ones.
  let command = "";
  return {
    visibleOptions: (shown: Command) => {
      command = shown.name();
      return base.visibleOptions(shown);
    },
    commandUsage: (command: Command) => help.terms(base.commandUsage(command)),
    subcommandTerm: (command: Command) => help.terms(base.subcommandTerm(command)),
    argumentTerm: (argument: Argument) => help.terms(base.argumentTerm(argument)),
    styleTitle: (title: string) => help.title(title),
    commandDescription: (command: Command) => pickSide(command.description(), lang),
    subcommandDescription: (command: Command) => pickSide(command.summary() || command.description(), lang),
    optionDescription: (option: Option) => help.option(option, base, command),
    argumentDescription: (argument: Argument) => help.argument(argument),
  };
}

/** The French text of an option, with its default when commander would show one. */
export function frenchOption(option: Option, command = ""): string {
  const text = FRENCH_OPTIONS[`${command} ${option.long ?? ""}`] ?? FRENCH_OPTIONS[option.long ?? ""] ?? commanderText(option.description, "fr");
  const shown = typeof option.defaultValue === "string" && option.defaultValue !== "" ? ` (par défaut : ${option.defaultValue})` : "";
  return `${text}${shown}`;
}

/** "English / français": the side of the language; a text without " / " is both. */
function pickSide(description: string, lang: Lang): string {
  const cut = description.lastIndexOf(" / ");
  if (cut < 0) return commanderText(description, lang);
  return inLang(lang, description.slice(cut + 3), description.slice(0, cut));
}

function commanderText(text: string, lang: Lang): string {
  return COMMANDER_TEXTS[text]?.[lang] ?? text;
}
