/**
 * Compiles vocabulary lists (src/engine/data) into one RegExp each, once, at module load: checkSmart
 * runs on 100,000 KPIs, so no regular expression is ever built per call.
 * English terms match by whole word (ASCII letters/digits as the word boundary, so "CRM系统" still
 * finds "crm"); Chinese terms match as substrings, since Chinese text has no spaces.
 */

/** How English entries are inflected when matched. */
export type Inflection = "noun" | "verb" | "none";

/** A compiled word list. */
export interface WordMatcher {
  /** Whether any term occurs in the text. */
  test(text: string): boolean;
  /** Every term found, in order, lower-cased as written in the text (repeats kept). */
  find(text: string): string[];
  /** The text with every term replaced by a space. */
  remove(text: string): string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const VOWEL = /[aeiou]/;
const SEPARATORS = /[\s-]+/g;

/** English word → pattern with inflections: noun "cost" → costs; verb "reduce" → reduces/reduced/reducing (never "-ment": "development" is not the verb "develop"). */
function englishPattern(term: string, inflection: Inflection): string {
  const words = term.toLowerCase().trim().split(/[\s-]+/).map(escape);
  const last = words.pop() ?? "";
  let tail = last;
  if (inflection === "noun") tail = `${last}(?:s|es)?`;
  if (inflection === "verb" && /^[a-z]+$/.test(last)) {
    if (last.endsWith("e")) tail = `${last.slice(0, -1)}(?:e|es|ed|ing)`;
    else {
      const end = last.charAt(last.length - 1);
      const doubled = last.length >= 3 && !VOWEL.test(end) && VOWEL.test(last.charAt(last.length - 2)) && !VOWEL.test(last.charAt(last.length - 3));
      tail = `${last}(?:s|es|ed|ing${doubled ? `|${end}ed|${end}ing` : ""})?`;
    }
  }
  return [...words, tail].join("[\\s-]+");
}

/**
 * Builds the source of one alternation over English and Chinese terms.
 * @param english English terms with their inflection
 * @param chinese Chinese (substring) terms
 * @returns a RegExp source, or a never-matching one when both lists are empty
 * @example wordListSource([{ terms: ["cost"], inflection: "noun" }], ["成本"]) // "(?<![a-z0-9])(?:cost(?:s|es)?)(?![a-z0-9])|(?:成本)"
 */
export function wordListSource(english: ReadonlyArray<{ terms: readonly string[]; inflection: Inflection }>, chinese: readonly string[]): string {
  const en = english
    .flatMap(({ terms, inflection }) => terms.map((t) => ({ t, p: englishPattern(t, inflection) })))
    .sort((a, b) => byLength(a.t, b.t))
    .map(({ p }) => p);
  const zh = [...chinese].sort(byLength).map(escape);
  const parts: string[] = [];
  if (en.length > 0) parts.push(`(?<![a-z0-9])(?:${[...new Set(en)].join("|")})(?![a-z0-9])`);
  if (zh.length > 0) parts.push(`(?:${[...new Set(zh)].join("|")})`);
  return parts.length > 0 ? parts.join("|") : "(?!)";
}

/**
 * Compiles English and Chinese term lists into one matcher.
 * @param english English terms with their inflection (whole-word match)
 * @param chinese Chinese terms (substring match)
 * @returns a matcher to reuse for every call
 * @example makeWordMatcher([{ terms: ["revenue"], inflection: "noun" }], ["销售额"]).find("Revenue and 销售额") // ["revenue", "销售额"]
 */
export function makeWordMatcher(english: ReadonlyArray<{ terms: readonly string[]; inflection: Inflection }>, chinese: readonly string[]): WordMatcher {
  const source = wordListSource(english, chinese);
  const once = new RegExp(source, "iu");
  const all = new RegExp(source, "giu");
  return {
    test: (text) => once.test(text),
    remove: (text) => text.replace(all, " "),
    find(text) {
      const found: string[] = [];
      all.lastIndex = 0;
      for (let m = all.exec(text); m !== null; m = all.exec(text)) {
        found.push(m[0].toLowerCase().replace(SEPARATORS, " "));
        if (m[0] === "") all.lastIndex += 1;
      }
      return found;
    },
  };
}
