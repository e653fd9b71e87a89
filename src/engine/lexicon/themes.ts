/**
 * Theme evidence for KPI–strategy links (DOMAIN §4 "a curated bilingual metric lexicon links metrics
 * to the themes they measure … A clear theme link counts as clearly related (3)"). A KPI's themes come
 * from the metrics it names (the lexicon lists each metric's themes, most direct first); an
 * objective's themes from its words (THEME_KEYWORDS) and from any metric it names ("Reduce churn").
 * Matching is by whole words in English (with plural and verb endings) and substrings in Chinese,
 * compiled once.
 */
import type { Theme } from "../data/lexiconTypes";
import { THEMES } from "../data/lexiconTypes";
import { FEED_WEIGHT, THEME_FEEDS } from "../data/themeFeeds";
import { THEME_KEYWORDS } from "../data/themeKeywords";
import { makeWordMatcher, type WordMatcher } from "../smart/wordMatcher";
import { findMetrics, withoutMetrics } from "./metricIndex";
import { namedMetrics } from "./namedMetrics";
import { entrySectors, sectorMask } from "./sectors";
import { kpiSubjectThemes, objectiveSubjectThemes } from "./subjectPhrases";

/** How strongly a text is about a theme, and which words or metric said so. */
export interface ThemeMark {
  readonly theme: Theme;
  /** 1 for a metric's first theme or an objective keyword; less for a metric's later themes. */
  readonly weight: number;
  /** The metric or keyword as written. */
  readonly because: string;
}

/**
 * How surely a keyword names its theme: a phrase ("working capital", "on the shelf", "降本增效") fully, a
 * single word ("stable", "reliable", "安全") a little less, since single words serve several themes
 * ("a stable workforce", "a reliable platform"). With a metric's second theme (0.75) a single word then
 * stays below a clear link; a metric's first theme still makes one.
 */
function specificity(keyword: string): number {
  const han = keyword.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han > 0) return han >= 3 ? 1 : 0.85;
  return /[\s-]/.test(keyword.trim()) ? 1 : 0.85;
}

/** Growth as a metric's second or third theme ("repeat purchase rate" → loyalty, growth): never a clear link by itself. */
const LATER_GROWTH_WEIGHT = 0.5;

/** A metric's themes weigh less the further down its list they are. */
const RANK_WEIGHT = [1, 0.8, 0.6] as const;

const MATCHERS: ReadonlyArray<readonly [Theme, WordMatcher]> = THEMES.map((theme) => [
  theme,
  makeWordMatcher([{ terms: THEME_KEYWORDS[theme].en, inflection: "verb" }], THEME_KEYWORDS[theme].zh),
]);

/*
 * A prefilter, so that a text runs only the matchers of themes it can match (29 regular expressions per
 * text would dominate the cost of matching 10,000 KPIs): each keyword's first English word (as the matcher
 * inflects it, or as typed) and each Chinese keyword's first two characters point to the themes that have
 * it. The matchers themselves decide.
 */
