import { isLang, langFromLocale, type Lang } from "../engine/i18n/lang";

/** Where a command writes, so tests can run the CLI in-process and read what it printed. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
}

/** Options every job shares (DESIGN.md: -o, --report, --sheet, --lang). */
export interface CommonOptions {
  readonly sheet?: string;
  readonly lang?: string;
  readonly report?: string;
  readonly headerRow?: string;
  readonly progress?: boolean;
}

/** --lang wins; otherwise the terminal's locale (LANG=fr_FR.UTF-8 → fr); French by default. */
export function cliLang(option: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (option !== undefined) return isLang(option) ? option : langFromLocale(option);
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || "fr");
}
