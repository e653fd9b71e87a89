/**
 * Per-period targets (DOMAIN §5: "Per-period targets (Target Jan…, 1月目标…), when given, replace the
 * straight line for pace and expected-to-date"). Pure functions of the targets, their period dates and
 * the as-of date.
 *
 * Two readings of a row of period targets, decided once per KPI by {@link periodTargetMode}:
 * - **phased**: the targets add up to the KPI's target (a seasonal budget, Jan 10 + Feb 10 + Mar 40 = 60):
 *   each is the period's share, and the target to date is their running sum;
 * - **level**: otherwise each is the value the KPI should stand at by the end of its period (a rate
 *   stepping down 6 % → 5.5 % → 5 %), and the target to date is the latest one.
 */

/** One period target with the first and last day of its period (Excel serials) when the label dates it. */
export interface DatedTarget {
  readonly value: number | null;
  readonly start?: number;
  readonly end?: number;
}

/** See the module comment. */
export type PeriodTargetMode = "phased" | "level";

/** The sum of the period targets counts as the KPI's target within this share of it. */
export const PHASED_TOLERANCE = 0.005;

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const dated = (t: DatedTarget | undefined): t is DatedTarget & { start: number; end: number } => t !== undefined && finite(t.start) && finite(t.end);

/**
 * Whether period targets are phased (their sum is the target) or levels.
 * @param values the period targets (`null` for blanks)
 * @param target the KPI's (main) target, if any
 * @returns `phased` when at least two targets are given and add up to the target within 0.5 % of it, else `level`
 * @example periodTargetMode([10, 10, 40], 60) // "phased"
 * @example periodTargetMode([0.06, 0.055, 0.05], 0.05) // "level"
 */
export function periodTargetMode(values: readonly (number | null | undefined)[], target: number | undefined): PeriodTargetMode {
  const given = (Array.isArray(values) ? values : []).filter(finite);
  if (given.length < 2 || !finite(target) || target === 0) return "level";
  const sum = given.reduce((s, v) => s + v, 0);
  return Math.abs(sum - target) <= PHASED_TOLERANCE * Math.abs(target) ? "phased" : "level";
}

/**
 * The current period: the dated period the as-of date falls in (or, between or after periods, the
 * latest one begun by then); when no period is dated or none has begun, the last period with a history
 * value.
 * @param targets the period targets, with their dates where known
 * @param asOf Excel serial "today"
 * @param lastValue index of the last history period with a value (−1 or undefined when none)
 * @returns an index into `targets`, or undefined
 * @example currentPeriod([{ value: 10, start: 46023, end: 46053 }, { value: 10, start: 46054, end: 46081 }], 46081) // 1 (2026-02-28 is in February)
 */
export function currentPeriod(targets: readonly DatedTarget[], asOf: number, lastValue?: number): number | undefined {
  let best: number | undefined;
  if (finite(asOf)) {
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i];
      if (!dated(t) || t.start > asOf) continue;
      const b = targets[best ?? -1];
      if (!dated(b) || t.start > b.start || (t.start === b.start && t.end < b.end)) best = i;
    }
  }
  if (best !== undefined) return best;
  return lastValue !== undefined && Number.isInteger(lastValue) && lastValue >= 0 && lastValue < targets.length ? lastValue : undefined;
}

/** Indexes of the targets at or before `current`: by their dates when `current` is dated, else by position. */
function upTo(targets: readonly DatedTarget[], current: number): number[] {
  const c = targets[current];
  const out: number[] = [];
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (dated(c) ? dated(t) && t.end <= c.end : i <= current) out.push(i);
  }
  return out;
}

/**
 * The target to date at a period (DOMAIN §5): phased, the sum of the targets up to and including it;
 * level, the latest target given up to it (a blank period keeps the one before).
 * @param targets the period targets, with their dates where known
 * @param current the period, an index into `targets`
 * @param mode phased or level, from {@link periodTargetMode}
 * @returns the value, or undefined when no target is given up to that period
 * @example targetToDate([{ value: 10 }, { value: 10 }, { value: 40 }], 1, "phased") // 20
 * @example targetToDate([{ value: 6 }, { value: null }, { value: 5 }], 1, "level") // 6
 */
export function targetToDate(targets: readonly DatedTarget[], current: number, mode: PeriodTargetMode): number | undefined {
  if (!Number.isInteger(current) || current < 0 || current >= targets.length) return undefined;
  const before = upTo(targets, current).filter((i) => finite(targets[i]?.value));
  if (before.length === 0) return undefined;
  if (mode === "phased") return Number(before.reduce((s, i) => s + (targets[i]?.value ?? 0), 0).toPrecision(12));
  const c = targets[current];
  let latest = before[0] as number;
  for (const i of before) {
    const t = targets[i];
    const l = targets[latest];
    if (dated(c) && dated(t) && dated(l) ? t.end > l.end || (t.end === l.end && i > latest) : i > latest) latest = i;
  }
  return targets[latest]?.value ?? undefined;
}

/**
 * The dated period that contains a day (the deadline's period, for projected attainment).
 * @param targets the period targets, with their dates where known
 * @param serial the day (Excel serial)
 * @returns an index into `targets` (the shortest period when several contain the day), or undefined
 * @example periodAt([{ value: 10, start: 46023, end: 46112 }], 46100) // 0
 */
export function periodAt(targets: readonly DatedTarget[], serial: number): number | undefined {
  if (!finite(serial)) return undefined;
  let best: number | undefined;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (!dated(t) || t.start > serial || t.end < serial) continue;
    const b = targets[best ?? -1];
    if (!dated(b) || t.end - t.start < b.end - b.start) best = i;
  }
  return best;
}
