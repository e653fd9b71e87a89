/**
 * How specific a concept is (DOMAIN §4 "3 when clearly related"): a word most measures share ("cost",
 * "service", "time", 客户, 服务) says little about which objective a KPI serves, but a word few of them
 * use ("league", "vet", "driver", 联赛, 损耗) is the subject itself. Specificity is read off our own
 * curated data, as a document frequency: each metric of the lexicon (its names in both languages) and
 * each topic (its terms) is one document, and a concept found in few of them is specific. Built once,
 * on first use. Nouns any plan uses ("team", 项目: data/genericWords.ts) are never specific.
 */
import { GENERIC_WORDS_EN, GENERIC_WORDS_ZH } from "../data/genericWords";
import { METRIC_LEXICON } from "../data/metricLexicon";
import { TOPICS } from "../lexicon/topics";
import { tokenize } from "./tokenize";

/** A concept in at most this many documents (of about 800) is specific. */
export const SPECIFIC_MAX_DOCUMENTS = 6;

let frequency: Map<string, number> | undefined;
let generic: Set<string> | undefined;
let chineseDocuments: string[] | undefined;
const chineseFrequency = new Map<string, number>();

function documentFrequency(): Map<string, number> {
  const counts = new Map<string, number>();
  const documents = [
    ...METRIC_LEXICON.map((m) => [...m.en, ...(m.abbr ?? []), ...m.zh]),
    ...TOPICS.map((t) => [...t.en, ...t.zh]),
  ];
  for (const names of documents) {
    for (const concept of new Set(tokenize(names.join(" ; ")))) counts.set(concept, (counts.get(concept) ?? 0) + 1);
  }
  return counts;
}

/**
 * In how many documents of the curated data a concept appears.
 * @param concept a concept id from `tokenize`
 * @returns the count (0 for a concept the data never uses)
 */
export function conceptFrequency(concept: string): number {
  return (frequency ??= documentFrequency()).get(concept) ?? 0;
}

/**
 * Whether a concept names a subject, not a word most measures share.
 * @param concept a concept id from `tokenize`
 * @returns true when at most SPECIFIC_MAX_DOCUMENTS documents use it
 * @example isSpecific("league") // true; isSpecific("cost") // false
 */
export function isSpecific(concept: string): boolean {
  generic ??= new Set([...GENERIC_WORDS_EN, ...GENERIC_WORDS_ZH].flatMap((w) => tokenize(w)));
  return !generic.has(concept) && conceptFrequency(concept) <= SPECIFIC_MAX_DOCUMENTS;
}

/**
 * Whether two Chinese characters in a row name a subject: no word any plan uses (data/genericWords.ts),
 * and found in at most SPECIFIC_MAX_DOCUMENTS documents' Chinese names (as a substring: word
 * segmenters cut unknown names apart, "联赛" into 联/赛).
 * @param pair two Chinese characters
 * @returns true when specific
 * @example isSpecificChinese("联赛") // true; isSpecificChinese("客户") // false
 */
export function isSpecificChinese(pair: string): boolean {
  if (GENERIC_WORDS_ZH.includes(pair)) return false;
  let count = chineseFrequency.get(pair);
  if (count === undefined) {
    chineseDocuments ??= [...METRIC_LEXICON.map((m) => m.zh.join("|")), ...TOPICS.map((t) => t.zh.join("|"))];
    count = chineseDocuments.reduce((n, doc) => (doc.includes(pair) ? n + 1 : n), 0);
    chineseFrequency.set(pair, count);
  }
  return count <= SPECIFIC_MAX_DOCUMENTS;
}
