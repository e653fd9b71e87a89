/**
 * Internal: the two forms a header is matched in. `key` is `normalizeHeader` (no spaces: for CJK
 * synonyms and exact lookups); `spaced` keeps word boundaries (" kpi owner ") so Latin synonyms match
 * whole words only ("act" must not match "contact").
 */
import { normalizeHeader } from "../../parse/normalize";

const CJK = /[\u3400-\u9fff]/u;
const SEPARATORS = /[\s\p{P}\p{S}]+/gu;
const LATIN_CJK = /([a-z0-9])([\u3400-\u9fff])|([\u3400-\u9fff])([a-z0-9])/gu;

/**
 * Whether a word is matched as CJK (anywhere in `key`) rather than as whole Latin words.
 * @param word a vocabulary word
 * @returns true when it holds CJK characters
 * @example isCjkWord("KPI名称") // true
 */
export function isCjkWord(word: string): boolean {
  return CJK.test(word);
}

/**
 * Both matching forms of a header text.
 * @param text header text as written
 * @returns `key` (no spaces) and `spaced` (single-spaced words, padded with a space on each side)
 * @example headerKeys("KPI Owner") // { key: "kpiowner", spaced: " kpi owner " }
 */
export function headerKeys(text: string): { key: string; spaced: string } {
  const key = normalizeHeader(text);
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[(（[【][^)）\]】]{0,16}[)）\]】]\s*$/u, "")
    .replace(LATIN_CJK, "$1$3 $2$4")
    .replace(SEPARATORS, " ")
    .trim();
  return { key, spaced: ` ${words} ` };
}

/**
 * The spaced form of a vocabulary word (for Latin whole-word matching).
 * @param word a synonym as written
 * @returns " word word "
 * @example spacedWord("Due Date") // " due date "
 */
export function spacedWord(word: string): string {
  return ` ${word.normalize("NFKC").toLowerCase().replace(SEPARATORS, " ").trim()} `;
}
