/**
 * A — Achievable (DOMAIN §3): judged only when the numbers allow, else unknown.
 *
 * Order of the rules:
 * 1. No target and no relative change stated → unknown (A_NO_NUMBERS).
 * 2. Target against the KPI's direction from the reference value (baseline, else the last history
 *    value): higher with T < B, or lower with T > B → not met (A_CONTRADICTS_DIRECTION). Only a given or
 *    inferred direction counts; an assumed "higher" is never used to fail a KPI.
 * 3. History rule, when the history holds ≥ minHistory numbers, at least 2 growth rates, a deadline, and
 *    B (the last history value) and T are both > 0: g = (T/B)^(1/n) − 1 with n the periods from asOf to
 *    the deadline at the cadence (frequency, else monthly; a cadence deadline is one period; at least 1).
 *    z = (g − ḡ)/s, sign flipped for lower-is-better (and for a falling target without direction), so a
 *    positive z always means "more ambitious than the history". s is floored at 0.01 (one percentage
 *    point per period): a perfectly steady history (s = 0) would otherwise make any other pace look
 *    infinitely unlikely. z > rejectZ → not met; stretchZ ≤ z ≤ rejectZ → met, "stretch";
 *    z ≤ −stretchZ (g ≤ ḡ − s) → met, "too-easy"; else met.
 * 4. Baseline rule (B = baseline, else the last history value): r = (T − B)/B. Annualised when the
 *    deadline is more than a year after asOf: (T/B)^(1/years) − 1 (compound rate; linear r/years when
 *    T ≤ 0). Deadlines within a year, cadence deadlines and no deadline take r as it is (the limits are
 *    "within a year", and a shorter horizon is not scaled up). Not met when r > maxIncrease or
 *    r < −maxDecrease. B ≤ 0 → unknown (A_ZERO_BASELINE): a relative change from 0 or a negative is
 *    meaningless.
 * 5. A relative change stated in the text without a target ("raise sales by 10%") → the same limits,
 *    annualised the same way ((1 + change)^(1/years) − 1).
 */
import type { Cadence, Deadline, Direction } from "../model";
import { criterion } from "./criterion";
import { signedPercent } from "./signedPercent";
import { historyGrowth } from "./historyGrowth";
import type { CriterionResult, SmartLimits } from "./smartTypes";

/** What Achievable reads (facts from the text already merged in). */
export interface AchievableInput {
  target?: number;
  baseline?: number;
  direction?: Direction;
  deadline?: Deadline;
  history?: readonly (number | null)[];
  frequency?: Cadence;
  /** A relative change stated in the text, as a signed fraction. */
  change?: number;
  /** Whether target and baseline are percentages (for the messages only). */
  isPercent?: boolean;
  asOf: number;
  limits: SmartLimits;
}

const DAYS_PER: Readonly<Record<Cadence, number>> = { daily: 1, weekly: 7, monthly: 30.4375, quarterly: 91.3125, "half-yearly": 182.625, yearly: 365.25 };
/** Boundaries are compared with this tolerance, so rounding noise in g, ḡ and s does not decide them. */
const EPSILON = 1e-9;
const finite = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const fixed = (x: number) => String(Math.round(x * 10) / 10);
const show = (x: number, percent = false) => (percent ? `${Math.round(x * 1e6) / 1e4}%` : String(Math.round(x * 1e6) / 1e6));

/**
 * Periods from asOf to the deadline at a cadence (at least 1; a cadence deadline is one period).
 * @param asOf "today" as an Excel serial
 * @param deadline the deadline
 * @param cadence the history's cadence (monthly when unknown)
 * @returns n ≥ 1
 * @example periodsUntil(46353, { serial: 46477, iso: "2027-03-31", kind: "quarter" }, "monthly") // 4 (124 days / 30.44)
 */
export function periodsUntil(asOf: number, deadline: Deadline, cadence: Cadence = "monthly"): number {
  if (deadline.kind === "cadence") return 1;
  return Math.max(1, Math.round((deadline.serial - asOf) / DAYS_PER[cadence]));
}

/**
 * Judges Achievable.
 * @param input target, baseline, direction, deadline, history, frequency, stated change, asOf, limits
 * @returns met / not met / unknown with its reason; detail "stretch" or "too-easy" from the history rule
 * @example checkAchievable({ target: 300, baseline: 100, asOf: 46353, limits: DEFAULT_SMART_LIMITS }).code // "A_CHANGE_TOO_LARGE" (+200%)
 */
export function checkAchievable(input: AchievableInput): CriterionResult {
  const { limits } = input;
  const stats = historyGrowth(input.history);
  const target = finite(input.target) ? input.target : undefined;
  const reference = finite(input.baseline) ? input.baseline : stats.last;
  const deadline = input.deadline;
  const years = deadline === undefined || deadline.kind === "cadence" ? 1 : (deadline.serial - input.asOf) / 365.25;
  if (target === undefined) {
    if (!finite(input.change)) return criterion("unknown", "A_NO_NUMBERS");
    const ratio = 1 + input.change;
    return changeVerdict(years > 1 ? (ratio > 0 ? ratio ** (1 / years) - 1 : input.change / years) : input.change, limits);
  }
  if (reference === undefined) return criterion("unknown", "A_NO_NUMBERS");
  const { direction } = input;
  if ((direction === "higher" && target < reference) || (direction === "lower" && target > reference)) {
    return criterion("not-met", "A_CONTRADICTS_DIRECTION", {
      target: show(target, input.isPercent),
      baseline: show(reference, input.isPercent),
      directionEn: direction === "higher" ? "higher is better" : "lower is better",
      directionZh: direction === "higher" ? "越高越好" : "越低越好",
    });
  }
  const last = stats.last;
  if (stats.count >= limits.minHistory && stats.rates.length >= 2 && input.deadline !== undefined && last !== undefined && last > 0 && target > 0) {
    const n = periodsUntil(input.asOf, input.deadline, input.frequency);
    const g = (target / last) ** (1 / n) - 1;
    const falling = direction === "lower" || (direction !== "higher" && target < last);
    const z = ((falling ? -1 : 1) * (g - stats.mean)) / Math.max(stats.spread, 0.01);
    const params = { g: signedPercent(g), mean: signedPercent(stats.mean), spread: signedPercent(stats.spread).replace("+", ""), z: fixed(Math.abs(z)) };
    if (z > limits.rejectZ + EPSILON) return criterion("not-met", "A_BEYOND_HISTORY", params);
    if (z >= limits.stretchZ - EPSILON) return criterion("met", "A_STRETCH", params, "stretch");
    if (z <= -limits.stretchZ + EPSILON) return criterion("met", "A_TOO_EASY", params, "too-easy");
    return criterion("met", "A_WITHIN_HISTORY", params);
  }
  if (reference <= 0) return criterion("unknown", "A_ZERO_BASELINE");
  let change = (target - reference) / reference;
  if (years > 1) change = target > 0 ? (target / reference) ** (1 / years) - 1 : change / years;
  return changeVerdict(change, limits);
}

function changeVerdict(change: number, limits: SmartLimits): CriterionResult {
  const rising = change >= 0;
  const limit = signedPercent(rising ? limits.maxIncrease : -limits.maxDecrease);
  const tooLarge = rising ? change > limits.maxIncrease + EPSILON : change < -limits.maxDecrease - EPSILON;
  return criterion(tooLarge ? "not-met" : "met", tooLarge ? "A_CHANGE_TOO_LARGE" : "A_CHANGE_PLAUSIBLE", { change: signedPercent(change), limit });
}
