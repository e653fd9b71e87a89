/**
 * The KPI formula library: Excel custom functions in the `KPI` namespace (the namespace comes from the
 * manifest). `custom-functions-metadata-plugin` reads the JSDoc below to generate `functions.json`; the
 * function ids and parameter orders are a public contract (workbooks keep them for years).
 *
 * Every range parameter is declared `any[][]` so Excel always passes a 2-D array (even for one cell)
 * and behaviour never depends on implicit lifting. Each body hands its arguments to one shared runner
 * (internal/runner.ts) that pairs ranges cell by cell, coerces, calls the engine and turns problems
 * into Excel errors in the result cell concerned. Formula reference: README.md, "Formula reference".
 */
import { alignFn, bestObjectiveFn, matchIndexFn } from "./internal/table/match";
import { neededFn } from "./internal/table/needed";
import { deadlineFn, numberFn } from "./internal/table/parse";
import { attainmentFn, bandFn, scoreFn, statusFn, weightedFn } from "./internal/table/score";
import { smartFlagsFn, smartFn, smartNoteFn, smartRewriteFn } from "./internal/table/smart";
import { projectFn, signalFn } from "./internal/table/trends";

/**
 * Attainment ratio of a KPI: 1 means exactly on target (higher is better: 1 + (A − T) / |T|; with a baseline: progress from baseline to target).
 * @customfunction ATTAINMENT
 * @param {any[][]} actual Actual value(s): a cell or a range.
 * @param {any[][]} target Target value(s): one cell for all, or a range the same shape as actual.
 * @param {any[][]} [direction] Which way is good: higher, lower or target (越高越好, 越低越好, 适中). Blank = higher.
 * @param {any[][]} [baseline] Starting value(s); when given, attainment is the progress from baseline to target.
 * @returns Attainment ratio per cell (1 = on target).
 */
export function ATTAINMENT(actual: unknown[][], target: unknown[][], direction?: unknown[][], baseline?: unknown[][]): unknown[][] {
  return attainmentFn(actual, target, direction, baseline);
}

/**
 * Score of a KPI: its attainment clamped to [floor, cap], by default [0, 1.2].
 * @customfunction SCORE
 * @param {any[][]} actual Actual value(s): a cell or a range.
 * @param {any[][]} target Target value(s): one cell for all, or a range the same shape as actual.
 * @param {any[][]} [direction] Which way is good: higher, lower or target (越高越好, 越低越好, 适中). Blank = higher.
 * @param {any[][]} [baseline] Starting value(s); when given, attainment is the progress from baseline to target.
 * @param {any[][]} [floor] Lowest score. Blank = 0.
 * @param {any[][]} [cap] Highest score. Blank = 1.2.
 * @returns Score per cell.
 */
export function SCORE(
  actual: unknown[][],
  target: unknown[][],
  direction?: unknown[][],
  baseline?: unknown[][],
  floor?: unknown[][],
  cap?: unknown[][],
): unknown[][] {
  return scoreFn(actual, target, direction, baseline, floor, cap);
}

/**
 * Attainment for a target band: 1 inside [low, high], else 1 − distance / |nearer bound|.
 * @customfunction BAND
 * @param {any[][]} actual Actual value(s): a cell or a range.
 * @param {any[][]} low Lower bound of the target band.
 * @param {any[][]} high Upper bound of the target band.
 * @returns Attainment ratio per cell (1 = inside the band).
 */
export function BAND(actual: unknown[][], low: unknown[][], high: unknown[][]): unknown[][] {
  return bandFn(actual, low, high);
}

/**
 * The actual a KPI needs for its score to reach the threshold (higher is better: T + (s − 1)·|T|; with a baseline: B + s·(T − B)). On target gives two, low and high, side by side.
 * @customfunction NEEDED
 * @param {any[][]} target Target value(s): a cell or a range.
 * @param {any[][]} [direction] Which way is good: higher, lower or target (越高越好, 越低越好, 适中). Blank = higher.
 * @param {any[][]} [baseline] Starting value(s); when given, the score is the progress from baseline to target.
 * @param {any[][]} [threshold] The score to reach, e.g. 0.9 or 90%. Blank = 1 (the green threshold).
 * @returns The actual needed per cell; on target a low and a high column (lower is better: the actual is a maximum).
 */
