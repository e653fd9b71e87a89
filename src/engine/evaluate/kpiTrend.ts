/**
 * Trend figures of one KPI (DOMAIN §5): projection to the deadline and its attainment, pace, XmR
 * limits and the latest signal, and a suggested target. Each absent figure says why in `notes`.
 * Per-period targets, when the KPI has them, give the expected value today and the deadline's target
 * (evaluate/periodTargetPlan.ts); otherwise pace is the straight line from baseline to target.
 */
import type { KpiTrend } from "../evaluation";
import type { Cadence, Kpi } from "../model";
import { attainment } from "../score/attainment";
import { clampScore } from "../score/clampScore";
import type { Settings } from "../settings";
import { projectHolt } from "../trends/holt";
import { expectedToday, isBehindPace } from "../trends/pace";
import { projectLinear } from "../trends/projectLinear";
import { suggestTarget } from "../trends/suggestTarget";
import { xmr } from "../trends/xmr";
import { dateToSerial, serialToParts } from "../parse/serial";
import { historyPeriodEnd, periodsBetween } from "./periods";
import { periodTargetPlan } from "./periodTargetPlan";

/** What a KPI's trend needs besides the KPI. */
export interface TrendContext {
  readonly settings: Settings;
  /** History column headers, oldest first (same order as `kpi.history`). */
  readonly historyHeaders: readonly (string | undefined)[];
  /** Cadence of the history columns (table-level), else the KPI's frequency, else monthly. */
  readonly cadence?: Cadence;
}

/** First day of the fiscal year that contains `serial`. */
function fiscalYearStart(serial: number, firstMonth: number): number {
  const { year, month } = serialToParts(serial);
  return dateToSerial(month >= firstMonth ? year : year - 1, firstMonth, 1);
}

/**
 * Computes the trend of one KPI.
 * @param kpi the KPI as read
 * @param series the KPI's history values, oldest first (`null` for blanks)
 * @param context settings, history headers and cadence
 * @returns projection, pace, limits, signal and suggested target where the data allows
 * @example kpiTrend(kpi, [100, 104, 103, 108], { settings, historyHeaders: ["Jan", "Feb", "Mar", "Apr"] }).projection?.value
 */
export function kpiTrend(kpi: Kpi, series: readonly (number | null)[], context: TrendContext): KpiTrend {
  const { settings } = context;
  const notes: string[] = [];
  let points = 0;
  let last = -1;
  for (let i = 0; i < series.length; i++) {
    if (series[i] !== null && series[i] !== undefined) {
      points++;
      last = i;
    }
  }
  if (series.length > 0 && points < series.length) notes.push("HISTORY_BLANKS_SKIPPED");
  const direction = kpi.direction ?? "higher";
  const cadence = context.cadence ?? kpi.frequency ?? "monthly";
  const out: { -readonly [K in keyof KpiTrend]: KpiTrend[K] } = { points, notes };
  const plan = periodTargetPlan(kpi, last, settings.asOf);

  // Projection to the deadline (§5): periods from the last value's period to the deadline's.
  if (kpi.deadline === undefined) notes.push("NO_DEADLINE");
  else if (points < 3) notes.push("TREND_TOO_FEW_POINTS");
  else {
    const lastEnd = historyPeriodEnd(context.historyHeaders[last], settings.asOf) ?? settings.asOf;
    const periodsLeft = kpi.deadline.kind === "cadence" ? 1 : periodsBetween(lastEnd, kpi.deadline.serial, cadence);
    if (periodsLeft < 0) notes.push("DEADLINE_PASSED");
    else {
      const projected = settings.projection === "holt" ? projectHolt(series, periodsLeft) : projectLinear(series, periodsLeft);
      if (projected.ok) {
        // The deadline period's own target when there is one (DOMAIN §5 per-period targets); a band keeps its bounds.
        const periodTarget = kpi.band === undefined ? plan?.atDeadline : undefined;
        const target = periodTarget?.value ?? kpi.target;
        if (periodTarget !== undefined) notes.push("PROJECTION_PERIOD_TARGET");
        const att = attainment({ actual: projected.value, target, baseline: kpi.baseline, direction, band: kpi.band });
        const from = periodTarget === undefined ? {} : { target: periodTarget.value, targetPeriod: periodTarget.period };
        out.projection = att.ok
          ? { value: projected.value, method: projected.method, periodsLeft, attainment: att.value, score: clampScore(att.value, settings.floor, settings.cap), ...from }
          : { value: projected.value, method: projected.method, periodsLeft, ...from };
      } else notes.push(projected.reason === "too-few-points" ? "TREND_TOO_FEW_POINTS" : "PROJECTION_BAD_HORIZON");
    }
  }

  // Pace (§5): the target to date of the current period when there are per-period targets; else the
  // straight line from the baseline at the start of the fiscal year to the target at the deadline.
  if (plan?.expected !== undefined && kpi.actual !== undefined) {
    const { value, period } = plan.expected;
    out.pace = { expected: value, behind: isBehindPace(kpi.actual, value, direction, kpi.band ?? kpi.target), source: "period-targets", period, mode: plan.mode };
    notes.push("PACE_FROM_PERIOD_TARGETS");
  } else if (kpi.baseline !== undefined && kpi.target !== undefined && kpi.actual !== undefined && kpi.deadline !== undefined && kpi.deadline.kind !== "cadence") {
    const start = fiscalYearStart(settings.asOf, settings.fiscalYearStartMonth);
    const pace = expectedToday({ baseline: kpi.baseline, target: kpi.target, start, deadline: kpi.deadline.serial, asOf: settings.asOf });
    if (pace.ok) out.pace = { expected: pace.expected, behind: isBehindPace(kpi.actual, pace.expected, direction, kpi.band ?? kpi.target), source: "line" };
  }

  // Process behaviour (§5): limits from 6 points, the latest signal with the column that raised it.
  const chart = xmr(series);
  if (chart.ok) {
    out.limits = { centre: chart.centre, lower: chart.lower, upper: chart.upper };
    if (chart.latest !== undefined) {
      const header = context.historyHeaders[chart.latest.index];
      out.signal = { kind: chart.latest.kind, index: chart.latest.index, ...(header !== undefined && header !== "" ? { label: header } : {}) };
    }
    const suggestion = suggestTarget(series, { direction });
    if (suggestion !== undefined) out.suggestedTarget = { value: suggestion.suggested, note: suggestion.note };
  } else if (series.length > 0) notes.push("LIMITS_TOO_FEW_POINTS");
  return out;
}
