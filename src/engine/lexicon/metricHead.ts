/**
 * A metric phrase the lexicon does not know, recognised by its form (DOMAIN §3 "S"): a Chinese
 * indicator ending in 率/额/量/数/值/度/占比/周期/天数/时长/指数 …, an English noun phrase ending in
 * rate/ratio/count/score/margin/time/cost/share/index …, "X per Y", "number of X", "share of X", or a
 * counted plural with a modifier ("monthly active members"). Head lists: src/engine/data/metricHeads.ts.
 */
import { CHANGE_WORDS_ZH } from "../data/changeWords.zh";
import { EN_COUNT_MODIFIERS, EN_HEAD_BLOCKERS, EN_METRIC_FRAMES, EN_METRIC_HEADS, EN_SELF_HEADS, ZH_HEAD_EXCLUSIONS, ZH_METRIC_HEADS } from "../data/metricHeads";
import { VAGUE_ADJECTIVES_ZH, VAGUE_VERBS_ZH } from "../data/vagueWords.zh";
import { ENGLISH_STOP_WORDS } from "../data/stopWords";

/** A metric phrase recognised by its head. */
export interface HeadHit {
  /** The phrase as written ("online channel return rate", "退单率"). */
  readonly text: string;
  /** The head that made it one ("rate", "率", "per", "number of", "members"). */
  readonly head: string;
}

const byLength = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ZH_HEADS = [...ZH_METRIC_HEADS].sort(byLength);
const ZH_EXCLUDED_LIST = [...ZH_HEAD_EXCLUSIONS];
/** Leading verbs and adverbs that are not part of the indicator ("提升退单率" → "退单率"). */
const ZH_LEADING = new RegExp(`^(?:${[...VAGUE_VERBS_ZH, ...VAGUE_ADJECTIVES_ZH, ...CHANGE_WORDS_ZH.up, ...CHANGE_WORDS_ZH.down, ...CHANGE_WORDS_ZH.hold, "将", "把", "使", "让", "力争", "全年", "本年", "年度", "月度"].sort(byLength).map(escape).join("|")})+`, "u");
const HAN_RUN = /\p{Script=Han}+/gu;
const EN_HEADS = new Set(EN_METRIC_HEADS);
const EN_SELF = new Set(EN_SELF_HEADS);
const ARTICLES = new Set(["the", "a", "an", "our", "its", "their", "total"]);
const EN_BLOCKERS = new Set(EN_HEAD_BLOCKERS);
const EN_MODIFIERS = new Set(EN_COUNT_MODIFIERS);
const EN_STOP = new Set(ENGLISH_STOP_WORDS);
const FRAME = new RegExp(`(?<![a-z])(?:${[...EN_METRIC_FRAMES].sort(byLength).map(escape).join("|")})\\s+([a-z][a-z-]+)`, "u");
const PER = /(?<![a-z])([a-z][a-z-]+)\s+per\s+([a-z][a-z-]+)/u;
const WORDS = /[a-z][a-z'-]*/g;

/** What follows an indicator at the end of a run before its number ("…占比由38%", "…率提升到35%", "…额同比增长10%"). */
const ZH_TRAILING = new RegExp(`(?:${["由", "从", "自", "达到", "达", "为", "到", "至", "在", "不低于", "不高于", "不超过", "不少于", "以上", "以下", "同比", "环比", ...CHANGE_WORDS_ZH.up, ...CHANGE_WORDS_ZH.down, ...CHANGE_WORDS_ZH.hold].sort(byLength).map(escape).join("|")})$`, "u");

function chineseHead(text: string): HeadHit | undefined {
  for (const m of text.matchAll(HAN_RUN)) {
    // The indicator starts after its verbs and ends before the words that lead to its number.
    let run = m[0];
    for (let i = 0; i < 3 && ZH_TRAILING.test(run); i++) run = run.replace(ZH_TRAILING, "");
    run = run.replace(ZH_LEADING, "");
    for (const head of ZH_HEADS) {
      if (!run.endsWith(head) || run.length <= head.length) continue;
      // An excluded ending ("服务质量", "工作效率") is no indicator; else the run's tail (≤ 10 characters) is.
      if (ZH_EXCLUDED_LIST.some((w) => run.endsWith(w))) break;
      return { text: run.slice(-Math.min(run.length, 12)), head };
    }
  }
  return undefined;
}

function englishHead(lower: string): HeadHit | undefined {
  const frame = FRAME.exec(lower);
  if (frame?.[1] !== undefined && !EN_STOP.has(frame[1])) return { text: frame[0], head: frame[0].slice(0, frame[0].length - frame[1].length).trim() };
  const per = PER.exec(lower);
  if (per?.[1] !== undefined && per[2] !== undefined && !EN_STOP.has(per[1])) return { text: per[0], head: "per" };
  const words = Array.from(lower.matchAll(WORDS), (m) => m[0]);
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    const before = words[i - 1] ?? "";
    if (EN_HEADS.has(word) && !EN_BLOCKERS.has(before) && !EN_STOP.has(before)) return { text: `${before} ${word}`, head: word };
    if (EN_SELF.has(word) && ARTICLES.has(before)) return { text: word, head: word };
    // "monthly active members", "new subscribers": a counted plural after a counting modifier.
    if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && EN_MODIFIERS.has(before) && !EN_STOP.has(word)) return { text: `${before} ${word}`, head: word };
  }
  return undefined;
}

/**
 * The first metric phrase in a text that is recognised by its form.
 * @param text any text
 * @returns the phrase and its head, or undefined
 * @example metricHead("线上渠道退单率") // { text: "线上渠道退单率", head: "率" }
 * @example metricHead("Monthly active members") // { text: "active members", head: "members" }
 * @example metricHead("Improve teamwork") // undefined
 */
export function metricHead(text: string): HeadHit | undefined {
  if (typeof text !== "string" || text.trim() === "") return undefined;
  const folded = text.normalize("NFKC");
  return chineseHead(folded) ?? englishHead(folded.toLowerCase());
}
