import type { Series } from "./series";
import { isValue } from "./internal/isValue";

/** A least-squares line y = intercept + slope·x, x = 0-based position in the history. */
export interface LinearFit {
  readonly slope: number;
  readonly intercept: number;
  /** How many numbers the line was fitted to (blanks are not counted). */
  readonly n: number;
  /** Position of the last number in the history (trailing blanks are after it). */
  readonly lastIndex: number;
}

export type FitResult =
  | ({ readonly ok: true } & LinearFit)
  | { readonly ok: false; readonly reason: "too-few-points"; readonly n: number; readonly needed: 3 };

/** "Two points are not a trend" (DOMAIN §5): a slope needs at least this many numbers. */
export const MIN_TREND_POINTS = 3;

/**
 * Least-squares line through the history (DOMAIN §5), the same line as Excel's SLOPE / INTERCEPT /
 * FORECAST.LINEAR with x = 0, 1, 2 … for the periods. Blanks are skipped but keep their x, so a gap
 * stays a gap in time. One pass with running means (Welford-style updates), which stays accurate for
 * large values where the textbook Σx·y − n·x̄·ȳ formula loses digits.
 * @param series history, oldest first; blanks and non-finite numbers are skipped
 * @returns slope, intercept (at x = 0), the count of numbers and the position of the last one;
 *   or `too-few-points` when fewer than 3 numbers
 * @example linearFit([1, 2, 4, 4, 6]) // { ok: true, slope: 1.2, intercept: 1, n: 5, lastIndex: 4 }
 * @example linearFit([5, null, 7]).ok // false: two points are not a trend
 */
export function linearFit(series: Series): FitResult {
  let n = 0;
  let meanX = 0;
  let meanY = 0;
  let sxx = 0;
  let sxy = 0;
  let lastIndex = -1;
  for (let x = 0; x < series.length; x++) {
    const y = series[x];
    if (!isValue(y)) continue;
    n++;
    const dx = x - meanX;
    meanX += dx / n;
    meanY += (y - meanY) / n;
    sxx += dx * (x - meanX);
    sxy += dx * (y - meanY);
    lastIndex = x;
  }
  if (n < MIN_TREND_POINTS) return { ok: false, reason: "too-few-points", n, needed: MIN_TREND_POINTS };
  // With ≥ 3 distinct positions sxx > 0, so the division is safe.
  const slope = sxy / sxx;
  return { ok: true, slope, intercept: meanY - slope * meanX, n, lastIndex };
}
