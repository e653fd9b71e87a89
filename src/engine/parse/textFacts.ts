/**
 * What a goal written in one cell states (DOMAIN §3: "a target, baseline or deadline stated in the text
 * counts as if it were in its column"): "cut average first-response time from 9 h to 4 h by end of
 * Q1 2027" states a baseline, a target and a deadline.
 *
 * How it reads: (1) find deadline phrases (dates, quarters, halves, fiscal years, "2026年底", "by 2027",
 * "in 6 months", "每月"), parse each with parseDeadline and blank it out so its digits are not read as
 * numbers; (2) find the numbers left (with currency, scale, %, unit) and read each with parseNumber;
 * (3) give each number a role from the words right before it, within its clause: "from/从/由" →
 * baseline, "to/到/至/at least/≥/不低于 …" → target, "by" or a change verb ("增长10%") → a relative
 * change. A lone number with no cue is the target. Cue lists: src/engine/data/changeWords.*.ts.
 */
import { CHANGE_WORDS_EN } from "../data/changeWords.en";
import { CHANGE_WORDS_ZH } from "../data/changeWords.zh";
import type { Deadline, Direction } from "../model";
import { findDeadlineSpans } from "../smart/deadlineSpans";
import { wordListSource } from "../smart/wordMatcher";
import { parseDeadline, type DeadlineOptions } from "./deadline";
import { parseNumber } from "./number";
import { dateToSerial, serialToIso, serialToParts } from "./serial";

/** One number stated in the text, as parseNumber read it. */
export interface TextNumber {
  value: number;
  percent: boolean;
  unit?: string;
  currency?: string;
  /** The text it was read from, e.g. "9 h", "80%", "¥3.5万". */
  raw: string;
}

/** What a goal written in one cell states. */
export interface TextFacts {
  numbers: TextNumber[];
  target?: number;
  baseline?: number;
  deadline?: Deadline;
  /** The phrase the deadline was read from ("end of Q1 2027", "2026年底"). */
  deadlineText?: string;
  /** A phrase that promises time without a date ("ASAP", "尽快", "ongoing"), when no deadline was found. */
  vagueDeadline?: string;
  /** A relative change asked for, as a signed fraction: "raise sales by 10%" → 0.1, "降低20%" → −0.2. */
  change?: number;
  /** Direction implied by the change verbs when they all point one way ("cut", "降低" → lower). */
  direction?: Extract<Direction, "higher" | "lower">;
}

