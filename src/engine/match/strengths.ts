import type { Perspective } from "../model";
import { linkedObjectives } from "./internal/linkedObjectives";
import type { PreparedObjectives } from "./prepareObjectives";
import { similarityOfCounts } from "./similarity";
import { textStrength, type Strength } from "./strength";
import { tokenize } from "./tokenize";

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
 * objective cell names objective j (see `linkMatches`), else from the similarity of the KPI's
 * name + description to the objective's name + description: 3 at ≥ 0.5, 1 at ≥ 0.2, else 0.
 * @param kpi the KPI (not modified)
 * @param prepared the objectives from `prepareObjectives`
 * @returns one strength per objective, in objective order
 * @example strengths({ name: "提升Revenue" }, prepareObjectives([{ name: "Grow revenue", weight: 1 }, { name: "Cut cost", weight: 1 }])) // [3, 0]
 */
export function strengths(kpi: MatchKpi, prepared: PreparedObjectives): Strength[] {
  const count = prepared.objectives.length;
  const out = new Array<Strength>(count).fill(0);
  if (count === 0 || typeof kpi !== "object" || kpi === null) return out;
  const text = `${typeof kpi.name === "string" ? kpi.name : ""} ${typeof kpi.description === "string" ? kpi.description : ""}`;
  const concepts = tokenize(text);
  if (concepts.length > 0) {
    const shared = new Array<number>(count).fill(0);
    for (const concept of concepts) {
      for (const j of prepared.postings.get(concept) ?? []) shared[j] = (shared[j] ?? 0) + 1;
    }
    shared.forEach((n, j) => {
      if (n > 0) out[j] = textStrength(similarityOfCounts(n, concepts.length, prepared.concepts[j]?.length ?? 0));
    });
  }
  for (const j of linkedObjectives(kpi.objective, prepared)) out[j] = 9;
  return out;
}
