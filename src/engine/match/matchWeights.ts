/**
 * Weights of the four components in the Strategy Match Index (DOMAIN §4):
 * index = 100·(0.3·C + 0.3·S + 0.3·WC + 0.1·H). User-changeable; the index divides by their sum,
 * so any non-negative weights with a positive sum keep it within 0–100.
 */
export interface MatchWeights {
  /** C: share of objectives with a KPI of strength ≥ 3. */
  readonly coverage: number;
  /** S: priority-weighted strength coverage. */
  readonly strengthCoverage: number;
  /** WC: KPI weights mirror strategic importance. */
  readonly weightConsistency: number;
  /** H: perspective balance (normalised entropy). */
  readonly balance: number;
}

/** The DOMAIN §4 defaults: 0.3 / 0.3 / 0.3 / 0.1. */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  coverage: 0.3,
  strengthCoverage: 0.3,
  weightConsistency: 0.3,
  balance: 0.1,
});
