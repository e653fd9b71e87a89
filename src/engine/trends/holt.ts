import type { Series } from "./series";
import type { Projection } from "./projectLinear";
import { isHorizon } from "./projectLinear";
import { MIN_TREND_POINTS } from "./linearFit";
import { isValue } from "./internal/isValue";

/** Smoothing factors of Holt's linear method, each strictly between 0 and 1. */
export interface HoltOptions {
  /** Level smoothing α. @default 0.5 */
  readonly alpha?: number;
  /** Trend smoothing β. @default 0.3 */
  readonly beta?: number;
}

/** Documented defaults: α = 0.5 follows the data fairly closely, β = 0.3 keeps the trend steady. */
export const HOLT_DEFAULTS = { alpha: 0.5, beta: 0.3 } as const;

const inUnit = (v: number) => typeof v === "number" && v > 0 && v < 1;

/**
 * Projection by Holt's linear (double exponential) smoothing, the option beside least squares
 * (DOMAIN §5). Start: level = the second number, trend = (second − first) / periods between them.
 * Each later number y, in error-correction form (exact for a constant series):
 *   forecast F = L + T;  L ← F + α·(y − F);  T ← T + β·((L_new − L_old) − T)
 * A blank period carries the forecast through the gap: L ← L + T with T unchanged (as if the
 * period's value had been exactly its forecast). Projection: L + periodsAhead·T, counted from the
 * last number, like {@link projectLinear}.
 * @param series history, oldest first; blanks skipped but keep their position
 * @param periodsAhead periods from the last number to the deadline, finite and ≥ 0
 * @param options α and β, each in (0, 1); defaults {@link HOLT_DEFAULTS}
 * @returns the projected value and final trend per period; `too-few-points` under 3 numbers;
 *   `bad-horizon` (negative, non-finite, or so far out that the value overflows); `bad-smoothing` when α or β is outside (0, 1)
 * @example projectHolt([10, 12, 15, 15], 2) // { ok: true, value: 19.63, method: "holt", slope: 1.9025 } (to rounding)
 */
export function projectHolt(series: Series, periodsAhead: number, options: HoltOptions = {}): Projection {
  const alpha = options.alpha ?? HOLT_DEFAULTS.alpha;
  const beta = options.beta ?? HOLT_DEFAULTS.beta;
  let n = 0;
  let level = 0;
  let trend = 0;
  let prevX = -1;
  for (let x = 0; x < series.length; x++) {
    const y = series[x];
    if (!isValue(y)) continue;
    n++;
    if (n === 1) {
      level = y;
    } else if (n === 2) {
      trend = (y - level) / (x - prevX);
      level = y;
    } else {
      // Carry through the blanks since the previous number, then one ordinary update.
      const carried = level + (x - prevX - 1) * trend;
      const forecast = carried + trend;
      const next = forecast + alpha * (y - forecast);
      trend += beta * (next - carried - trend);
      level = next;
    }
    prevX = x;
  }
  if (!isHorizon(periodsAhead)) return { ok: false, reason: "bad-horizon", n, needed: MIN_TREND_POINTS };
  if (!inUnit(alpha) || !inUnit(beta)) return { ok: false, reason: "bad-smoothing", n, needed: MIN_TREND_POINTS };
  if (n < MIN_TREND_POINTS) return { ok: false, reason: "too-few-points", n, needed: MIN_TREND_POINTS };
  const value = level + periodsAhead * trend;
  if (!Number.isFinite(value)) return { ok: false, reason: "bad-horizon", n, needed: MIN_TREND_POINTS };
  return { ok: true, value, method: "holt", slope: trend };
}