export function NEEDED(target: unknown[][], direction?: unknown[][], baseline?: unknown[][], threshold?: unknown[][]): unknown[][] {
  return neededFn(target, direction, baseline, threshold);
}

/**
 * Status of a score: On track, At risk, Off track, or No data when the score is blank.
 * @customfunction STATUS
 * @param {any[][]} score Score(s): a cell or a range.
 * @param {any[][]} [green] A score at or above this is On track. Blank = 1.
 * @param {any[][]} [amber] A score at or above this (and below green) is At risk. Blank = 0.9.
 * @returns On track / At risk / Off track / No data per cell.
 */
export function STATUS(score: unknown[][], green?: unknown[][], amber?: unknown[][]): unknown[][] {
  return statusFn(score, green, amber);
}

/**
 * Weighted mean of scores: Σ score × weight / Σ weight. Weights are relative; all blank = equal weights; a blank weight beside others leaves that KPI out.
 * @customfunction WEIGHTED
 * @param {any[][]} scores Scores; blank cells are skipped.
 * @param {any[][]} weights Relative weights, the same shape as scores (40/30/30 = 0.4/0.3/0.3).
 * @returns The weighted total.
 */
export function WEIGHTED(scores: unknown[][], weights: unknown[][]): number {
  return weightedFn(scores, weights);
}

/**
 * Number of SMART criteria met, 0–5 (Specific, Measurable, Achievable, Relevant, Time-bound).
 * @customfunction SMART
 * @param {any[][]} description KPI text, e.g. "Raise NPS from 30 to 45 by Q4 2027": a cell or a column of KPIs.
 * @param {any[][]} [target] Target(s): a number, or words such as 4:1, Top 5, ≤¥85, double (vague words such as high fail Measurable).
 * @param {any[][]} [unit] Unit(s) the KPI is measured in (%, ¥, days …).
 * @param {any[][]} [deadline] Deadline(s): a date or period such as Q3 2027, FY2027, 2026年底.
 * @param {any[][]} [baseline] Starting value(s).
 * @param {any[][]} [objective] The strategic objective each KPI serves.
 * @param {any[][]} [objectives] The strategy's objectives: one shared list, any shape.
 * @param {any[][]} [history] Past values, oldest first: one row per KPI.
 * @param {any[][]} [direction] Which way is good: higher, lower or target. Blank = higher.
 * @returns Criteria met per KPI, 0–5.
 */
export function SMART(
  description: unknown[][],
  target?: unknown[][],
  unit?: unknown[][],
  deadline?: unknown[][],
  baseline?: unknown[][],
  objective?: unknown[][],
  objectives?: unknown[][],
  history?: unknown[][],
  direction?: unknown[][],
): unknown[][] {
  return smartFn(description, target, unit, deadline, baseline, objective, objectives, history, direction);
}

/**
 * SMART criteria as five characters S M A R T: the letter when met, - when not, ? when unknown (e.g. SM?R-).
 * @customfunction SMARTFLAGS
 * @param {any[][]} description KPI text, e.g. "Raise NPS from 30 to 45 by Q4 2027": a cell or a column of KPIs.
 * @param {any[][]} [target] Target(s): a number, or words such as 4:1, Top 5, ≤¥85, double (vague words such as high fail Measurable).
 * @param {any[][]} [unit] Unit(s) the KPI is measured in (%, ¥, days …).
 * @param {any[][]} [deadline] Deadline(s): a date or period such as Q3 2027, FY2027, 2026年底.
 * @param {any[][]} [baseline] Starting value(s).
 * @param {any[][]} [objective] The strategic objective each KPI serves.
 * @param {any[][]} [objectives] The strategy's objectives: one shared list, any shape.
 * @param {any[][]} [history] Past values, oldest first: one row per KPI.
 * @param {any[][]} [direction] Which way is good: higher, lower or target. Blank = higher.
 * @returns Five characters per KPI, e.g. SM?R-.
 */
