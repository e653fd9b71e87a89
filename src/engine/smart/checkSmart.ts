/**
 * The SMART check for one KPI (DOMAIN §3): each criterion met / not met / unknown with a stable reason
 * code, an English and Chinese message and, where it helps, a suggestion; plus notes outside the five.
 * Facts stated in the name or description ("cut first-response time from 9 h to 4 h by end of Q1 2027")
 * count as if they were in their columns; a value in its column wins over one stated in the text.
 */
import type { Cadence, Direction } from "../model";
import { inferDirectionFromName } from "../parse/direction";
import { extractTextFacts } from "../parse/textFacts";
import { checkAchievable } from "./achievable";
import { checkMeasurable } from "./measurable";
import { checkRelevant } from "./relevant";
import { smartNotes } from "./smartNotes";
import type { CriterionResult, SmartContext, SmartInput, SmartLimits, SmartResult } from "./smartTypes";
import { checkSpecific } from "./specific";
import { checkTimeBound } from "./timeBound";
import { METRIC_MATCHER, VAGUE_MATCHER } from "./vocabulary";

export type { CriterionResult, CriterionState, SmartContext, SmartInput, SmartLimits, SmartNote, SmartResult } from "./smartTypes";

/** Default Achievable limits: +100% / −60% a year, 5 history points, stretch at z ≥ 1, reject above z = 2. */
export const DEFAULT_SMART_LIMITS: SmartLimits = Object.freeze({ maxIncrease: 1.0, maxDecrease: 0.6, minHistory: 5, stretchZ: 1, rejectZ: 2 });

const CADENCES: ReadonlySet<string> = new Set<Cadence>(["daily", "weekly", "monthly", "quarterly", "half-yearly", "yearly"]);
const DIRECTIONS: ReadonlySet<string> = new Set<Direction>(["higher", "lower", "target", "band"]);
const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const text = (x: unknown): string => (typeof x === "string" ? x : "");
const optionalText = (x: unknown): string | undefined => (typeof x === "string" && x.trim() !== "" ? x : undefined);

function limitsOf(partial: Partial<SmartLimits> | undefined): SmartLimits {
  const limits = { ...DEFAULT_SMART_LIMITS };
  if (partial !== undefined && partial !== null && typeof partial === "object") {
    for (const key of Object.keys(limits) as (keyof SmartLimits)[]) {
      const value = partial[key];
      if (finite(value)) limits[key] = value;
    }
  }
  return limits;
}

function flagOf(letter: string, result: CriterionResult): string {
  return result.state === "met" ? letter : result.state === "not-met" ? "-" : "?";
}

/**
 * Checks one KPI against SMART. Never throws; inputs of the wrong type are treated as missing.
 * @param input the KPI: name, description and the cells that bear on SMART (target, unit, baseline,
 *   deadline, direction, history, frequency, owner, objective, data source)
 * @param context "today" (asOf, an Excel serial), the strategy's objectives and/or the KPI's alignment
 *   strength, optional Achievable limits and fiscal-year start month
 * @returns the five criteria, score (criteria met, 0–5), flags (e.g. "SM?R-") and notes
 * @example
 * checkSmart({ name: "First-response time", description: "cut from 9 h to 4 h by end of Q1 2027", owner: "Support" },
 *            { asOf: 46353, objectives: ["Delight customers"] })
 * // flags "SMA-T" (R: no objective named while the strategy has objectives), score 4
 */
export function checkSmart(input: SmartInput, context: SmartContext): SmartResult {
  const ctx = context !== null && typeof context === "object" ? context : ({ asOf: Number.NaN } as SmartContext);
  const kpi = input !== null && typeof input === "object" ? input : ({ name: "" } as SmartInput);
  const asOf = finite(ctx.asOf) ? ctx.asOf : Math.floor(Date.now() / 86_400_000) + 25_569;
  const fiscalYearStartMonth = finite(ctx.fiscalYearStartMonth) ? ctx.fiscalYearStartMonth : undefined;
  const name = text(kpi.name);
  const description = text(kpi.description);
  const goal = description.trim() === "" ? name : `${name}\n${description}`;
  const facts = extractTextFacts(goal, { asOf, fiscalYearStartMonth });
  const metrics = METRIC_MATCHER.find(goal);
  const vague = VAGUE_MATCHER.find(goal);
  const frequency = typeof kpi.frequency === "string" && CADENCES.has(kpi.frequency) ? kpi.frequency : undefined;
  const direction = typeof kpi.direction === "string" && DIRECTIONS.has(kpi.direction) ? kpi.direction : (facts.direction ?? inferDirectionFromName(name));
  const target = finite(kpi.target) ? kpi.target : facts.target;
  const history = Array.isArray(kpi.history) ? kpi.history : undefined;

  const time = checkTimeBound({ deadline: kpi.deadline, deadlineText: optionalText(kpi.deadlineText), frequency, facts, asOf, fiscalYearStartMonth });
  const S = checkSpecific([name, description], metrics, vague, facts);
  const M = checkMeasurable({ target: finite(kpi.target) ? kpi.target : undefined, unit: optionalText(kpi.unit), isPercent: kpi.isPercent === true, facts, metrics, vague });
  const A = checkAchievable({
    target,
    baseline: finite(kpi.baseline) ? kpi.baseline : facts.baseline,
    direction,
    deadline: time.deadline,
    history,
    frequency,
    change: target === undefined ? facts.change : undefined,
    isPercent: kpi.isPercent === true || (!finite(kpi.target) && facts.numbers.some((n) => n.percent && n.value === facts.target)),
    asOf,
    limits: limitsOf(ctx.limits),
  });
  const R = checkRelevant(optionalText(kpi.objective), { objectives: ctx.objectives, alignment: ctx.alignment });
  const T = time.result;
  const all = [S, M, A, R, T];
  return {
    S,
    M,
    A,
    R,
    T,
    score: all.filter((c) => c.state === "met").length,
    flags: "SMART".split("").map((letter, i) => flagOf(letter, all[i] as CriterionResult)).join(""),
    notes: smartNotes(optionalText(kpi.owner), optionalText(kpi.dataSource), frequency, goal),
  };
}