const WORD_SPLIT = /[^a-z0-9&'.]+/;
const FIRST_WORD = new Map<string, number[]>();
const FIRST_PAIR = new Map<string, number[]>();
const ALWAYS: number[] = [];
const point = (table: Map<string, number[]>, key: string, i: number) => {
  const at = table.get(key);
  if (at === undefined) table.set(key, [i]);
  else if (!at.includes(i)) at.push(i);
};
THEMES.forEach((theme, i) => {
  for (const term of THEME_KEYWORDS[theme].en) {
    const first = term.toLowerCase().split(/[\s-]+/)[0] ?? "";
    if (first === "" || WORD_SPLIT.test(first)) {
      if (!ALWAYS.includes(i)) ALWAYS.push(i);
      continue;
    }
    point(FIRST_WORD, first, i);
  }
  for (const term of THEME_KEYWORDS[theme].zh) point(FIRST_PAIR, term.normalize("NFKC").toLowerCase().slice(0, 2), i);
});

/** The base forms a word may be an inflection of ("costs" → cost, "reduced" → reduce/reduc, "planning" → plan). */
function bases(word: string): string[] {
  const out = [word];
  for (const ending of ["ing", "ed", "es", "s", "d"]) {
    if (word.length > ending.length + 1 && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      out.push(stem, `${stem}e`);
      if (stem.length >= 3 && stem.charAt(stem.length - 1) === stem.charAt(stem.length - 2)) out.push(stem.slice(0, -1));
    }
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

/** The matchers a text may match, in THEMES order. */
function candidateMatchers(text: string): ReadonlyArray<readonly [Theme, WordMatcher]> {
  const lower = text.toLowerCase();
  const picked = new Set<number>(ALWAYS);
  for (const word of lower.split(WORD_SPLIT)) {
    if (word === "") continue;
    for (const base of bases(word)) for (const i of FIRST_WORD.get(base) ?? []) picked.add(i);
  }
  if (HAN.test(lower)) {
    const folded = lower.normalize("NFKC");
    for (let k = 0; k + 1 < folded.length; k++) for (const i of FIRST_PAIR.get(folded.slice(k, k + 2)) ?? []) picked.add(i);
  }
  return MATCHERS.filter((_m, i) => picked.has(i));
}

function add(marks: Map<Theme, ThemeMark>, mark: ThemeMark): void {
  const known = marks.get(mark.theme);
  if (known === undefined || known.weight < mark.weight) marks.set(mark.theme, mark);
}

/** A subject with its head ("care worker turnover") says what a KPI measures nearly as surely as a named metric. */
const KPI_SUBJECT_WEIGHT = 0.9;

/** A KPI's own theme words count a little less than a metric's first themes: enough for a clear link to an objective that names the theme. */
const KPI_KEYWORD_WEIGHT = 0.8;
/** Output per unit of work: a productivity measure. */
const PER_WORK = /(?<![a-z])per\s+(?:labou?r|man|staff|employee|worker|fte|head|person|attendant|agent|nurse|teacher|driver|picker)(?:[\s-]+(?:hour|day|shift|month))?(?![a-z])|(?<![a-z])per\s+(?:labou?r|man|staff)?[\s-]*(?:hour|shift)(?![a-z])|人均|每人|每工时|单位工时|每班次/iu;

/** How fast something is done: a time to do it, a turnaround, a deadline in days or hours. Not handle, talk, idle, lost or down time. */
const SPEED =
  /(?<![a-z])(?:turnaround|cycle|lead|processing|response|resolution|approval|transit|waiting|wait|settlement|closing|close|fulfil(?:l?ment)?|dispatch|handover|decision|payment|repair|onboarding|delivery)\s+times?(?![a-z])|(?<![a-z])(?:time|days)\s+to\s+(?!market\b)[a-z]+|(?<![a-z])(?:[a-z]+\s+){0,2}?within\s+(?:\d+|one|two|three|five|ten)\s*(?:working\s+|business\s+)?(?:days?|hours?|minutes?|weeks?|mins?|hrs?)(?![a-z])|(?:处理|办理|审批|响应|交付|结案|到货|配送|办结|回复|处置|理赔|抢修|修复|开办|报装|妥投|送达|出餐|上菜)(?:时长|周期|时限|时间|时效)|\d+\s*(?:个工作日|个小时|小时|分钟|天|日)内/iu;

/** How fast a request is answered: a service measure, nearly as sure as a named metric (enough to serve satisfaction a step removed). */
const RESPONSE = /(?<![a-z])(?:response|answer|reply|callback|call-back)\s+times?(?![a-z])|(?<![a-z])time\s+to\s+(?:respond|answer|reply|acknowledge)(?![a-z])|(?<![a-z])(?:seen|treated|assessed|answered|attended|served|responded\s+to)\s+within\s+(?:\d+|one|two|three|four|five|six|ten)(?![a-z])|(?:响应|回复|答复|接听|受理)(?:时长|时间|时效|速度)/iu;
const RESPONSE_WEIGHT = 0.9;

/** A cost counted per unit: "cost per", "costs per", "expense per", "单位…成本", "每…成本" (not "spend per visit": that is what customers spend). */
const COST_PER = /(?<![a-z])(?:cost|costs|expense|expenses)\s+(?:per|of\s+each|for\s+each)\s+[a-z0-9][a-z0-9,-]*(?:\s+[a-z][a-z-]*)?|(?:单位|每|单)[\p{Script=Han}]{1,4}?(?:成本|费用)/iu;

/** A metric that qualifies the next one ("营收" in "单位营收碳排放强度") counts for less. */
const MODIFIER_WEIGHT = 0.75;
/** Between a modifier metric and the metric it qualifies ("单位营收碳排放强度", "revenue churn"): at most this many characters, none a separator. */
const MODIFIER_GAP = /^[\s\p{Script=Han}a-z-]{0,3}$/iu;

/** What a text is about: its theme marks, and the sectors it names (a bit set, see sectors.ts). */
export interface TextProfile {
  readonly marks: ThemeMark[];
  readonly sectors: number;
}

/**
 * The themes a KPI's text measures: from the metrics it names (a metric that only qualifies the one
 * after it, as 营收 in "单位营收碳排放强度", does not count), and from its own theme words; and the
 * sectors it names, in its words or through its metrics.
 * @param text the KPI's name and description
 * @returns one mark per theme (the strongest), and the sector bits
 * @example kpiProfile("Time to hire").marks.map((m) => m.theme) // ["talent"]
 */
export function kpiProfile(text: string): TextProfile {
  const marks = new Map<Theme, ThemeMark>();
  const metrics = findMetrics(text);
  let sectors = sectorMask(text);
  metrics.forEach((hit, k) => {
    const next = metrics[k + 1];
    const modifier = next !== undefined && MODIFIER_GAP.test(text.slice(hit.end, next.start)) ? MODIFIER_WEIGHT : 1;
    // Growth is what nearly every measure contributes to in the end: only a metric whose first theme it is measures it.
    hit.entry.themes.forEach((theme, i) => add(marks, { theme, weight: (theme === "growth" && i > 0 ? LATER_GROWTH_WEIGHT : (RANK_WEIGHT[i] ?? 0.5)) * modifier, because: hit.text }));
    // An abbreviation ("RevPAR", "NPL") says no sector by itself: its entry's names do.
    if (hit.entry.abbr?.includes(hit.text) === true) sectors |= entrySectors(hit.entry);
  });
  // The KPI's own theme words, outside the metrics it names: the lexicon already says what a metric
  // measures, so "revenue" in "Gross revenue retention" or "spend" in "Return on ad spend" is no more evidence.
  const rest = metrics.length > 0 ? withoutMetrics(text, metrics) : text;
  for (const [theme, matcher] of candidateMatchers(rest)) {
    const found = matcher.find(rest);
    if (found.length > 0) add(marks, { theme, weight: KPI_KEYWORD_WEIGHT, because: found[0] ?? "" });
  }
  // Who is counted and what of them: "nurse turnover" (people), "members lost" (loyalty), "教师培训学时" (learning).
  for (const hit of kpiSubjectThemes(rest)) add(marks, { theme: hit.theme, weight: KPI_SUBJECT_WEIGHT, because: hit.because });
  // "Units produced per labour hour", "rooms cleaned per attendant shift", "人均产值": output per unit of
  // work is productivity, whatever is counted.
  const perWork = PER_WORK.exec(text);
  if (perWork !== null) add(marks, { theme: "efficiency", weight: 1, because: perWork[0] });
  // "Invoice processing time", "time to decide", "resolved within 5 working days", "审批时长", "48小时内":
  // how fast a thing is done is a measure of speed, whatever the thing (outside the metrics the lexicon
  // names: "Mean time to recover" is a reliability measure).
  const speed = SPEED.exec(rest);
  if (speed !== null) add(marks, { theme: "delivery", weight: KPI_KEYWORD_WEIGHT, because: speed[0] });
  // How fast someone is answered ("repair response time", "报修响应时长") is service to them.
  const response = RESPONSE.exec(rest);
  if (response !== null) add(marks, { theme: "service", weight: RESPONSE_WEIGHT, because: response[0] });
  // "Cost per qualified lead", "cost per member", "spend per head": the measure is a cost, whatever it is counted against.
  const costPer = COST_PER.exec(rest);
  if (costPer !== null) add(marks, { theme: "cost", weight: 1, because: costPer[0] });
  return { marks: [...marks.values()], sectors };
}

/**
 * The themes a KPI's text measures (see kpiProfile).
 * @param text the KPI's name and description
 * @returns one mark per theme (the strongest)
 * @example kpiThemes("Time to hire").map((m) => m.theme) // ["talent"]
 */
export function kpiThemes(text: string): ThemeMark[] {
  return kpiProfile(text).marks;
}

/**
 * The themes an objective is about, from its words and from the metrics it names; and the sectors it names.
 * @param text the objective's name and description
 * @returns one mark per theme, and the sector bits
 * @example objectiveProfile("Strengthen liquidity").marks.map((m) => m.theme) // ["cash"]
 */
export function objectiveProfile(text: string): TextProfile {
  const marks = new Map<Theme, ThemeMark>();
  let sectors = sectorMask(text);
  for (const [theme, matcher] of candidateMatchers(text)) {
    const found = matcher.find(text);
    const best = found.sort((a, b) => specificity(b) - specificity(a))[0];
    if (best !== undefined) add(marks, { theme, weight: specificity(best), because: best });
  }
  // A verb and its object: "Retain our policyholders" (loyalty), "Attract top talent" (talent).
  for (const hit of objectiveSubjectThemes(text)) add(marks, { theme: hit.theme, weight: 1, because: hit.because });
  for (const metric of namedMetrics(text)) {
    const first = metric.entry?.themes[0];
    if (first !== undefined) add(marks, { theme: first, weight: 1, because: metric.text });
    if (metric.entry?.abbr?.includes(metric.text) === true) sectors |= entrySectors(metric.entry);
  }
  return { marks: [...marks.values()], sectors };
}

/**
 * The themes an objective is about (see objectiveProfile).
 * @param text the objective's name and description
 * @returns one mark per theme
 * @example objectiveThemes("Strengthen liquidity").map((m) => m.theme) // ["cash"]
 */
export function objectiveThemes(text: string): ThemeMark[] {
  return objectiveProfile(text).marks;
}

/** A theme link at or above this score is clear (3): a metric's first or second theme (1, 0.75) against an objective's word. */
export const CLEAR_THEME_SCORE = 0.65;

/** The strongest theme shared by a KPI and an objective. */
export interface ThemeLink {
  readonly theme: Theme;
  /** KPI weight × objective weight, in (0, 1]. */
  readonly score: number;
  /** The KPI's metric that measures the theme. */
  readonly metric: string;
  /** The objective's word that names it. */
  readonly keyword: string;
  /** The scores of the other themes they clearly share (each theme's best), added up: how much more of the KPI the objective covers. */
  readonly others: number;
  /** Whether the best link is on the same theme on both sides (not one the KPI's theme feeds). */
  readonly direct: boolean;
}

/** A KPI's theme marks arranged for comparing with many objectives: per theme, its own best mark and the best one feeding it. */
export interface KpiThemeIndex {
  readonly marks: readonly ThemeMark[];
  readonly own: readonly (ThemeMark | undefined)[];
  readonly fed: readonly (ThemeMark | undefined)[];
}

const THEME_INDEX = new Map<Theme, number>(THEMES.map((theme, i) => [theme, i]));
const indexOf = (theme: Theme): number => THEME_INDEX.get(theme) ?? -1;

/**
 * Arranges a KPI's theme marks once for themeLinkFrom (a KPI is compared with every objective).
 * @param kpi the KPI's theme marks
 * @returns the index
 */
export function indexThemes(kpi: readonly ThemeMark[]): KpiThemeIndex {
  const own = new Array<ThemeMark | undefined>(THEMES.length).fill(undefined);
  const fed = new Array<ThemeMark | undefined>(THEMES.length).fill(undefined);
  for (const k of kpi) {
    const i = indexOf(k.theme);
    if ((own[i]?.weight ?? -1) < k.weight) own[i] = k;
    for (const target of THEME_FEEDS[k.theme]) {
      const j = indexOf(target);
      if ((fed[j]?.weight ?? -1) < k.weight) fed[j] = k;
    }
  }
  return { marks: kpi, own, fed };
}

/**
 * The best theme link between a KPI's marks and an objective's.
 * @param kpi the KPI's theme marks
 * @param objective the objective's theme marks
 * @returns the link, or undefined when they share no theme
 * @example themeLink(kpiThemes("Time to hire"), objectiveThemes("Attract top talent"))?.theme // "talent"
 */
export function themeLink(kpi: readonly ThemeMark[], objective: readonly ThemeMark[]): ThemeLink | undefined {
  return themeLinkFrom(indexThemes(kpi), objective);
}

/**
 * The best theme link between an indexed KPI and an objective's marks (see themeLink).
 * @param kpi from indexThemes
 * @param objective the objective's theme marks
 * @returns the link, or undefined when they share no theme
 */
export function themeLinkFrom(kpi: KpiThemeIndex, objective: readonly ThemeMark[]): ThemeLink | undefined {
  let best: ThemeMark | undefined;
  let bestKpi: ThemeMark | undefined;
  let bestScore = -1;
  let bestDirect = 0;
  let total = 0;
  for (const o of objective) {
    const i = indexOf(o.theme);
    const own = kpi.own[i];
    const fed = kpi.fed[i];
    // The same theme, or one the KPI's theme feeds (THEME_FEEDS), a little less surely.
    const direct = own === undefined ? 0 : own.weight * o.weight;
    const indirect = fed === undefined ? 0 : fed.weight * o.weight * FEED_WEIGHT;
    if (own === undefined && fed === undefined) continue;
    const score = Math.max(direct, indirect);
    // Only themes the KPI itself measures count as more coverage (one fed theme is no second piece of evidence).
    if (direct >= CLEAR_THEME_SCORE) total += direct;
    if (score > bestScore) {
      bestScore = score;
      best = o;
      bestKpi = direct >= indirect ? own : fed;
      bestDirect = direct;
    }
  }
  if (best === undefined || bestKpi === undefined) return undefined;
  return {
    theme: best.theme,
    score: bestScore,
    metric: bestKpi.because,
    keyword: best.because,
    others: bestScore >= CLEAR_THEME_SCORE ? total - bestDirect : 0,
    direct: bestDirect > 0 && bestDirect >= bestScore,
  };
}

/**
 * Whether a KPI's themes and an objective's are related at all: a theme in common, or one feeding the
 * other either way ("Teacher turnover" and "Support teachers to grow": workforce stability and learning).
 * @param kpi the KPI's theme marks, indexed
 * @param objective the objective's theme marks
 * @returns true when some pair is the same theme or one step apart
 */
export function themesRelated(kpi: KpiThemeIndex, objective: readonly ThemeMark[]): boolean {
  return objective.some((o) => {
    const i = indexOf(o.theme);
    return kpi.own[i] !== undefined || kpi.fed[i] !== undefined || THEME_FEEDS[o.theme].some((t) => kpi.own[indexOf(t)] !== undefined);
  });
}
