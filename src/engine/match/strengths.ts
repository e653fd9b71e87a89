import type { Perspective } from "../model";
import { links } from "./links";
import type { PreparedObjectives } from "./prepareObjectives";
import type { Strength } from "./strength";

/** The KPI fields the strategy match reads (DOMAIN §4); a `Kpi` row fits. */
export interface MatchKpi {
  readonly name: string;
  readonly description?: string;
  /** The objective cell: an explicit link to an objective by name. */
  readonly objective?: string;
  readonly weight?: number;
  readonly perspective?: Perspective;
  readonly owner?: string;
}

/**
 * Relationship strength r(k, j) of one KPI to every objective (DOMAIN §4): 9 when the KPI's
 * objective cell names objective j (see `linkMatches`); 3 when the texts are clearly similar
 * (similarity ≥ 0.5) or a metric the KPI names clearly measures a theme of the objective; 1 when
 * the texts are weakly similar (≥ 0.2); else 0. See `links` for the evidence.
 * @param kpi the KPI (not modified)
 * @param prepared the objectives from `prepareObjectives`
 * @returns one strength per objective, in objective order
 * @example strengths({ name: "提升Revenue" }, prepareObjectives([{ name: "Grow revenue", weight: 1 }, { name: "Cut cost", weight: 1 }])) // [3, 0]
 */
export function strengths(kpi: MatchKpi, prepared: PreparedObjectives): Strength[] {
  return links(kpi, prepared).strengths;
}
