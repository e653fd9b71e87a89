import { bestOfRow, type BestObjective } from "./internal/bestOfRow";
import type { PreparedObjectives } from "./prepareObjectives";
import { links } from "./links";
import type { MatchKpi } from "./strengths";

/**
 * The objective a KPI serves best (DOMAIN §4): highest strength; ties → higher affinity (similarity
 * plus theme score), then higher priority weight, then the first listed. Carries the link's evidence.
 * @param kpi the KPI (not modified)
 * @param prepared the objectives from `prepareObjectives`
 * @returns `{ index, objective, strength }`, or `{ strength: 0 }` when no objective relates
 * @example bestObjective({ name: "客户满意度" }, prepareObjectives([{ name: "Grow revenue", weight: 1 }, { name: "提升客户满意度", weight: 1 }])) // { index: 1, objective: "提升客户满意度", strength: 3 }
 */
export function bestObjective(kpi: MatchKpi, prepared: PreparedObjectives): BestObjective {
  const row = links(kpi, prepared);
  return bestOfRow(row.strengths, prepared, row.affinity, row.evidence);
}

export type { BestObjective };
