/**
 * What a target cell says (DOMAIN §3 "Targets given as words are judged, never refused"): a number,
 * a bound ("≥ 95 %", "不低于90%", "≤¥85", "no more than 2 days", "95%以上"), a band ("90–110"), a ratio
 * ("4:1", "1:3"), a rank ("Top 5", "前5", "行业前三", "No. 1", "top quartile"), a multiple of the
 * starting value ("double", "2x", "翻一番"), zero ("zero defects", "零事故"), a vague word ("high",
 * "best in class", "显著提升"), a relative change ("−25% vs 2026", "+15% YoY", "同比下降30%", "较上年下降10%")
 * or nothing ("TBD", "待定"). Ratios, ranks, bounds, multiples and changes are measurable; vague words are not. Word lists: src/engine/data/targetWords.ts.
 */
import { CHINESE_NUMERALS } from "../data/monthNames";
import { MULTIPLE_WORDS_EN, MULTIPLE_WORDS_ZH, NO_TARGET_WORDS, VAGUE_TARGETS_EN, VAGUE_TARGETS_ZH, ZERO_WORDS_EN, ZERO_WORDS_ZH } from "../data/targetWords";
import { wordTable } from "../data/wordTable";
import { cellText, foldText } from "./internal/cellText";
import { parseNumber } from "./number";
import { extractTextFacts } from "./textFacts";

