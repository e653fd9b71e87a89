import type { Series } from "./series";
import { linearFit, MIN_TREND_POINTS } from "./linearFit";

/**
 * A projected value `periodsAhead` periods after the last number of the history (DOMAIN §5), or why
 * there is none. `slope` is the trend per period the projection used.
 */
export type Projection =
  | { readonly ok: true; readonly value: number; readonly method: "linear" | "holt"; readonly slope: number }
  | {
      readonly ok: false;
      /** `bad-smoothing`: Holt's α or β outside (0, 1). */
      readonly reason: "too-few-points" | "bad-horizon" | "bad-smoothing";
      /** Numbers in the history. */
      readonly n: number;
      /** Numbers a projection needs (3). */
      readonly needed: number;
    };

/**
 * Whether a horizon is usable: a finite number of periods ≥ 0 (fractions allowed).
 * @param periodsAhead periods after the last history value
 * @returns true when usable
 * @example isHorizon(3) // true; isHorizon(-1) // false
 */
export function isHorizon(periodsAhead: number): boolean {
  return typeof periodsAhead === "number" && Number.isFinite(periodsAhead) && periodsAhead >= 0;
}

/**
 * Straight-line projection to the deadline (DOMAIN §5): the least-squares line evaluated at
 * x = lastIndex + periodsAhead — what Excel's FORECAST.LINEAR gives. `periodsAhead` counts the
 * periods after the last number (a blank inside the history still counts as a period of time).
 * @param series history, oldest first; blanks skipped but keep their position
 * @param periodsAhead periods from the last number to the deadline, finite and ≥ 0
 * @returns the projected value and slope; `too-few-points` under 3 numbers; `bad-horizon` for a
 *   negative or non-finite horizon, or one so far out that the value overflows
 * @example projectLinear([1, 2, 4, 4, 6], 2) // { ok: true, value: 8.2, method: "linear", slope: 1.2 }
 */
export function projectLinear(series: Series, periodsAhead: number): Projection {
  const fit = linearFit(series);
  if (!isHorizon(periodsAhead)) return { ok: false, reason: "bad-horizon", n: fit.n, needed: MIN_TREND_POINTS };
  if (!fit.ok) return { ok: false, reason: "too-few-points", n: fit.n, needed: MIN_TREND_POINTS };
  const value = fit.intercept + fit.slope * (fit.lastIndex + periodsAhead);
  if (!Number.isFinite(value)) return { ok: false, reason: "bad-horizon", n: fit.n, needed: MIN_TREND_POINTS };
  return { ok: true, value, method: "linear", slope: fit.slope };
}
