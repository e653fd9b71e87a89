import type { Lang } from "../../engine";

/**
 * The language of messages: Excel's display language when the Office runtime is present
 * (`Office.context.displayLanguage`, e.g. "zh-CN" → zh), English otherwise. Read through `globalThis`
 * with a typed guard (the functions layer may not use the `Office` global directly), and overridable
 * for tests with {@link setLanguage}.
 */

let override: Lang | undefined;

/**
 * Forces the message language (tests, or a host that knows better); `undefined` restores detection.
 * @param lang the language, or undefined
 */
export function setLanguage(lang: Lang | undefined): void {
  override = lang;
}

/** Maps a BCP-47 tag to one of our two languages: any `zh*` tag is Chinese, everything else English. */
export function langOf(tag: unknown): Lang {
  return typeof tag === "string" && /^zh\b/i.test(tag.trim()) ? "zh" : "en";
}

/** The current message language. */
export function currentLanguage(): Lang {
  if (override !== undefined) return override;
  try {
    const office = (globalThis as { Office?: unknown }).Office;
    if (typeof office !== "object" || office === null) return "en";
    const context = (office as { context?: unknown }).context;
    if (typeof context !== "object" || context === null) return "en";
    return langOf((context as { displayLanguage?: unknown }).displayLanguage);
  } catch {
    return "en"; // a host whose context getter throws before Office.onReady: keep English
  }
}
