/**
 * What a KPI's per-period targets say for its trend (DOMAIN §5 "Per-period targets … replace the
 * straight line for pace and expected-to-date"): the target to date at the current period (the as-of
 * date's period, or the last period with a history value), and the target of the deadline's period.
 * See trends/periodTargets.ts for the phased and level readings.
 */
import type { Kpi } from "../model";
import { currentPeriod, periodAt, periodTargetMode, targetToDate, type DatedTarget, type PeriodTargetMode } from "../trends/periodTargets";
import { periodSpan } from "./periods";

/** A target to date, and the period label it belongs to. */
export interface PeriodTargetValue {
  readonly value: number;
  readonly period: string;
}

/** The per-period targets' part in a KPI's trend. */
export interface PeriodTargetPlan {
  readonly mode: PeriodTargetMode;
  /** Expected today: the target to date at the current period. */
  readonly expected?: PeriodTargetValue;
  /** The target to date at the deadline's period. */
  readonly atDeadline?: PeriodTargetValue;
}

/**
 * The per-period targets' expected value today and target at the deadline for one KPI (DOMAIN §5).
 * @param kpi the KPI (its `periodTargets`, `target` and `deadline` are used)
 * @param lastValue index of the last history period with a value (−1 when none)
 * @param asOf Excel serial "today"
 * @returns the plan, or undefined when the KPI has no per-period target
 * @example periodTargetPlan({ target: 60, periodTargets: [{ label: "Jan", value: 10 }, { label: "Feb", value: 10 }, { label: "Mar", value: 40 }], … }, 1, serial of 2026-02-28)
 *   // { mode: "phased", expected: { value: 20, period: "Feb" }, … }
 */
export function periodTargetPlan(kpi: Kpi, lastValue: number, asOf: number): PeriodTargetPlan | undefined {
  const list = kpi.periodTargets;
  if (list === undefined || !list.some((t) => t.value !== null)) return undefined;
  const targets: DatedTarget[] = list.map((t) => ({ value: t.value, ...periodSpan(t.label, asOf) }));
  const mode = periodTargetMode(list.map((t) => t.value), kpi.target);
  const at = (i: number | undefined): PeriodTargetValue | undefined => {
    if (i === undefined) return undefined;
    const value = targetToDate(targets, i, mode);
    return value === undefined ? undefined : { value, period: list[i]?.label ?? "" };
  };
  const expected = at(currentPeriod(targets, asOf, lastValue));
  const deadline = kpi.deadline !== undefined && kpi.deadline.kind !== "cadence" ? at(periodAt(targets, kpi.deadline.serial)) : undefined;
  return { mode, ...(expected === undefined ? {} : { expected }), ...(deadline === undefined ? {} : { atDeadline: deadline }) };
}
