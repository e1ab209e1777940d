/** French first: the users are mostly French sales staff and students. */
export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "fr";

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** "fr-FR", "fr_CA", "en-US" → fr / en; anything else falls back to French. */
export function langFromLocale(locale: string | undefined | null): Lang {
  const code = (locale ?? "").slice(0, 2).toLowerCase();
  return isLang(code) ? code : DEFAULT_LANG;
}

/** Each language in its own words, as a language menu lists them. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { fr: "Français", en: "English" };
