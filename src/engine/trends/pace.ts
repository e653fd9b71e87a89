import type { Direction } from "../model";

/** The straight pace line (DOMAIN §5): from `baseline` on `start` to `target` on `deadline`. Dates are Excel serials. */
export interface PaceInput {
  readonly baseline: number;
  readonly target: number;
  /** Serial of the period start (where the baseline stands). */
  readonly start: number;
  /** Serial of the deadline (where the target stands). */
  readonly deadline: number;
  /** Serial of "today" — an input, so results never depend on the clock. */
  readonly asOf: number;
}

export type PaceResult =
  | { readonly ok: true; readonly expected: number; /** Share of the span gone by, clamped to [0, 1]. */ readonly elapsed: number }
  | { readonly ok: false; readonly reason: "no-span" | "missing-input" };

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Where the KPI should stand today on a straight line from baseline at the start to target at the
 * deadline (DOMAIN §5): expected = B + (T − B)·elapsed, elapsed = (asOf − start) / (deadline − start)
 * clamped to [0, 1] (before the start: the baseline; after the deadline: the target).
 * @param input baseline, target, start, deadline and as-of date (Excel serials)
 * @returns the expected value and elapsed share; `missing-input` when any input is not a finite
 *   number; `no-span` when the deadline is not after the start
 * @example expectedToday({ baseline: 100, target: 200, start: 46023, deadline: 46387, asOf: 46205 }) // { ok: true, expected: 150, elapsed: 0.5 }
 */
export function expectedToday(input: PaceInput): PaceResult {
  const { baseline, target, start, deadline, asOf } = input ?? ({} as Partial<PaceInput>);
  if (!finite(baseline) || !finite(target) || !finite(start) || !finite(deadline) || !finite(asOf)) {
    return { ok: false, reason: "missing-input" };
  }
  if (!(deadline > start)) return { ok: false, reason: "no-span" };
  const elapsed = Math.min(1, Math.max(0, (asOf - start) / (deadline - start)));
  return { ok: true, expected: baseline + (target - baseline) * elapsed, elapsed };
}

/** How far a value is from a target value or from a band [low, high] (0 inside the band). */
function distance(value: number, target: number | readonly [number, number]): number {
  if (typeof target === "number") return Math.abs(value - target);
  const low = Math.min(target[0], target[1]);
  const high = Math.max(target[0], target[1]);
  return value < low ? low - value : value > high ? value - high : 0;
}

/**
 * Whether the actual is behind the pace line (DOMAIN §5: behind pace is "At risk" even when the
 * score is green). Higher is better: actual < expected. Lower is better: actual > expected.
 * On target / band (no better side): behind when the actual is strictly farther from the target (or
 * from the band; 0 inside it) than the expected value is — so pass `target`; without it, or with any
 * non-finite number, the answer is `false` (cannot tell, so not flagged).
 * @param actual today's actual
 * @param expected today's pace value, from {@link expectedToday}
 * @param direction which way is good
 * @param target for `target` / `band` only: the target value, or the band's [low, high]
 * @returns true when behind pace
 * @example isBehindPace(140, 150, "higher") // true
 * @example isBehindPace(103, 98, "target", 100) // true: 3 away from the target, the pace line only 2
 */
export function isBehindPace(
  actual: number,
  expected: number,
  direction: Direction,
  target?: number | readonly [number, number],
): boolean {
  if (!finite(actual) || !finite(expected)) return false;
  switch (direction) {
    case "higher":
      return actual < expected;
    case "lower":
      return actual > expected;
    case "target":
    case "band": {
      if (target === undefined || target === null) return false;
      if (typeof target === "number" ? !finite(target) : !Array.isArray(target) || !finite(target[0]) || !finite(target[1])) return false;
      return distance(actual, target) > distance(expected, target);
    }
    default:
      return false;
  }
}
