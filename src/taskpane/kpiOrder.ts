/**
 * The pane's KPI list (issue 14 §1): worst first, each with its status, score and a trend arrow.
 * Pure: no React, no Office.
 */
import type { Direction, KpiEvaluation, Status } from "../engine";

/** How bad a status is: lower sorts first. "No data" is a problem too, after the scored ones that fail. */
export const STATUS_RANK: Readonly<Record<Status, number>> = { "Off track": 0, "At risk": 1, "No data": 2, "On track": 3 };

/**
 * The KPIs worst first: by status (Off track, At risk, No data, On track), then by score (lowest
 * first; no score last), then in table order. Parents scored from children sort like any KPI.
 * @param kpis the evaluation's KPIs
 * @returns a new array
 * @example worstFirst(evaluation.kpis).slice(0, 3) // the three KPIs a manager looks at first
 */
export function worstFirst(kpis: readonly KpiEvaluation[]): KpiEvaluation[] {
  const score = (k: KpiEvaluation) => (k.score === undefined || !Number.isFinite(k.score) ? Number.POSITIVE_INFINITY : k.score);
  return [...kpis].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || score(a) - score(b) || a.index - b.index);
}

/** Where a KPI is heading: its projection against its actual, judged by its direction. */
export interface TrendArrow {
  /** ↑ rising, ↓ falling, → flat. */
  readonly arrow: "↑" | "↓" | "→";
  /** Whether that movement is good, bad or neither for this KPI's direction. */
  readonly sense: "good" | "bad" | "neutral";
}

/** A change smaller than this share of |actual| (or 1e-9 in absolute terms) counts as flat. */
export const FLAT_SHARE = 0.005;

/**
 * The trend arrow of a KPI, from its projection to the deadline (DOMAIN §5) against its actual.
 * Higher is better: rising is good; lower is better: rising is bad; on target / band: neither.
 * @param kpi one KPI of the evaluation
 * @returns the arrow, or undefined when there is no actual or no projection (too little history)
 * @example trendArrow({ inputs: { actual: 90, direction: "higher" }, trend: { projection: { value: 98 } } }) // { arrow: "↑", sense: "good" }
 */
export function trendArrow(kpi: Pick<KpiEvaluation, "inputs" | "trend">): TrendArrow | undefined {
  const actual = kpi.inputs.actual;
  const projected = kpi.trend.projection?.value;
  if (actual === undefined || projected === undefined || !Number.isFinite(actual) || !Number.isFinite(projected)) return undefined;
  const change = projected - actual;
  if (Math.abs(change) <= Math.max(1e-9, FLAT_SHARE * Math.abs(actual))) return { arrow: "→", sense: "neutral" };
  const arrow = change > 0 ? "↑" : "↓";
  return { arrow, sense: senseOf(kpi.inputs.direction, change > 0) };
}

function senseOf(direction: Direction, rising: boolean): TrendArrow["sense"] {
  if (direction === "higher") return rising ? "good" : "bad";
  if (direction === "lower") return rising ? "bad" : "good";
  return "neutral";
}
