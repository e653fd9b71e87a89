/**
 * The SMART check for one KPI (DOMAIN §3): each criterion met / not met / unknown with a stable reason
 * code, an English and Chinese message and, where it helps, a suggestion; plus notes outside the five.
 * Facts stated in the name or description ("cut first-response time from 9 h to 4 h by end of Q1 2027")
 * count as if they were in their columns; a value in its column wins over one stated in the text.
 */
import type { Cadence, Deadline, Direction } from "../model";
import { inferDirectionFromName } from "../parse/direction";
import { parseTarget, statedTargetInText } from "../parse/target";
import { extractTextFacts } from "../parse/textFacts";
import { SMART_MESSAGES } from "../messages/smart";
import { smartMessage } from "./criterion";
import { checkAchievable } from "./achievable";
import { checkMeasurable } from "./measurable";
import { checkRelevant } from "./relevant";
import { bestObjective } from "../match/bestObjective";
import { linkEvidenceText } from "../match/evidence";
import { prepareObjectives } from "../match/prepareObjectives";
import { smartNotes } from "./smartNotes";
import type { CriterionResult, SmartContext, SmartInput, SmartLimits, SmartNote, SmartResult } from "./smartTypes";
import { checkSpecific } from "./specific";
import { checkTimeBound } from "./timeBound";
import { rewriteSmart } from "./rewrite";
import { namedMetrics } from "../lexicon/namedMetrics";
import { VAGUE_MATCHER } from "./vocabulary";

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
  const metrics = namedMetrics(goal);
  const vague = VAGUE_MATCHER.find(goal);
  const frequency = typeof kpi.frequency === "string" && CADENCES.has(kpi.frequency) ? kpi.frequency : undefined;
  // A target cell written in words is judged (DOMAIN §3): a bound gives its value and direction, a rank
  // is a position (lower is better), a multiple a relative change.
  const stated = optionalText(kpi.targetText) !== undefined ? parseTarget(kpi.targetText) : undefined;
  const statedValue = stated !== undefined && (stated.kind === "number" || stated.kind === "bound" || stated.kind === "band" || stated.kind === "rank" || stated.kind === "ratio") ? stated.value : undefined;
  const statedInText = stated === undefined || !("value" in stated) ? statedTargetInText(goal) : undefined;
  const statedDirection = stated?.kind === "bound" ? stated.direction : stated?.kind === "rank" || statedInText?.kind === "rank" ? "lower" : undefined;
  const direction =
    typeof kpi.direction === "string" && DIRECTIONS.has(kpi.direction) ? kpi.direction : (statedDirection ?? facts.direction ?? inferDirectionFromName(name));
  const target = finite(kpi.target) ? kpi.target : (statedValue ?? facts.target);
  // A relative change in the target cell ("同比下降30%") is a multiple of the starting value (0.7).
  const multiple =
    stated?.kind === "multiple" ? stated.factor : stated?.kind === "change" ? 1 + stated.change : statedInText?.kind === "multiple" && facts.target === undefined ? statedInText.factor : undefined;
  const history = Array.isArray(kpi.history) ? kpi.history : undefined;

  const time = checkTimeBound({ deadline: kpi.deadline, deadlineText: optionalText(kpi.deadlineText), frequency, facts, asOf, fiscalYearStartMonth });
  const S = checkSpecific([name, description], metrics, vague, facts);
  const M = checkMeasurable({
    target: finite(kpi.target) ? kpi.target : undefined,
    ...(stated === undefined ? {} : { stated }),
    ...(statedInText === undefined ? {} : { statedInText }),
    unit: optionalText(kpi.unit),
    isPercent: kpi.isPercent === true,
    facts,
    metrics: metrics.map((m) => m.text),
    vague,
  });
  const A = checkAchievable({
    target,
    baseline: finite(kpi.baseline) ? kpi.baseline : facts.baseline,
    direction,
    deadline: time.deadline,
    history,
    frequency,
    change: target === undefined ? (multiple !== undefined ? multiple - 1 : facts.change) : undefined,
    isPercent: kpi.isPercent === true || (stated !== undefined && "percent" in stated && stated.percent) || (!finite(kpi.target) && facts.numbers.some((n) => n.percent && n.value === facts.target)),
    asOf,
    limits: limitsOf(ctx.limits),
  });
  const R = checkRelevant(optionalText(kpi.objective), { objectives: ctx.objectives, alignment: ctx.alignment ?? alignmentToWritten(name, description, kpi.objective, ctx.objectives) });
  const T = time.result;
  const all = [S, M, A, R, T];
  const notes = [...smartNotes(optionalText(kpi.owner), optionalText(kpi.dataSource), frequency, goal), ...deadlineNotes(time.deadline, asOf)];
  const score = all.filter((c) => c.state === "met").length;
  const rewrite =
    score < 5 || notes.some((n) => n.code === "DEADLINE_PASSED")
      ? rewriteSmart({
          name,
          metrics,
          direction: direction === "band" ? "target" : direction,
          baseline: finite(kpi.baseline) ? kpi.baseline : facts.baseline,
          target,
          stated,
          isPercent: kpi.isPercent === true,
          deadline: time.deadline,
          asOf,
          owner: optionalText(kpi.owner),
          objective: ctx.alignment?.objective,
          relevant: R.state === "met",
        })
      : undefined;
  return {
    S,
    M,
    A,
    R,
    T,
    score,
    ...(rewrite === undefined ? {} : { rewrite }),
    flags: "SMART".split("").map((letter, i) => flagOf(letter, all[i] as CriterionResult)).join(""),
    notes,
  };
}

/**
 * With no strategy list, an objective cell can still be judged by meaning: does the KPI's text clearly
 * serve the objective it names ("营运资金周转率" → "增强资金流动性")? Its name alone proves nothing.
 */
function alignmentToWritten(name: string, description: string, objective: unknown, objectives: readonly string[] | undefined): SmartContext["alignment"] {
  const written = optionalText(objective);
  if (written === undefined || (Array.isArray(objectives) && objectives.length > 0)) return undefined;
  const best = bestObjective({ name, description }, prepareObjectives([{ name: written, weight: 1 }]));
  if (best.strength < 3 || best.objective === undefined) return undefined;
  return { strength: best.strength, objective: best.objective, ...(best.evidence === undefined ? {} : { evidence: linkEvidenceText(best.evidence, best.objective) }) };
}

/** DEADLINE_PASSED (DOMAIN §3, issue 12): T stays met (the goal had a deadline), but the period is over. */
function deadlineNotes(deadline: Deadline | undefined, asOf: number): SmartNote[] {
  if (deadline === undefined || deadline.kind === "cadence" || !(deadline.serial < asOf)) return [];
  return [{ code: "DEADLINE_PASSED", message: smartMessage(SMART_MESSAGES.DEADLINE_PASSED, { date: deadline.iso }) }];
}
