import { defineMessages } from "../engine/i18n/defineMessages";

/** What the command line itself says: usage errors (commander's included) and the bug line. */
export const cliMessage = defineMessages(
  {
    unknownOption: "Option inconnue : {option}. Les options de la commande : tria {command} --help.",
    didYouMean: "Vouliez-vous dire {suggestion} ?",
    unknownCommand: "Commande inconnue : {name}. Les commandes : tria --help.",
    missingArgument: "Il manque l'argument {argument} : par ex. tria {command} {example} (tria {command} --help).",
    optionMissingArgument: "L'option {option} attend une valeur (tria {command} --help).",
    missingMandatoryOption: "L'option {option} est obligatoire pour tria {command}.",
    excessArguments: "Trop d'arguments pour tria {command} : un seul fichier à la fois ; entourez de guillemets un nom qui contient des espaces.",
    invalidArgument: "Valeur refusée pour {option} (tria {command} --help).",
    otherUsage: "Ligne de commande incorrecte (tria --help).",
    badLang: "Langue inconnue « {value} » pour --lang : choisissez fr ou en.",
    badHeaderRow: "--header-row attend un numéro de ligne entier de 1 à 1 048 576, pas « {value} ».",
    outputNotXlsx: "-o {file} : Tria écrit un classeur .xlsx (couleurs et notes n'existent pas en CSV). Donnez un nom en .xlsx, par ex. -o {suggested}.",
    bug: "erreur inattendue (un défaut de Tria) : {message}. Signalez-la avec la commande tapée ; TRIA_DEBUG=1 affiche le détail.",
  },
  {
    unknownOption: "Unknown option: {option}. The command's options: tria {command} --help.",
    didYouMean: "Did you mean {suggestion}?",
    unknownCommand: "Unknown command: {name}. The commands: tria --help.",
    missingArgument: "The {argument} argument is missing: e.g. tria {command} {example} (tria {command} --help).",
    optionMissingArgument: "The option {option} needs a value (tria {command} --help).",
    missingMandatoryOption: "The option {option} is required by tria {command}.",
    excessArguments: "Too many arguments for tria {command}: one file at a time; put a name with spaces in quotes.",
    invalidArgument: "Value refused for {option} (tria {command} --help).",
    otherUsage: "Wrong command line (tria --help).",
    badLang: 'Unknown language "{value}" for --lang: choose fr or en.',
    badHeaderRow: '--header-row takes a whole row number from 1 to 1,048,576, not "{value}".',
    outputNotXlsx: "-o {file}: Tria writes an .xlsx workbook (colours and notes do not exist in CSV). Give an .xlsx name, e.g. -o {suggested}.",
    bug: "unexpected error (a defect in Tria): {message}. Please report it with the command you typed; TRIA_DEBUG=1 shows the details.",
  },
);