const EN = (terms: readonly string[]) => [{ terms, inflection: "none" as const }];
const VERBS = (terms: readonly string[]) => [{ terms, inflection: "verb" as const }];
const TO_END = new RegExp(`(?:${wordListSource(EN(CHANGE_WORDS_EN.to), CHANGE_WORDS_ZH.to)})\\s*$`, "iu");
const FROM_END = new RegExp(`(?:${wordListSource(EN(CHANGE_WORDS_EN.from), CHANGE_WORDS_ZH.from)})\\s*$`, "iu");
const BY_END = new RegExp(
  `(?:${wordListSource([...EN(CHANGE_WORDS_EN.by), ...VERBS([...CHANGE_WORDS_EN.up, ...CHANGE_WORDS_EN.down])], [...CHANGE_WORDS_ZH.up, ...CHANGE_WORDS_ZH.down])})了?\\s*$`,
  "iu",
);
/** Between two numbers, only "to"/"→"/"到": the first is the baseline ("9h→4h", "80%到90%"). */
const BARE_LINK = /^\s*(?:to|→|->|=>|到|至)\s*$/iu;
const UP_DOWN = new RegExp(
  `(?<up>${wordListSource(VERBS(CHANGE_WORDS_EN.up), CHANGE_WORDS_ZH.up)})|(?<down>${wordListSource(VERBS(CHANGE_WORDS_EN.down), CHANGE_WORDS_ZH.down)})`,
  "giu",
);
const CHANGE_VERB = new RegExp(wordListSource(VERBS([...CHANGE_WORDS_EN.up, ...CHANGE_WORDS_EN.down]), [...CHANGE_WORDS_ZH.up, ...CHANGE_WORDS_ZH.down]), "iu");
const CLAUSE_BREAK = /[;；。\n!?！？,，、]|(?<![a-z])(?:and|while|also|plus)(?![a-z])|并且|并|同时|以及|另外/giu;
const NUMBER_TOKEN = new RegExp(
  String.raw`(?<![a-z0-9.,_])(?:(?:[$¥€£]|rmb|usd|cny|eur|gbp|hkd|jpy|人民币)\s?)?` +
    String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d.,]\d)` +
    String.raw`(?:\s?(?:%|‰|percent(?:age points?)?(?![a-z])|per ?cent(?![a-z])|pct(?![a-z])|个百分点|百分点|pts?(?![a-z])|points?(?![a-z])|bps(?![a-z])|` +
    String.raw`millions?(?![a-z])|billions?(?![a-z])|thousands?(?![a-z])|trillions?(?![a-z])|bn(?![a-z])|mn(?![a-z])|[kmb](?![a-z])|万元|亿元|千元|百万元?|万|亿|千|元|美元|` +
    String.raw`h(?![a-z])|hrs?(?![a-z])|hours?(?![a-z])|小时|mins?(?![a-z])|minutes?(?![a-z])|分钟|days?(?![a-z])|天|weeks?(?![a-z])|` +
    String.raw`ms(?![a-z])|s(?![a-z])|secs?(?![a-z])|seconds?(?![a-z])|秒|units?(?![a-z])|pcs(?![a-z])|个|次|件|单|人|家|台|笔|户|倍|x(?![a-z])|times(?![a-z])))?(?![a-z])`,
  "giu",
);
const VAGUE_TIME =
  /(?<![a-z])(?:asap|as soon as possible|on-?going|tbd|tba|to be (?:determined|confirmed|decided)|when possible|eventually|in (?:the )?future|long[- ]term|continuous(?:ly)?|over time)(?![a-z])|尽快|尽早|越快越好|长期|持续|待定|适时|今后|逐步/iu;

const NON_ASCII = /[^\t-\u007f]/;
const FORMULA_PERCENT = /[×x*]\s*100\s*[%％]/giu;
const DASHES = /[\u2212\u2012\u2013\u2014]/g;
const PLAIN_DIGITS = /[-+]?[\d,]*\.?\d+/;

/**
 * What a bare number counts, read from the words right after it: "500 member farms", "120 new charging
 * sites", "40,000 pupils", "1.2万亩", "10万户". Up to four words of a noun phrase, stopped by a function
 * or time word ("120 by June" counts nothing); words that count nothing in particular ("3 things",
 * "2 areas") are no unit. Chinese: a measure word or unit after the number (亩, 户, 辆 …).
 */
const COUNTED_WORDS = /^\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3})/iu;
const FUNCTION_WORD = /^(?:by|in|to|per|from|of|at|within|before|after|until|and|or|on|for|across|over|than|vs|versus|this|next|each|every|a|an|the|is|are|be|with|without|as|so|that|which|who)$/iu;
const MAGNITUDE = /(?:million|billion|thousand|trillion)s?$/iu;
const YEAR_REFERENCE = /(?:compared (?:with|to)|vs\.?|versus|than|since|against|relative to)\s*$/iu;
const COUNTED_ZH = /^\s*(平方米|平方公里|公里|千米|千克|公斤|吨|万亩|亩|户|名|位|辆|座|所|套|间|张|条|项|部|本|册|棵|头|只|份|批|宗|例|场|家|台|个|人|件|次|单|笔)/u;
const NOT_COUNTED = new Set(["thing", "things", "area", "areas", "aspect", "aspects", "item", "items", "way", "ways", "time", "times", "year", "years", "month", "months", "day", "days", "percent", "point", "points", "more", "less", "new"]);
const TIME_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|q[1-4]|h[12]|fy\d*|end|mid|start)$/iu;

function countedNoun(after: string): string | undefined {
  const zh = COUNTED_ZH.exec(after);
  if (zh !== null) return zh[1];
  const en = COUNTED_WORDS.exec(after);
  if (en === null || en[1] === undefined) return undefined;
  const words: string[] = [];
  for (const word of en[1].split(/\s+/u)) {
    if (FUNCTION_WORD.test(word)) break;
    if (TIME_WORD.test(word)) return undefined;
    words.push(word);
  }
  const head = words[words.length - 1];
  if (head === undefined || NOT_COUNTED.has(head.toLowerCase())) return undefined;
  return words.join(" ");
}

type Role = "from" | "to" | "by" | "none";

/**
 * Reads the numbers, baseline, target, deadline and relative change stated in one cell of text.
 * @param text the goal as written (any language mix); non-strings give empty facts
 * @param options fiscal-year start and `asOf` (an Excel serial; needed for "in 6 months" and cadences)
 * @returns the facts found; fields are absent when the text does not state them
 * @example extractTextFacts("cut average first-response time from 9 h to 4 h by end of Q1 2027")
 *   // { baseline: 9, target: 4, deadline: { iso: "2027-03-31", … }, direction: "lower", numbers: [9 h, 4 h] }
 * @example extractTextFacts("将客户满意度从80%提升到90%（2026年底前）") // baseline 0.8, target 0.9, deadline 2026-12-31
 * @example extractTextFacts("raise sales by 10% by Q3 2027") // numbers [0.1 %], change 0.1, deadline 2027-09-30
 */
export function extractTextFacts(text: string, options: DeadlineOptions = {}): TextFacts {
  const facts: TextFacts = { numbers: [] };
  if (typeof text !== "string" || text.trim() === "") return facts;
  let source = NON_ASCII.test(text) ? text.normalize("NFKC") : text;
  source = source.replace(DASHES, "-");

  // A formula's "×100%" is no number of the goal ("研发投入强度＝研发经费/营业收入×100%").
  source = source.replace(FORMULA_PERCENT, " ");
  const spans = findDeadlineSpans(source);
  let masked = source;
  for (const span of spans) {
    masked = masked.slice(0, span.start) + " ".repeat(span.end - span.start) + masked.slice(span.end);
    if (facts.deadline !== undefined) continue;
    const deadline = span.months !== undefined ? addMonths(span.months, options.asOf) : readDeadline(span.text, span.parseAs, options);
    if (deadline !== undefined) {
      facts.deadline = deadline;
      facts.deadlineText = span.text.trim();
    }
  }
  if (facts.deadline === undefined) {
    const vague = VAGUE_TIME.exec(source);
    if (vague) facts.vagueDeadline = vague[0];
  }
  readNumbers(masked, facts);
  readDirection(masked, facts);
  return facts;
}

function readDeadline(phrase: string, parseAs: string | undefined, options: DeadlineOptions): Deadline | undefined {
  for (const candidate of [phrase, parseAs]) {
    if (candidate === undefined) continue;
    const parsed = parseDeadline(candidate, options);
    if (parsed.ok) return parsed.deadline;
  }
  return undefined;
}

/** "in 6 months" from asOf (Excel serial); undefined without asOf. */
function addMonths(months: number, asOf: number | undefined): Deadline | undefined {
  if (asOf === undefined || !Number.isFinite(asOf) || asOf < 61) return undefined;
  const { year, month, day } = serialToParts(asOf);
  const serial = months < 1 ? Math.floor(asOf) + Math.round(months * 30.4375) : dateToSerial(year, month + months, day);
  return { serial, iso: serialToIso(serial), kind: "date" };
}

function readNumbers(masked: string, facts: TextFacts): void {
  const found: Array<{ n: TextNumber; role: Role; context: string; clause: number; change?: number }> = [];
  let previousEnd = 0;
  let clause = 0;
  NUMBER_TOKEN.lastIndex = 0;
  for (let m = NUMBER_TOKEN.exec(masked); m !== null; m = NUMBER_TOKEN.exec(masked)) {
    const raw = m[0].trim();
    const n = toTextNumber(raw);
    if (n === undefined) continue;
    const between = masked.slice(previousEnd, m.index);
    let contextStart = -1;
    CLAUSE_BREAK.lastIndex = 0;
    for (let b = CLAUSE_BREAK.exec(between); b !== null; b = CLAUSE_BREAK.exec(between)) contextStart = b.index + b[0].length;
    if (contextStart >= 0) clause += 1;
    const context = contextStart < 0 ? between : between.slice(contextStart);
    // A multiple ("5倍", "3x") is no level: statedTargetInText reads it.
    if (n.unit === "倍" || n.unit === "x") {
      previousEnd = m.index + m[0].length;
      continue;
    }
    if (!n.percent && n.unit === undefined && n.currency === undefined) {
      // "compared with 2026", "vs 2025", "since 2020": a year the goal refers to, no number of it
      if (Number.isInteger(n.value) && n.value >= 1990 && n.value <= 2100 && YEAR_REFERENCE.test(context)) {
        previousEnd = m.index + m[0].length;
        continue;
      }
      // "120 new charging sites"; "to 5 million": a count of millions, of what the words before it say
      const unit = countedNoun(masked.slice(m.index + m[0].length, m.index + m[0].length + 60)) ?? MAGNITUDE.exec(raw)?.[0];
      if (unit !== undefined) n.unit = unit;
    }
    let role: Role = TO_END.test(context) ? "to" : FROM_END.test(context) ? "from" : BY_END.test(context) ? "by" : "none";
    // "Grow revenue 15%": a percentage after a change verb and its object, with no "to"/"from", is the change.
    if (role === "none" && n.percent && CHANGE_VERB.test(context)) role = "by";
    found.push({ n, role, context, clause, change: role === "by" && n.percent ? changeSign(context) * Math.abs(n.value) : undefined });
    facts.numbers.push(n);
    previousEnd = m.index + m[0].length;
  }
  const fromIndex = found.findIndex((f) => f.role === "from");
  // The value to reach after the starting value ("from 9 h to 4 h"), else anywhere ("to 97% (currently 90%)").
  let toIndex = found.findIndex((f, i) => f.role === "to" && (fromIndex < 0 || i > fromIndex));
  if (toIndex < 0) toIndex = found.findIndex((f) => f.role === "to");
  const to = found[toIndex];
  if (to !== undefined) facts.target = to.n.value;
  const from = found[fromIndex];
  const previous = found[toIndex - 1];
  if (from !== undefined) facts.baseline = from.n.value;
  else if (to !== undefined && previous !== undefined && previous.clause === to.clause && BARE_LINK.test(to.context)) facts.baseline = previous.n.value;
  const only = found[0];
  if (facts.target === undefined && found.length === 1 && only !== undefined && only.role === "none") facts.target = only.n.value;
  // "Move 60% of applications online, from 35% today": beside a starting value, the one plain number is the target.
  const plain = found.filter((f) => f.role === "none");
  const sole = plain[0];
  if (facts.target === undefined && from !== undefined && plain.length === 1 && sole !== undefined && found.length === 2) facts.target = sole.n.value;
  const change = found.find((f) => f.change !== undefined)?.change;
  if (change !== undefined) facts.change = change;
}

function toTextNumber(raw: string): TextNumber | undefined {
  const parsed = parseNumber(raw);
  let value: number;
  let percent = false;
  const n: Partial<TextNumber> = {};
  if (parsed.ok) {
    value = parsed.value;
    percent = parsed.percent;
    if (parsed.unit !== undefined) n.unit = parsed.unit;
    if (parsed.currency !== undefined) n.currency = parsed.currency;
  } else {
    // parseNumber rejected the token (an unusual unit): keep the plain number and the rest as its unit.
    const digits = PLAIN_DIGITS.exec(raw);
    if (digits === null) return undefined;
    value = Number(digits[0].replace(/,/g, ""));
    const unit = raw.slice(digits.index + digits[0].length).trim();
    if (unit !== "") n.unit = unit;
  }
  if (!Number.isFinite(value)) return undefined;
  return { ...n, value, percent, raw };
}

/** +1 for "raise … by", −1 for "cut … by" (the last change verb before the number in its clause). */
function changeSign(context: string): number {
  let sign = 1;
  UP_DOWN.lastIndex = 0;
  for (let m = UP_DOWN.exec(context); m !== null; m = UP_DOWN.exec(context)) sign = m.groups?.down !== undefined ? -1 : 1;
  return sign;
}

function readDirection(masked: string, facts: TextFacts): void {
  let up = false;
  let down = false;
  UP_DOWN.lastIndex = 0;
  for (let m = UP_DOWN.exec(masked); m !== null; m = UP_DOWN.exec(masked)) {
    if (m.groups?.down !== undefined) down = true;
    else up = true;
  }
  if (up !== down) facts.direction = up ? "higher" : "lower";
}
