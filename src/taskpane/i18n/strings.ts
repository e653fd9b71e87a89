import type { Lang } from "../../engine";
import { en, type StringKey } from "./en";
import { zh } from "./zh";

/** Looks up and fills a string of the current language. */
export type Translate = (key: StringKey, vars?: Readonly<Record<string, string | number>>) => string;

const TABLES: Readonly<Record<Lang, Readonly<Record<StringKey, string>>>> = { en, zh };

/**
 * The translate function of a language: `{name}` placeholders are filled from `vars`, unknown ones kept.
 * @param lang the display language
 * @returns `t(key, vars)`
 * @example translator("zh")("detectedRows", { count: 3 }) // "3 行 KPI"
 */
export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, vars) => {
    const text = table[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
