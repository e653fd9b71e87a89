import { createContext } from "react";
import type { Lang } from "../engine";
import { translator, type Translate } from "./i18n/strings";

/** The display language and its translate function, provided by App. */
export interface Locale {
  readonly lang: Lang;
  readonly t: Translate;
}

/** Context of the current {@link Locale}; English until App provides one. */
export const LocaleContext = createContext<Locale>({ lang: "en", t: translator("en") });
