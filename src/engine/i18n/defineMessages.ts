import type { Lang } from "./lang";

/** Values put into a message's {placeholders}. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * One message: a text with {name} placeholders, or plural forms chosen by the number in
 * {count} with the language's own rules (Intl.PluralRules: in French 0 and 1 are "one",
 * so "0 groupe de doublons"; in English only 1 is).
 */
export type MessageTemplate = string | { readonly one: string; readonly other: string };

/** A catalog made by defineMessages: `say(lang, key, params)`. */
export interface MessageCatalog<K extends string> {
  (lang: Lang, key: K, params?: MessageParams): string;
  readonly keys: readonly K[];
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralForm(lang: Lang, count: number): "one" | "other" {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count) === "one" ? "one" : "other";
}

/** Fills {name} placeholders; an unknown one stays as written, so a missing value shows. */
export function fillPlaceholders(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The one way Tria declares what it says: French first, English with exactly the same keys (a
 * missing or extra translation is a compile error), one placeholder syntax, plural forms.
 */
export function defineMessages<const F extends Record<string, MessageTemplate>>(
  fr: F,
  en: { readonly [K in keyof F]: MessageTemplate },
): MessageCatalog<keyof F & string> {
  const catalogs: Readonly<Record<Lang, Readonly<Record<string, MessageTemplate>>>> = { fr, en };
  const say = (lang: Lang, key: keyof F & string, params: MessageParams = {}): string => {
    const template = catalogs[lang][key]!;
    if (typeof template === "string") return fillPlaceholders(template, params);
    const count = Number(params.count ?? 0);
    return fillPlaceholders(template[pluralForm(lang, count)], params);
  };
  return Object.assign(say, { keys: Object.keys(fr) as (keyof F & string)[] });
}
