/**
 * A Chinese phrase two texts share (DOMAIN §4 "text similarity … Chinese word segmentation"): word
 * segmenters cut names they do not know into pieces ("村集体" into 村/集体, "政企" into 政/企业), so a KPI
 * and an objective that share a three-character subject ("村集体经营性收入" and "壮大村集体经济") look
 * alike in one word only. Here the texts are compared as characters: the longest run of Chinese
 * characters both contain, once the words any goal uses (提升, 管理, 目标 …, data/stopWords.ts and the
 * vague verbs) are taken out and the metric head is cut off its end ("满意度" → "满意": employee and
 * customer satisfaction share no subject). Two characters count only when they are a subject few
 * measures name ("联赛" in 联赛排名 and 争取联赛好成绩, "损耗" in 产线损耗率 and 减少生产损耗: specificity.ts).
 */
import { VAGUE_ADJECTIVES_ZH, VAGUE_VERBS_ZH } from "../data/vagueWords.zh";
import { CHINESE_STOP_WORDS } from "../data/stopWords";
import { ZH_HEAD_EXCLUSIONS, ZH_METRIC_HEADS } from "../data/metricHeads";
import { isSpecificChinese } from "./specificity";

/** Shortest shared phrase that counts: three characters ("村集体", "公租房"); two are too often chance. */
export const MIN_SHARED_PHRASE = 3;

const MASKED = [...new Set([...CHINESE_STOP_WORDS, ...VAGUE_VERBS_ZH, ...VAGUE_ADJECTIVES_ZH])].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);
const HEADS = [...ZH_METRIC_HEADS].sort((a, b) => b.length - a.length);
const NOT_HAN = /[^\p{Script=Han}]+/gu;

/** A run of Chinese characters; where its words begin and end is worked out only when it is needed. */
export interface PhraseRun {
  readonly text: string;
  /** Word boundaries (offsets, 0 and the length included), segmented on first use. */
  bounds(): ReadonlySet<number>;
}

let segmenter: Intl.Segmenter | undefined;

function run(text: string): PhraseRun {
  let bounds: Set<number> | undefined;
  return {
    text,
    bounds() {
      if (bounds === undefined) {
        bounds = new Set<number>([0, text.length]);
        for (const piece of (segmenter ??= new Intl.Segmenter("zh", { granularity: "word" })).segment(text)) bounds.add(piece.index);
      }
      return bounds;
    },
  };
}

/** Whether two runs have any three characters in a row in common (cheap; most pairs have none). */
function shareTrigram(x: string, y: string): boolean {
  for (let i = 0; i + MIN_SHARED_PHRASE <= x.length; i++) if (y.includes(x.slice(i, i + MIN_SHARED_PHRASE))) return true;
  return false;
}

/**
 * The runs of Chinese characters a text compares by: generic words masked out.
 * @param text any text
 * @returns runs of two or more characters with their word boundaries (none for a text without Chinese)
 * @example phraseRuns("壮大村集体经济")[0]?.text // "壮大村集体经济"
 */
export function phraseRuns(text: string): PhraseRun[] {
  if (typeof text !== "string" || !/\p{Script=Han}/u.test(text)) return [];
  let masked = text.normalize("NFKC");
  for (const word of MASKED) if (masked.includes(word)) masked = masked.split(word).join(" ");
  return masked
    .split(NOT_HAN)
    .filter((piece) => piece.length >= 2)
    .map(run);
}

/** The phrase without the metric head it ends in ("客户流失率" → "客户流失"). */
function withoutHead(phrase: string): string {
  let out = phrase;
  for (let guard = 0; guard < 3; guard++) {
    const head = HEADS.find((h) => out.length > h.length && out.endsWith(h));
    if (head === undefined) break;
    out = out.slice(0, -head.length);
  }
  return out;
}

/** Whether `phrase` occurs in the run beginning and ending on word boundaries. */
function occursAsWords(phrase: string, run: PhraseRun): boolean {
  for (let at = run.text.indexOf(phrase); at >= 0; at = run.text.indexOf(phrase, at + 1)) {
    const bounds = run.bounds();
    if (bounds.has(at) && bounds.has(at + phrase.length)) return true;
  }
  return false;
}

/**
 * The longest phrase two sets of runs share, whole words in both ("村集体", never "村集体经" of 村集体经营
 * and 村集体经济), of at least three characters once its metric head is cut off.
 * @param a runs of one text (`phraseRuns`)
 * @param b runs of the other
 * @returns the phrase, or undefined
 * @example sharedPhrase(phraseRuns("村集体经营性收入"), phraseRuns("壮大村集体经济")) // "村集体"
 */
export function sharedPhrase(a: readonly PhraseRun[], b: readonly PhraseRun[]): string | undefined {
  let best = "";
  for (const x of a) {
    const others = b.filter((y) => shareTrigram(x.text, y.text));
    if (others.length === 0) continue;
    const bounds = [...x.bounds()].sort((m, n) => m - n);
    for (let i = 0; i < bounds.length; i++) {
      for (let k = bounds.length - 1; k > i; k--) {
        const from = bounds[i] ?? 0;
        const to = bounds[k] ?? 0;
        if (to - from < MIN_SHARED_PHRASE || to - from <= best.length) break;
        const phrase = x.text.slice(from, to);
        if (!others.some((y) => occursAsWords(phrase, y))) continue;
        const subject = withoutHead(phrase);
        if (subject.length >= MIN_SHARED_PHRASE && subject.length > best.length) best = subject;
      }
    }
  }
  return best === "" ? specificPair(a, b) : best;
}

/** Single characters that end a metric or start a new word after one: a pair holding them is chance. */
const HEAD_CHARACTERS = new Set(["率", "额", "量", "数", "值", "度", "比"]);
const HEAD_WORDS = new Set([...ZH_METRIC_HEADS, ...ZH_HEAD_EXCLUSIONS]);

/** The first two characters in a row both texts hold that are a specific subject, if any. */
function specificPair(a: readonly PhraseRun[], b: readonly PhraseRun[]): string | undefined {
  for (const x of a) {
    for (let i = 0; i + 2 <= x.text.length; i++) {
      const pair = x.text.slice(i, i + 2);
      if (HEAD_WORDS.has(pair) || [...pair].some((c) => HEAD_CHARACTERS.has(c))) continue;
      if (b.some((y) => y.text.includes(pair)) && isSpecificChinese(pair)) return pair;
    }
  }
  return undefined;
}
