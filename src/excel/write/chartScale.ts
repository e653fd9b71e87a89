/**
 * Value-axis scales for the charts (issue 14 §4): no single bar may flatten the rest. Scores are
 * already clamped to [floor, cap] (DOMAIN §2), so their axis is that range; variances are cut at a
 * limit chosen from the bulk of the data, and the bars beyond it are cut at the edge (their true
 * value is in their label).
 */

const STEPS = [1, 2, 2.5, 5];

/**
 * A round tick step giving about `ticks` intervals over a range.
 * @param range the width of the axis (> 0)
 * @param ticks the wanted number of intervals
 * @returns 1, 2, 2.5 or 5 times a power of ten
 * @example niceStep(1.2, 6) // 0.2
 */
export function niceStep(range: number, ticks = 6): number {
  if (!(range > 0) || !Number.isFinite(range)) return 1;
  const raw = range / Math.max(1, ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = STEPS.find((s) => s * power >= raw - 1e-12) ?? 10;
  return round(step * power);
}

/** A number without binary noise (0.30000000000000004 → 0.3). */
const round = (n: number): number => Number(n.toPrecision(12));

/**
 * The score axis: from the floor to the cap, with half a step of room beyond the cap for the labels
 * of capped bars.
 * @param floor the settings' floor (default 0)
 * @param cap the settings' cap (default 1.2)
 * @returns bounds and step
 * @example scoreAxis(0, 1.2) // { min: 0, max: 1.3, majorUnit: 0.2 }
 */
export function scoreAxis(floor: number, cap: number): { min: number; max: number; majorUnit: number } {
  const lo = Number.isFinite(floor) ? floor : 0;
  const hi = Number.isFinite(cap) && cap > lo ? cap : lo + 1;
  const step = niceStep(hi - lo);
  return { min: lo, max: round(hi + step / 2), majorUnit: step };
}

const LIMITS = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100];
const niceLimit = (x: number): number => LIMITS.find((l) => l >= x - 1e-12) ?? Math.ceil(x);

/**
 * The half-width of the variance axis (±limit) and whether bars are cut at it. The limit covers the
 * bulk of the variances: every one up to four times the median size (with 10 % room); when the
 * largest is no more than twice that, it covers them all and nothing is cut.
 * @param deltas the variances (Δ as a fraction of target), any sign
 * @returns the limit and whether some variance lies beyond it
 * @example varianceLimit([0.03, -0.01, 0.05, -0.1, 2.2]) // { limit: 0.2, clipped: true }: 2.2 would flatten the rest
 */
export function varianceLimit(deltas: readonly number[]): { limit: number; clipped: boolean } {
  const sizes = deltas.filter((d) => Number.isFinite(d)).map(Math.abs).sort((a, b) => a - b);
  if (sizes.length === 0) return { limit: 0.1, clipped: false };
  const largest = sizes[sizes.length - 1] ?? 0;
  const median = sizes[Math.floor((sizes.length - 1) / 2)] ?? 0;
  const cutoff = 4 * Math.max(median, 0.0125);
  const bulk = Math.max(0, ...sizes.filter((s) => s <= cutoff));
  const limit = Math.max(0.05, niceLimit(bulk * 1.1));
  const all = Math.max(0.05, niceLimit(largest * 1.1));
  if (all <= 2 * limit) return { limit: all, clipped: false };
  return { limit, clipped: true };
}
