import type { Series } from "./series";
import { isValue } from "./internal/isValue";

/** Process-behaviour signals (DOMAIN §5; Wheeler's detection rules as used by Graban and PuMP). */
export type SignalKind = "ABOVE_LIMIT" | "BELOW_LIMIT" | "RUN_ABOVE" | "RUN_BELOW" | "NEAR_UPPER" | "NEAR_LOWER";

export interface Signal {
  readonly kind: SignalKind;
  /** Position in the series (blanks included) of the point that raised it. */
  readonly index: number;
}

export type XmrResult =
  | {
      readonly ok: true;
      /** Centre line X̄, the mean of the numbers. */
      readonly centre: number;
      /** Average moving range mR̄ = mean of |xᵢ − xᵢ₋₁| over consecutive numbers. */
      readonly mrBar: number;
      /** Natural process limits X̄ ± 2.66·mR̄. */
      readonly upper: number;
      readonly lower: number;
      readonly n: number;
      /** Every signal, by index; a point that raises several lists them LIMIT, RUN, NEAR. */
      readonly signals: readonly Signal[];
      /** The signal of the latest point that raised any (LIMIT before RUN before NEAR); absent when none. */
      readonly latest?: Signal;
    }
  | { readonly ok: false; readonly reason: "too-few-points"; readonly n: number; readonly needed: 6 };

/** XmR limits are usable from this many numbers (DOMAIN §5). */
export const MIN_XMR_POINTS = 6;
/** Scaling constant for individuals charts: 3 / d₂ with d₂ = 1.128 for moving ranges of two. */
export const XMR_SCALE = 2.66;
/** A run of this many numbers on one side of the centre is a signal. */
export const RUN_LENGTH = 8;

/**
 * XmR (process behaviour) chart of a history (DOMAIN §5). Blanks are skipped: moving ranges are taken
 * between consecutive numbers and runs continue across a blank. Signals, each raised by a point:
 * - ABOVE_LIMIT / BELOW_LIMIT: the point is strictly outside the limits;
 * - RUN_ABOVE / RUN_BELOW: the point is the 8th or a later one of consecutive numbers strictly on one
 *   side of the centre (a point on the centre ends a run);
 * - NEAR_UPPER / NEAR_LOWER: the point is beyond the midpoint between centre and a limit
 *   (|x − X̄| > 1.33·mR̄), and it and the 3 numbers before it include at least 3 such points on that side
 *   (so of any 4 consecutive numbers with 3 beyond the midpoint, the last of those 3 raises it).
 * A constant series (mR̄ = 0) has no limits worth the name and gives no signal.
 * Two passes over the series (sums, then signals); no copy.
 * @param series history, oldest first; blanks and non-finite numbers are skipped
 * @returns centre, mR̄, limits, count, signals and the latest one; `too-few-points` under 6 numbers
 * @example xmr([10, 12, 11, 13, 12, 30]) // centre 14.666…, mrBar 4.8, upper 27.434…: signals [{ kind: "ABOVE_LIMIT", index: 5 }]
 */
export function xmr(series: Series): XmrResult {
  let n = 0;
  let sum = 0;
  let mrSum = 0;
  let prev = 0;
  for (let i = 0; i < series.length; i++) {
    const y = series[i];
    if (!isValue(y)) continue;
    if (n > 0) mrSum += Math.abs(y - prev);
    sum += y;
    prev = y;
    n++;
  }
  if (n < MIN_XMR_POINTS) return { ok: false, reason: "too-few-points", n, needed: MIN_XMR_POINTS };
  const centre = sum / n;
  const mrBar = mrSum / (n - 1);
  const width = XMR_SCALE * mrBar;
  const signals: Signal[] = [];
  let latest: Signal | undefined;
  if (mrBar > 0) {
    const half = width / 2;
    let runSide = 0;
    let runLength = 0;
    // Zone (+1 beyond the upper midpoint, −1 beyond the lower, 0 neither) of the 3 previous numbers.
    let z1 = 0;
    let z2 = 0;
    let z3 = 0;
    for (let i = 0; i < series.length; i++) {
      const y = series[i];
      if (!isValue(y)) continue;
      const d = y - centre;
      const first = signals.length;
      if (d > width) signals.push({ kind: "ABOVE_LIMIT", index: i });
      else if (d < -width) signals.push({ kind: "BELOW_LIMIT", index: i });
      const side = d > 0 ? 1 : d < 0 ? -1 : 0;
      if (side !== 0 && side === runSide) runLength++;
      else {
        runSide = side;
        runLength = side === 0 ? 0 : 1;
      }
      if (runLength >= RUN_LENGTH) signals.push({ kind: runSide > 0 ? "RUN_ABOVE" : "RUN_BELOW", index: i });
      const zone = d > half ? 1 : d < -half ? -1 : 0;
      if (zone !== 0) {
        const count = 1 + (z1 === zone ? 1 : 0) + (z2 === zone ? 1 : 0) + (z3 === zone ? 1 : 0);
        if (count >= 3) signals.push({ kind: zone > 0 ? "NEAR_UPPER" : "NEAR_LOWER", index: i });
      }
      z3 = z2;
      z2 = z1;
      z1 = zone;
      if (signals.length > first) latest = signals[first];
    }
  }
  const result = { ok: true as const, centre, mrBar, upper: centre + width, lower: centre - width, n, signals };
  return latest === undefined ? result : { ...result, latest };
}
