/**
 * The share of the pace span gone by at the as-of date (DOMAIN §5 pace), so that the Scorecard's
 * "Expected today" is live: expected = B + (T − B)·elapsed, recomputed when the baseline or target
 * changes. From the refresh's expected value when T ≠ B (exact); otherwise from the dates, as
 * src/engine/evaluate/kpiTrend.ts does (period start = first day of the fiscal year of the as-of
 * date, span to the deadline, clamped to [0, 1]).
 */
import { dateToSerial, serialToParts, type KpiEvaluation, type Settings } from "../../engine";

/**
 * @param kpi the KPI's evaluation
 * @param settings the evaluation's settings (as-of date, fiscal year)
 * @returns elapsed share in [0, 1], or undefined when the KPI has no pace (no baseline, target or dated deadline)
 * @example paceElapsed({ inputs: { baseline: 100, target: 120 }, trend: { pace: { expected: 105 } } }, s) // (105 − 100)/(120 − 100) = 0.25
 */
export function paceElapsed(kpi: KpiEvaluation, settings: Settings): number | undefined {
  const { baseline, target, deadlineSerial } = kpi.inputs;
  if (baseline === undefined || target === undefined || kpi.inputs.band !== undefined) return undefined;
  const expected = kpi.trend.pace?.expected;
  if (expected !== undefined && target !== baseline) return (expected - baseline) / (target - baseline);
  if (deadlineSerial === undefined) return undefined;
  const { year, month } = serialToParts(settings.asOf);
  const first = settings.fiscalYearStartMonth;
  const start = dateToSerial(month >= first ? year : year - 1, first, 1);
  if (!(deadlineSerial > start)) return undefined;
  return Math.min(1, Math.max(0, (settings.asOf - start) / (deadlineSerial - start)));
}
