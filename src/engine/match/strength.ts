/**
 * Relationship strength r(k, j) of a KPI to an objective (DOMAIN §4, after QFD / Hoshin X-matrix):
 * 9 strong (an explicit link), 3 medium (text clearly related), 1 weak, 0 none.
 */
export type Strength = 0 | 1 | 3 | 9;

/**
 * Text similarity at or above which a KPI is "clearly related" (3): e.g. half the objective's
 * concepts and half the KPI's are shared ("Customer satisfaction" vs "Improve customer experience":
 * (1/2 + 1/2) / 2 = 0.5), or the whole objective appears in the KPI text (≥ (1 + 1/n) / 2).
 */
export const STRONG_SIMILARITY = 0.5;

/** Text similarity at or above which a KPI is "weakly related" (1); below it, 0. */
export const WEAK_SIMILARITY = 0.2;

/**
 * Maps a text similarity score to a strength of 3, 1 or 0 (9 is only for explicit links).
 * @param score similarity in [0, 1] (see `similarity`)
 * @returns 3 when score ≥ 0.5, 1 when ≥ 0.2, else 0 (also for NaN)
 * @example textStrength(0.5) // 3
 * @example textStrength(0.25) // 1
 */
export function textStrength(score: number): 0 | 1 | 3 {
  if (score >= STRONG_SIMILARITY) return 3;
  if (score >= WEAK_SIMILARITY) return 1;
  return 0;
}
