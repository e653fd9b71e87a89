import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from "../data/stopWords";
import { SYNONYM_GROUPS } from "../data/synonyms";
import { normalizeText } from "../parse/normalize";
import { stem } from "./stem";

/**
 * Text → concept ids for KPI–strategy similarity (DOMAIN §4). English words are stemmed, Chinese runs
 * are scanned for synonym terms (longest first) and the rest is segmented with `Intl.Segmenter`;
 * stop words are dropped and synonyms become their group's id, so "提升Revenue", "Grow sales" and
 * "增加销售额" all give `["revenue"]`.
 */

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[a-z0-9]+(?:&[a-z0-9]+)*/gu;
const STOP = Symbol("stop");
type Concept = string | typeof STOP;

/** Stemmed English word sequences ("market share") and Chinese terms → concept id (or STOP). */
const englishTerms = new Map<string, Concept>();
const chineseTerms = new Map<string, Concept>();
const englishStopRaw = new Set(ENGLISH_STOP_WORDS);
const englishStopStemmed = new Set(ENGLISH_STOP_WORDS.map(stem));
let maxPhraseWords = 1;
let maxChineseLength = 2;

function englishWords(text: string): string[] {
  return Array.from(normalizeText(text).matchAll(RUNS), (m) => m[0]).filter((w) => !HAN.test(w));
}

for (const word of CHINESE_STOP_WORDS) if (word.length >= 2) chineseTerms.set(word, STOP);
for (const group of SYNONYM_GROUPS) {
  for (const term of group.terms) {
    const normal = normalizeText(term);
    if (HAN.test(normal)) {
      chineseTerms.set(normal.replace(/\s+/g, ""), group.id);
      maxChineseLength = Math.max(maxChineseLength, normal.length);
    } else {
      const words = englishWords(normal).map(stem);
      englishTerms.set(words.join(" "), group.id);
      maxPhraseWords = Math.max(maxPhraseWords, words.length);
    }
  }
}

let segmenter: Intl.Segmenter | undefined;

function emitEnglish(words: readonly string[], out: Set<string>): void {
  const stems = words.map(stem);
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(maxPhraseWords, words.length - i); n >= 1 && taken === 0; n--) {
      const concept = englishTerms.get(stems.slice(i, i + n).join(" "));
      if (concept !== undefined) {
        if (concept !== STOP) out.add(concept);
        taken = n;
      }
    }
    if (taken === 0) {
      const word = words[i] ?? "";
      const stemmed = stems[i] ?? "";
      if (word.length >= 2 && !/\d/.test(word) && !englishStopRaw.has(word) && !englishStopStemmed.has(stemmed)) out.add(stemmed);
      taken = 1;
    }
    i += taken;
  }
}

function emitSegments(residual: string, out: Set<string>): void {
  if (residual.length < 2) return;
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  for (const { segment, isWordLike } of segmenter.segment(residual)) {
    if (isWordLike === true && segment.length >= 2 && chineseTerms.get(segment) !== STOP) out.add(segment);
  }
}

function emitChinese(run: string, out: Set<string>): void {
  let start = 0;
  let i = 0;
  while (i < run.length) {
    let taken = 0;
    for (let n = Math.min(maxChineseLength, run.length - i); n >= 2 && taken === 0; n--) {
      const concept = chineseTerms.get(run.slice(i, i + n));
      if (concept !== undefined) {
        emitSegments(run.slice(start, i), out);
        if (concept !== STOP) out.add(concept);
        taken = n;
      }
    }
    i += taken === 0 ? 1 : taken;
    if (taken > 0) start = i;
  }
  emitSegments(run.slice(start), out);
}

/**
 * Splits English, Chinese or mixed text into concept ids (unique, in order of first appearance).
 * @param text any text (KPI name and description, objective name and description)
 * @returns the concept ids: synonym group ids, else English stems or Chinese words
 * @example tokenize("提升Revenue") // ["revenue"]
 * @example tokenize("Customer satisfaction (NPS)") // ["customer", "satisfaction"]
 * @example tokenize("降低单位生产成本") // ["单位", "生产", "cost"]
 */
export function tokenize(text: string): string[] {
  const out = new Set<string>();
  let english: string[] = [];
  for (const match of normalizeText(text).matchAll(RUNS)) {
    const run = match[0];
    if (HAN.test(run)) {
      emitEnglish(english, out);
      english = [];
      emitChinese(run, out);
    } else {
      english.push(run);
    }
  }
  emitEnglish(english, out);
  return [...out];
}