export function SMARTFLAGS(
  description: unknown[][],
  target?: unknown[][],
  unit?: unknown[][],
  deadline?: unknown[][],
  baseline?: unknown[][],
  objective?: unknown[][],
  objectives?: unknown[][],
  history?: unknown[][],
  direction?: unknown[][],
): unknown[][] {
  return smartFlagsFn(description, target, unit, deadline, baseline, objective, objectives, history, direction);
}

/**
 * Why each SMART criterion is not met or unknown, with a suggestion, and what links the KPI to an objective when only meaning does, in Excel's display language.
 * @customfunction SMARTNOTE
 * @param {any[][]} description KPI text, e.g. "Raise NPS from 30 to 45 by Q4 2027": a cell or a column of KPIs.
 * @param {any[][]} [target] Target(s): a number, or words such as 4:1, Top 5, ≤¥85, double (vague words such as high fail Measurable).
 * @param {any[][]} [unit] Unit(s) the KPI is measured in (%, ¥, days …).
 * @param {any[][]} [deadline] Deadline(s): a date or period such as Q3 2027, FY2027, 2026年底.
 * @param {any[][]} [baseline] Starting value(s).
 * @param {any[][]} [objective] The strategic objective each KPI serves.
 * @param {any[][]} [objectives] The strategy's objectives: one shared list, any shape.
 * @param {any[][]} [history] Past values, oldest first: one row per KPI.
 * @param {any[][]} [direction] Which way is good: higher, lower or target. Blank = higher.
 * @returns The reasons and suggestions per KPI, the evidence of a link found by meaning, a passed deadline ("" when all five are met by what the row states).
 */
export function SMARTNOTE(
  description: unknown[][],
  target?: unknown[][],
  unit?: unknown[][],
  deadline?: unknown[][],
  baseline?: unknown[][],
  objective?: unknown[][],
  objectives?: unknown[][],
  history?: unknown[][],
  direction?: unknown[][],
): unknown[][] {
  return smartNoteFn(description, target, unit, deadline, baseline, objective, objectives, history, direction);
}

/**
 * A SMART version of each KPI that is not fully SMART, built from what its row knows, with ‹placeholders› where data is missing, in Excel's display language ("" when already SMART).
 * @customfunction SMARTREWRITE
 * @param {any[][]} description KPI text, e.g. "Improve customer satisfaction": a cell or a column of KPIs.
 * @param {any[][]} [target] Target(s): a number, or words such as 4:1, Top 5, ≤¥85, double.
 * @param {any[][]} [unit] Unit(s) the KPI is measured in (%, ¥, days …).
 * @param {any[][]} [deadline] Deadline(s): a date or period such as Q3 2027, FY2027, 2026年底.
 * @param {any[][]} [baseline] Starting value(s).
 * @param {any[][]} [objective] The strategic objective each KPI serves.
 * @param {any[][]} [objectives] The strategy's objectives: one shared list, any shape.
 * @param {any[][]} [history] Past values, oldest first: one row per KPI.
 * @param {any[][]} [direction] Which way is good: higher, lower or target. Blank = higher.
 * @returns The proposed SMART statement per KPI.
 */
export function SMARTREWRITE(
  description: unknown[][],
  target?: unknown[][],
  unit?: unknown[][],
  deadline?: unknown[][],
  baseline?: unknown[][],
  objective?: unknown[][],
  objectives?: unknown[][],
  history?: unknown[][],
  direction?: unknown[][],
): unknown[][] {
  return smartRewriteFn(description, target, unit, deadline, baseline, objective, objectives, history, direction);
}

/**
 * Strength of a KPI's link to its best-matching objective: 9 explicit link, 3 clearly related, 1 weakly, 0 none.
 * @customfunction ALIGN
 * @param {any[][]} kpiText KPI name or description: a cell or a column of KPIs.
 * @param {any[][]} objectives The strategy's objectives: one shared list, any shape.
 * @param {any[][]} [link] The objective each KPI names as its own (an explicit link scores 9).
 * @returns Strength 0, 1, 3 or 9 per KPI.
 */
export function ALIGN(kpiText: unknown[][], objectives: unknown[][], link?: unknown[][]): unknown[][] {
  return alignFn(kpiText, objectives, link);
}