/** A target as stated. `value` is what attainment can use, when there is one. */
export type StatedTarget =
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean; readonly unit?: string; readonly currency?: string; readonly text: string }
  | { readonly kind: "bound"; readonly value: number; readonly percent: boolean; readonly direction: "higher" | "lower"; readonly unit?: string; readonly currency?: string; readonly text: string }
  | { readonly kind: "band"; readonly value: number; readonly low: number; readonly high: number; readonly percent: boolean; readonly reversed: boolean; readonly text: string }
  | { readonly kind: "ratio"; readonly value: number; readonly left: number; readonly right: number; readonly text: string }
  | { readonly kind: "rank"; readonly value: number; readonly percentile: boolean; readonly text: string }
  | { readonly kind: "multiple"; readonly factor: number; readonly text: string }
  /** A change relative to the starting value, as a signed fraction ("−25% vs 2026" → −0.25). */
  | { readonly kind: "change"; readonly change: number; readonly text: string }
  | { readonly kind: "vague"; readonly words: readonly string[]; readonly text: string }
  | { readonly kind: "none"; readonly text: string }
  | { readonly kind: "unreadable"; readonly text: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const en = (words: readonly string[]) => `(?<![a-z0-9])(?:${[...words].sort(byLength).map(escape).join("|")})(?![a-z0-9])`;
const zh = (words: readonly string[]) => `(?:${[...words].sort(byLength).map(escape).join("|")})`;

const LOWER_FIRST = /^(?:<=|≤|≦|<|＜|at most|max(?:imum)?\.?|no more than|not more than|no higher than|less than|fewer than|under|below|within|不高于|不超过|不多于|至多|最多|小于等于|小于|低于|少于|控制在)\s*(.+)$/u;
const HIGHER_FIRST = /^(?:>=|≥|≧|>|＞|at least|min(?:imum)?\.?|no less than|not less than|no fewer than|more than|greater than|over|above|不低于|不少于|至少|最少|大于等于|大于|高于|多于|超过|达到)\s*(.+)$/u;
const LOWER_AFTER = /^(.+?)\s*(?:or less|or fewer|or lower|or below|max|以下|以内|之内|及以下|或以下|或更低|封顶)$/u;
const HIGHER_AFTER = /^(.+?)\s*(?:or more|or higher|or above|or better|\+|plus|min|以上|及以上|或以上|或更高|起)$/u;
const BAND = /^(.+?)\s*(?:-|~|–|to|至|到|－)\s*(.+)$/u;
const RATIO = /^(?:ratio\s*(?:of\s*)?)?(\d+(?:\.\d+)?)\s*(?::|：|比|to)\s*(\d+(?:\.\d+)?)$/u;
const NUMERAL = "(\\d{1,4}|[一二两三四五六七八九十]{1,3}|one|two|three|four|five|ten|twenty)";
const WORD_NUMBERS = wordTable({ one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, twenty: 20 });
const RANK_EN = new RegExp(`(?<![a-z])(?:top|top-|rank(?:ed)?|ranking|no\\.?|number|#)\\s*${NUMERAL}(?![a-z0-9])(?:\\s*%|\\s*percent)?`, "u");
// 前 of 目前 / 当前 / 之前 / 日前 / 提前 … is no "top" ("（目前68%）" is a starting value, not the top 68 %)
const RANK_ZH = new RegExp(`(?:(?:(?<![目当之以日年月提此事先眼从底])前|排名第?|排名前|位列前|位居前|进入前|跻身前)\\s*${NUMERAL}\\s*(%|名|位|强)?|第\\s*${NUMERAL}\\s*(名|位))`, "u");
const QUARTILE = /(?<![a-z])(?:top|first|upper)\s+(quartile|decile|quintile|tercile|half)(?![a-z])|(?:前|头部)\s*(四分之一|十分之一|五分之一|一半)/u;
const QUARTILE_SHARE = wordTable({ quartile: 0.25, decile: 0.1, quintile: 0.2, tercile: 1 / 3, half: 0.5, 四分之一: 0.25, 十分之一: 0.1, 五分之一: 0.2, 一半: 0.5 });
const FIRST_PLACE = /(?<![a-z])(?:no\.?\s*1|number one|first place|#1|market leader)(?![a-z0-9])|第一名|排名第一|第一位|行业第一|全国第一|全省第一|力争第一|争创第一|夺得第一|首位/u;
const MULTIPLE_X = /^(?:x\s*)?(\d+(?:\.\d+)?)\s*(?:x|×|倍|times)$|^(?:x|×)\s*(\d+(?:\.\d+)?)$/u;
const MULTIPLE = new RegExp(`(${en(MULTIPLE_WORDS_EN.map(([w]) => w))}|${zh(MULTIPLE_WORDS_ZH.map(([w]) => w))})`, "u");
const MULTIPLE_FACTOR = wordTable(Object.fromEntries([...MULTIPLE_WORDS_EN, ...MULTIPLE_WORDS_ZH]));
const ZERO = new RegExp(`^(?:${en(ZERO_WORDS_EN)}|${zh(ZERO_WORDS_ZH)})`, "u");
const VAGUE = new RegExp(`${en(VAGUE_TARGETS_EN)}|${zh(VAGUE_TARGETS_ZH)}`, "gu");
const NO_TARGET = new Set(NO_TARGET_WORDS);
const HAS_DIGIT = /\d/;
/** "double-digit growth", "两位数增长": a range of changes, not a target. */
const DOUBLE_DIGIT = /(?:double|single|triple)[- ]digits?|两位数|三位数|个位数/u;

function numeral(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  const known = WORD_NUMBERS.get(word) ?? CHINESE_NUMERALS.get(word);
  if (known !== undefined) return known;
  if (/^[一二两三四五六七八九十]+$/u.test(word)) {
    // 二十 → 20, 二十五 → 25, 十五 → 15
    const [tens, units] = word.includes("十") ? word.split("十") : ["", word];
    const t = tens === "" ? (word.includes("十") ? 1 : 0) : (CHINESE_NUMERALS.get(tens ?? "") ?? 0);
    const u = units === "" || units === undefined ? 0 : (CHINESE_NUMERALS.get(units) ?? 0);
    return t * 10 + u;
  }
  return undefined;
}

function asNumber(text: string): StatedTarget | undefined {
  const parsed = parseNumber(text);
  if (!parsed.ok) return undefined;
  return { kind: "number", value: parsed.value, percent: parsed.percent, text, ...(parsed.unit === undefined ? {} : { unit: parsed.unit }), ...(parsed.currency === undefined ? {} : { currency: parsed.currency }) };
}

function asBound(folded: string, text: string): StatedTarget | undefined {
  const forms: Array<[RegExp, "higher" | "lower"]> = [[HIGHER_FIRST, "higher"], [LOWER_FIRST, "lower"], [HIGHER_AFTER, "higher"], [LOWER_AFTER, "lower"]];
  for (const [pattern, direction] of forms) {
    const inner = pattern.exec(folded)?.[1];
    if (inner === undefined) continue;
    const n = asNumber(inner.trim()) ?? (ZERO.test(inner.trim()) ? ({ kind: "number", value: 0, percent: false, text } as const) : undefined);
    if (n !== undefined && n.kind === "number") {
      return { kind: "bound", value: n.value, percent: n.percent, direction, text, ...(n.unit === undefined ? {} : { unit: n.unit }), ...(n.currency === undefined ? {} : { currency: n.currency }) };
    }
  }
  return undefined;
}

function asBand(folded: string, text: string): StatedTarget | undefined {
  const band = BAND.exec(folded);
  if (band?.[1] === undefined || band[2] === undefined) return undefined;
  const low = parseNumber(band[1]);
  const high = parseNumber(band[2]);
  if (!low.ok || !high.ok) return undefined;
  // "95-98%": a percent sign on one side applies to both.
  const percent = low.percent || high.percent;
  const scale = (p: { value: number; percent: boolean }) => (percent && !p.percent ? p.value / 100 : p.value);
  const a = scale(low);
  const b = scale(high);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (lo === hi) return { kind: "number", value: lo, percent, text };
  return { kind: "band", value: (lo + hi) / 2, low: lo, high: hi, percent, reversed: a > b, text };
}

function asRank(folded: string, text: string): StatedTarget | undefined {
  if (FIRST_PLACE.test(folded)) return { kind: "rank", value: 1, percentile: false, text };
  const quartile = QUARTILE.exec(folded);
  if (quartile !== null) {
    const share = QUARTILE_SHARE.get(quartile[1] ?? quartile[2] ?? "");
    if (share !== undefined) return { kind: "rank", value: share, percentile: true, text };
  }
  const m = RANK_EN.exec(folded) ?? RANK_ZH.exec(folded);
  if (m === null) return undefined;
  const n = numeral(m[1] ?? m[3]);
  if (n === undefined || n <= 0) return undefined;
  const percentile = m[0].includes("%") || m[0].includes("percent");
  return { kind: "rank", value: percentile ? n / 100 : n, percentile, text };
}

/**
 * Reads what a target cell states.
 * @param value the cell (a number, text, blank …)
 * @returns the stated target; a number or a numeric text is `number`; never throws
 * @example parseTarget("≤¥85") // { kind: "bound", value: 85, direction: "lower", currency: "¥", … }
 * @example parseTarget("前5") // { kind: "rank", value: 5, percentile: false, … }
 * @example parseTarget("翻一番") // { kind: "multiple", factor: 2, … }
 * @example parseTarget("显著提升") // { kind: "vague", words: ["显著提升"], … }
 */
export function parseTarget(value: unknown): StatedTarget {
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value, percent: false, text: String(value) } : { kind: "unreadable", text: String(value) };
  const text = cellText(value).trim();
  if (typeof value !== "string" || text === "") return typeof value === "boolean" ? { kind: "unreadable", text } : { kind: "none", text };
  const folded = foldText(text).replace(/[.。!！]+$/u, "");
  if (NO_TARGET.has(folded)) return { kind: "none", text };
  const bound = asBound(folded, text);
  if (bound !== undefined) return bound;
  const change = asChange(folded, text);
  if (change !== undefined) return change;
  const number = asNumber(text);
  if (number !== undefined) return number;
  if (DOUBLE_DIGIT.test(folded)) return { kind: "vague", words: [DOUBLE_DIGIT.exec(folded)?.[0] ?? folded], text };
  const ratio = RATIO.exec(folded);
  if (ratio !== null) {
    const left = Number(ratio[1]);
    const right = Number(ratio[2]);
    if (right > 0) return { kind: "ratio", value: Number((left / right).toPrecision(15)), left, right, text };
  }
  const band = asBand(folded, text);
  if (band !== undefined) return band;
  const zero = ZERO.exec(folded);
  if (zero !== null) return { kind: "number", value: 0, percent: false, text, unit: zero[0] };
  const x = MULTIPLE_X.exec(folded);
  if (x !== null) return { kind: "multiple", factor: Number(x[1] ?? x[2]), text };
  const rank = asRank(folded, text);
  if (rank !== undefined) return rank;
  const multiple = MULTIPLE.exec(folded);
  if (multiple?.[1] !== undefined) {
    const factor = MULTIPLE_FACTOR.get(multiple[1]);
    if (factor !== undefined) return { kind: "multiple", factor, text };
  }
  const vague = folded.match(VAGUE);
  if (vague !== null && !HAS_DIGIT.test(folded)) return { kind: "vague", words: [...new Set(vague)], text };
  return { kind: "unreadable", text };
}

/** A signed percentage against a reference: "−25% vs 2026", "+15% YoY", "-10% on last year". */
const SIGNED_CHANGE = /^([+\-\u2212\u2013])\s*(\d+(?:\.\d+)?)\s*%\s*(?:vs\.?|versus|compared (?:with|to)|on|over|than|against|yoy|year on year|y\/y|同比|较|比)/u;

/**
 * A relative change stated as the target: a signed percentage against a reference, or a change verb
 * with a percentage and no level to reach ("同比下降30%", "cut by 20%"; not "下降至5%", which is a level).
 */
function asChange(folded: string, text: string): StatedTarget | undefined {
  const signed = SIGNED_CHANGE.exec(folded);
  if (signed !== null) return { kind: "change", change: (signed[1] === "+" ? 1 : -1) * (Number(signed[2]) / 100), text };
  if (!folded.includes("%")) return undefined;
  const facts = extractTextFacts(text);
  if (facts.change === undefined || facts.target !== undefined || facts.baseline !== undefined) return undefined;
  return { kind: "change", change: facts.change, text };
}

/** "增长到2026年的5倍", "grow it 3x", "3 times today's": a multiple of the starting value. */
const TIMES_IN_TEXT = /(?<![\d.])(\d+(?:\.\d+)?)\s*倍|(?<![\d.])(\d+(?:\.\d+)?)\s*(?:x|×)(?![a-z0-9])/u;
const RATIO_IN_TEXT = /(?<![\d.:])(\d+(?:\.\d+)?)\s*[:：]\s*(\d+(?:\.\d+)?)(?![\d.:])/u;
const ZERO_IN_TEXT = new RegExp(`${en(ZERO_WORDS_EN.filter((w) => w !== "zero").concat(["zero defects", "zero incidents", "zero accidents", "zero harm", "zero injuries", "zero complaints", "zero errors"]))}|${zh(ZERO_WORDS_ZH.filter((w) => w.length >= 2))}`, "u");

/**
 * A target stated in free text that is not a plain number: a rank ("be in the top 3", "进入行业前三"),
 * a multiple ("double online sales", "营收翻一番"), a ratio ("LTV:CAC of 3:1") or zero ("zero defects",
 * "零事故"). Plain numbers in text are read by extractTextFacts.
 * @param text a goal written in one cell
 * @returns the stated target, or undefined
 * @example statedTargetInText("Double online sales by 2027") // { kind: "multiple", factor: 2, … }
 */
export function statedTargetInText(text: string): StatedTarget | undefined {
  if (typeof text !== "string" || text.trim() === "") return undefined;
  const folded = foldText(text);
  const ratio = RATIO_IN_TEXT.exec(folded);
  // A ratio has a 1 on one side ("3:1", "1:3") or is called one ("ratio of 5:2", "比例"); "10:30" is a time.
  const ratioLike = ratio !== null && (ratio[1] === "1" || ratio[2] === "1" || /ratio|比/u.test(folded));
  if (ratio !== null && ratioLike && Number(ratio[2]) > 0) {
    const left = Number(ratio[1]);
    const right = Number(ratio[2]);
    return { kind: "ratio", value: Number((left / right).toPrecision(15)), left, right, text: ratio[0] };
  }
  const zero = ZERO_IN_TEXT.exec(folded);
  if (zero !== null) return { kind: "number", value: 0, percent: false, text: zero[0], unit: zero[0] };
  const times = TIMES_IN_TEXT.exec(folded);
  if (times !== null && Number(times[1] ?? times[2]) > 1) return { kind: "multiple", factor: Number(times[1] ?? times[2]), text: times[0] };
  const rank = asRank(folded, text);
  if (rank !== undefined) return rank;
  const multiple = MULTIPLE.exec(folded);
  if (multiple?.[1] !== undefined && !DOUBLE_DIGIT.test(folded)) {
    const factor = MULTIPLE_FACTOR.get(multiple[1]);
    if (factor !== undefined) return { kind: "multiple", factor, text: multiple[1] };
  }
  return undefined;
}

/**
 * Whether a stated target is measurable (DOMAIN §3 "M"): numbers, bounds, bands, ratios, ranks and
 * multiples are; vague words, nothing and unreadable text are not.
 * @param target a stated target
 * @returns true when it is measurable
 * @example isMeasurableTarget(parseTarget("4:1")) // true
 */
export function isMeasurableTarget(target: StatedTarget): boolean {
  return target.kind !== "vague" && target.kind !== "none" && target.kind !== "unreadable";
}
