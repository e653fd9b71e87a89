/** Default score floor (DOMAIN §2). */
export const DEFAULT_FLOOR = 0;
/** Default score cap (DOMAIN §2). */
export const DEFAULT_CAP = 1.2;

/**
 * Score = attainment clamped to [floor, cap] (DOMAIN §2, default [0, 1.2]).
 * A NaN floor or cap (or a blank one) falls back to its default; a floor above the cap is read as
 * [cap, floor] (settings validation reports such input: see `resolveSettings`). An infinite cap means
 * no cap. A NaN attainment is never returned: it gives the floor (callers pass only `ok` attainments).
 * @param attainment the attainment ratio (1 = on target)
 * @param floor lowest score, default 0
 * @param cap highest score, default 1.2
 * @returns a number within [floor, cap]
 * @example clampScore(1.35) // 1.2
 * @example clampScore(-0.4) // 0
 * @example clampScore(1.35, 0, 1.5) // 1.35
 */
export function clampScore(attainment: number, floor: number | null = DEFAULT_FLOOR, cap: number | null = DEFAULT_CAP): number {
  let lo = floor === null || Number.isNaN(floor) ? DEFAULT_FLOOR : floor;
  let hi = cap === null || Number.isNaN(cap) ? DEFAULT_CAP : cap;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (Number.isNaN(attainment) || attainment <= lo) return lo;
  return attainment >= hi ? hi : attainment;
}
