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
import { findMetrics } from "./metricIndex";
import { namedMetrics } from "./namedMetrics";

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

/** A metric's themes weigh less the further down its list they are. */
const RANK_WEIGHT = [1, 0.75, 0.5] as const;

const MATCHERS: ReadonlyArray<readonly [Theme, WordMatcher]> = THEMES.map((theme) => [
  theme,
  makeWordMatcher([{ terms: THEME_KEYWORDS[theme].en, inflection: "verb" }], THEME_KEYWORDS[theme].zh),
]);

function add(marks: Map<Theme, ThemeMark>, mark: ThemeMark): void {
  const known = marks.get(mark.theme);
  if (known === undefined || known.weight < mark.weight) marks.set(mark.theme, mark);
}

/** A KPI's own theme words count a little less than a metric's first themes: enough for a clear link to an objective that names the theme. */
const KPI_KEYWORD_WEIGHT = 0.8;
/** Output per unit of work: a productivity measure. */
const PER_WORK = /(?<![a-z])per\s+(?:labou?r|man|staff|employee|worker|fte|head|person|attendant|agent|nurse|teacher|driver|picker)(?:[\s-]+(?:hour|day|shift|month))?(?![a-z])|(?<![a-z])per\s+(?:labou?r|man|staff)?[\s-]*(?:hour|shift)(?![a-z])|人均|每人|每工时|单位工时|每班次/iu;

/** A metric that qualifies the next one ("营收" in "单位营收碳排放强度") counts for less. */
const MODIFIER_WEIGHT = 0.75;
/** Between a modifier metric and the metric it qualifies ("单位营收碳排放强度", "revenue churn"): at most this many characters, none a separator. */
const MODIFIER_GAP = /^[\s\p{Script=Han}a-z-]{0,3}$/iu;

/**
 * The themes a KPI's text measures: from the metrics it names (a metric that only qualifies the one
 * after it, as 营收 in "单位营收碳排放强度", does not count), and from its own theme words.
 * @param text the KPI's name and description
 * @returns one mark per theme (the strongest)
 * @example kpiThemes("Time to hire").map((m) => m.theme) // ["talent"]
 */
export function kpiThemes(text: string): ThemeMark[] {
  const marks = new Map<Theme, ThemeMark>();
  const metrics = findMetrics(text);
  metrics.forEach((hit, k) => {
    const next = metrics[k + 1];
    const modifier = next !== undefined && MODIFIER_GAP.test(text.slice(hit.end, next.start)) ? MODIFIER_WEIGHT : 1;
    hit.entry.themes.forEach((theme, i) => add(marks, { theme, weight: (RANK_WEIGHT[i] ?? 0.5) * modifier, because: hit.text }));
  });
  for (const [theme, matcher] of MATCHERS) {
    const found = matcher.find(text);
    if (found.length > 0) add(marks, { theme, weight: KPI_KEYWORD_WEIGHT, because: found[0] ?? "" });
  }
  // "Units produced per labour hour", "rooms cleaned per attendant shift", "人均产值": output per unit of
  // work is productivity, whatever is counted.
  const perWork = PER_WORK.exec(text);
  if (perWork !== null) add(marks, { theme: "efficiency", weight: 1, because: perWork[0] });
  return [...marks.values()];
}

/**
 * The themes an objective is about, from its words and from the metrics it names.
 * @param text the objective's name and description
 * @returns one mark per theme
 * @example objectiveThemes("Strengthen liquidity").map((m) => m.theme) // ["cash"]
 */
export function objectiveThemes(text: string): ThemeMark[] {
  const marks = new Map<Theme, ThemeMark>();
  for (const [theme, matcher] of MATCHERS) {
    const found = matcher.find(text);
    const best = found.sort((a, b) => specificity(b) - specificity(a))[0];
    if (best !== undefined) add(marks, { theme, weight: specificity(best), because: best });
  }
  for (const metric of namedMetrics(text)) {
    const first = metric.entry?.themes[0];
    if (first !== undefined) add(marks, { theme: first, weight: 1, because: metric.text });
  }
  return [...marks.values()];
}

/** The strongest theme shared by a KPI and an objective. */
export interface ThemeLink {
  readonly theme: Theme;
  /** KPI weight × objective weight, in (0, 1]. */
  readonly score: number;
  /** The KPI's metric that measures the theme. */
  readonly metric: string;
  /** The objective's word that names it. */
  readonly keyword: string;
}

/**
 * The best theme link between a KPI's marks and an objective's.
 * @param kpi the KPI's theme marks
 * @param objective the objective's theme marks
 * @returns the link, or undefined when they share no theme
 * @example themeLink(kpiThemes("Time to hire"), objectiveThemes("Attract top talent"))?.theme // "talent"
 */
export function themeLink(kpi: readonly ThemeMark[], objective: readonly ThemeMark[]): ThemeLink | undefined {
  let best: ThemeLink | undefined;
  for (const k of kpi) {
    for (const o of objective) {
      // The same theme, or one the KPI's theme feeds (THEME_FEEDS), a little less surely.
      const factor = k.theme === o.theme ? 1 : THEME_FEEDS[k.theme].includes(o.theme) ? FEED_WEIGHT : 0;
      if (factor === 0) continue;
      const score = k.weight * o.weight * factor;
      if (best === undefined || score > best.score) best = { theme: o.theme, score, metric: k.because, keyword: o.because };
    }
  }
  return best;
}
