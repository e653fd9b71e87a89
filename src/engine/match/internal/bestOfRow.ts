import type { PreparedObjectives } from "../prepareObjectives";
import type { Strength } from "../strength";

/** A KPI's best objective: `index`/`objective` are absent when nothing relates (strength 0). */
export interface BestObjective {
  readonly index?: number;
  readonly objective?: string;
  readonly strength: Strength;
}

/**
 * Picks the objective with the highest strength from a row of strengths (DOMAIN §4); ties go to
 * the higher priority weight, then to the first.
 * @param row strengths in objective order
 * @param prepared the objectives the row refers to
 * @returns the best objective, or `{ strength: 0 }` when none relates
 */
export function bestOfRow(row: readonly Strength[], prepared: PreparedObjectives): BestObjective {
  let best = -1;
  row.forEach((strength, j) => {
    if (strength === 0) return;
    const current = best < 0 ? undefined : row[best];
    const weight = (i: number) => {
      const w = prepared.objectives[i]?.weight;
      return typeof w === "number" && Number.isFinite(w) ? w : 1;
    };
    if (current === undefined || strength > current || (strength === current && weight(j) > weight(best))) best = j;
  });
  const objective = best < 0 ? undefined : prepared.objectives[best];
  return objective === undefined ? { strength: 0 } : { index: best, objective: objective.name, strength: row[best] ?? 0 };
}