/**
 * Name of the objective a KPI serves best; #N/A when no objective relates.
 * @customfunction BESTOBJECTIVE
 * @param {any[][]} kpiText KPI name or description: a cell or a column of KPIs.
 * @param {any[][]} objectives The strategy's objectives: one shared list, any shape.
 * @param {any[][]} [link] The objective each KPI names as its own (an explicit link wins).
 * @returns The objective's name per KPI.
 */
export function BESTOBJECTIVE(kpiText: unknown[][], objectives: unknown[][], link?: unknown[][]): unknown[][] {
  return bestObjectiveFn(kpiText, objectives, link);
}

/**
 * Strategy Match Index, 0–100: coverage, strength-weighted coverage, weight consistency and perspective balance of a KPI set against the strategy (> 75 strong, < 60 weak).
 * @customfunction MATCHINDEX
 * @param {any[][]} kpiTexts KPI names or descriptions, one per cell.
 * @param {any[][]} kpiWeights KPI weights, the same shape as kpiTexts (blank = equal weights).
 * @param {any[][]} objectives The strategy's objectives: one list, any shape.
 * @param {any[][]} [objectiveWeights] Priority weight of each objective, the same shape as objectives (blank = 1).
 * @param {any[][]} [kpiLinks] The objective each KPI names as its own, the same shape as kpiTexts.
 * @param {any[][]} [kpiPerspectives] Balanced Scorecard perspective of each KPI (financial, customer, process, learning; 财务, 客户 …).
 * @returns The index, 0–100.
 */
export function MATCHINDEX(
  kpiTexts: unknown[][],
  kpiWeights: unknown[][],
  objectives: unknown[][],
  objectiveWeights?: unknown[][],
  kpiLinks?: unknown[][],
  kpiPerspectives?: unknown[][],
): number {
  return matchIndexFn(kpiTexts, kpiWeights, objectives, objectiveWeights, kpiLinks, kpiPerspectives);
}

/**
 * Projected attainment at the deadline: the history's least-squares line (as FORECAST.LINEAR) extended periodsLeft periods, scored against the target.
 * @customfunction PROJECT
 * @param {any[][]} history Past values, oldest first: one row or column for one KPI, or one row per KPI. Blanks are skipped but still count as periods.
 * @param {any[][]} target Target value(s).
 * @param {any[][]} periodsLeft Periods from the last history value to the deadline.
 * @param {any[][]} [direction] Which way is good: higher, lower or target. Blank = higher.
 * @param {any[][]} [baseline] Starting value(s).
 * @returns Projected attainment per KPI (1 = on target).
 */
export function PROJECT(history: unknown[][], target: unknown[][], periodsLeft: unknown[][], direction?: unknown[][], baseline?: unknown[][]): unknown[][] {
  return projectFn(history, target, periodsLeft, direction, baseline);
}

/**
 * Latest process-behaviour (XmR) signal of a history: ABOVE_LIMIT, BELOW_LIMIT, RUN_ABOVE, RUN_BELOW, NEAR_UPPER, NEAR_LOWER, or "" when none. Needs 6 numbers.
 * @customfunction SIGNAL
 * @param {any[][]} history Past values, oldest first: one row or column for one KPI, or one row per KPI.
 * @returns The signal per KPI.
 */
export function SIGNAL(history: unknown[][]): unknown[][] {
  return signalFn(history);
}

/**
 * The number in messy text: ¥3.5万 → 35000, (1,200) → −1200, 12.5% → 0.125, $1.2M → 1200000.
 * @customfunction NUMBER
 * @param {any[][]} text Text or number(s): a cell or a range.
 * @returns The number per cell.
 */
export function NUMBER(text: unknown[][]): unknown[][] {
  return numberFn(text);
}

/**
 * Excel date of the end of the period named: Q3 2027, 2027年第三季度, FY2027, H1 2027, 2026年底, 2026/12/31 ….
 * @customfunction DEADLINE
 * @param {any[][]} text Deadline text or date(s): a cell or a range.
 * @returns The date serial per cell (format the cells as dates).
 */
export function DEADLINE(text: unknown[][]): unknown[][] {
  return deadlineFn(text);
}
