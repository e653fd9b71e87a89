import { useContext } from "react";
import { LocaleContext, type Locale } from "./LocaleContext";

/**
 * The current display language and translate function.
 * @returns `{ lang, t }`
 * @example const { t } = useLocale(); t("evaluate") // "Evaluate"
 */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
