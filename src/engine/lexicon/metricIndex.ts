/**
 * Finding the metrics of the curated lexicon in a text (DOMAIN §3 "S": a metric noun names a concrete
 * measured thing; §4: a metric links to the themes it serves). Built once from METRIC_LEXICON:
 * English names as word sequences (each word without its plural), abbreviations case-sensitively,
 * Chinese names as substrings. A scan is linear in the text (a map lookup per word or character,
 * longest name first); no regular expression is built per call.
 */
import { METRIC_LEXICON } from "../data/metricLexicon";
import type { MetricEntry } from "../data/lexiconTypes";

/** A metric named in a text. */
export interface MetricHit {
  readonly entry: MetricEntry;
  /** The words as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const HAN = /\p{Script=Han}/u;
const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;
const ABBR = /[A-Za-z][A-Za-z0-9]*(?:[:/][A-Za-z]+)?/g;
const NON_ASCII = /[^\t\n\r -~]/;

/** One English word without its plural ending ("members" → "member", "companies" → "company"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const fold = (text: string) => (NON_ASCII.test(text) ? text.normalize("NFKC") : text).replace(/[-_/]+/g, " ");

/**
 * The text with the metrics found in it blanked out (their positions are in the folded text that
 * findMetrics scans), for reading what the text says besides the metrics it names.
 * @param text the text given to findMetrics
 * @param hits what findMetrics found in it
 * @returns the folded text, each hit replaced by " ; "-free spaces of its length
 * @example withoutMetrics("Gross revenue retention by region", findMetrics("Gross revenue retention by region")) // "                        by region"
 */
export function withoutMetrics(text: string, hits: readonly MetricHit[]): string {
  let source = fold(text);
  for (const hit of hits) source = `${source.slice(0, hit.start)}${" ".repeat(hit.end - hit.start)}${source.slice(hit.end)}`;
  return source;
}
const wordsOf = (name: string) => Array.from(fold(name).toLowerCase().matchAll(WORD), (m) => singular(m[0]));

interface Index {
  readonly english: Map<string, MetricEntry>;
  /** Every leading word sequence of an English name ("net", "net promoter"): a scan stops extending past one that is not. */
  readonly englishPrefixes: Set<string>;
  /** The first two characters of every Chinese name → the lengths of the names they start, longest first: a scan skips positions that start none and tries only those lengths. */
  readonly chineseStarts: Map<string, number[]>;
  readonly maxWords: number;
  readonly abbreviations: Map<string, MetricEntry>;
  readonly chinese: Map<string, MetricEntry>;
  readonly maxChinese: number;
}

function build(lexicon: readonly MetricEntry[]): Index {
  const english = new Map<string, MetricEntry>();
  const englishPrefixes = new Set<string>();
  const chineseStarts = new Map<string, number[]>();
  const abbreviations = new Map<string, MetricEntry>();
  const chinese = new Map<string, MetricEntry>();
  let maxWords = 1;
  let maxChinese = 2;
  for (const entry of lexicon) {
    for (const name of entry.en) {
      const words = wordsOf(name);
      if (words.length === 0) continue;
      const key = words.join(" ");
      if (!english.has(key)) english.set(key, entry);
      for (let n = 1; n <= words.length; n++) englishPrefixes.add(words.slice(0, n).join(" "));
      maxWords = Math.max(maxWords, words.length);
    }
    for (const abbr of entry.abbr ?? []) if (!abbreviations.has(abbr)) abbreviations.set(abbr, entry);
    for (const name of entry.zh) {
      const key = name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
      if (key.length < 2) continue;
      if (!chinese.has(key)) chinese.set(key, entry);
      const lengths = chineseStarts.get(key.slice(0, 2));
      if (lengths === undefined) chineseStarts.set(key.slice(0, 2), [key.length]);
      else if (!lengths.includes(key.length)) lengths.push(key.length);
      maxChinese = Math.max(maxChinese, key.length);
    }
  }
  for (const lengths of chineseStarts.values()) lengths.sort((a, b) => b - a);
  return { english, englishPrefixes, chineseStarts, maxWords, abbreviations, chinese, maxChinese };
}

let index: Index | undefined;
const current = (): Index => (index ??= build(METRIC_LEXICON));

/**
 * The lexicon entry with this id.
 * @param id a MetricEntry id
 * @returns the entry, or undefined
 * @example metricById("net-promoter-score")?.abbr // ["NPS"]
 */
export function metricById(id: string): MetricEntry | undefined {
  return METRIC_LEXICON.find((e) => e.id === id);
}

/**
 * The lexicon's metrics named in a text, in order, never overlapping (the longest name wins).
 * @param text any text, English, Chinese or mixed
 * @returns the hits
 * @example findMetrics("Raise NPS and cut 获客成本").map((h) => h.entry.id) // ["net-promoter-score", "customer-acquisition-cost"]
 */
export function findMetrics(text: string): MetricHit[] {
  if (typeof text !== "string" || text === "") return [];
  const idx = current();
  const source = fold(text);
  const hits: MetricHit[] = [];
  const taken = (start: number, end: number) => hits.some((h) => start < h.end && end > h.start);

  // Chinese names, longest first at each position where one can start.
  const lower = source.toLowerCase();
  if (HAN.test(source)) {
    for (let i = 0; i + 1 < lower.length; i++) {
      const lengths = idx.chineseStarts.get(lower.slice(i, i + 2));
      if (lengths === undefined) continue;
      for (const n of lengths) {
        if (n > lower.length - i) continue;
        const entry = idx.chinese.get(lower.slice(i, i + n));
        if (entry !== undefined) {
          hits.push({ entry, text: source.slice(i, i + n), start: i, end: i + n });
          i += n - 1;
          break;
        }
      }
    }
  }
  // English names as word sequences: the longest name at each word (extended only along known prefixes),
  // then the longest names first, so "ticket resolution time" wins over "average ticket" in "Average ticket
  // resolution time".
  const words = Array.from(lower.matchAll(WORD), (m) => ({ word: singular(m[0]), start: m.index, end: m.index + m[0].length }));
  const candidates: { entry: MetricEntry; first: number; length: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    let key = "";
    let longest = 0;
    let found: MetricEntry | undefined;
    for (let n = 0; n < idx.maxWords && i + n < words.length; n++) {
      key = n === 0 ? (words[i]?.word ?? "") : `${key} ${words[i + n]?.word ?? ""}`;
      if (!idx.englishPrefixes.has(key)) break;
      const entry = idx.english.get(key);
      if (entry !== undefined) {
        found = entry;
        longest = n + 1;
      }
    }
    if (found !== undefined) candidates.push({ entry: found, first: i, length: longest });
  }
  candidates.sort((a, b) => b.length - a.length || a.first - b.first);
  for (const { entry, first, length } of candidates) {
    const start = words[first]?.start ?? 0;
    const end = words[first + length - 1]?.end ?? 0;
    if (taken(start, end)) continue;
    hits.push({ entry, text: source.slice(start, end), start, end });
  }
  // Abbreviations, case-sensitive whole words ("NPS", "eNPS", "LTV:CAC").
  for (const m of source.matchAll(ABBR)) {
    const before = source.charAt(m.index - 1);
    const after = source.charAt(m.index + m[0].length);
    if (/[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after)) continue;
    const entry = idx.abbreviations.get(m[0]) ?? idx.abbreviations.get(m[0].replace(/s$/, ""));
    const end = m.index + m[0].length;
    if (entry !== undefined && !taken(m.index, end)) hits.push({ entry, text: m[0], start: m.index, end });
  }
  return hits.sort((a, b) => a.start - b.start);
}
