import type { LinkEvidence } from "../links";
import type { PreparedObjectives } from "../prepareObjectives";
import type { Strength } from "../strength";

/** A KPI's best objective: `index`/`objective` are absent when nothing relates (strength 0). */
export interface BestObjective {
  readonly index?: number;
  readonly objective?: string;
  readonly strength: Strength;
  /** Why the KPI is linked to it. */
  readonly evidence?: LinkEvidence;
}

/**
 * Picks the objective with the highest strength from a row of strengths (DOMAIN §4); ties go to the
 * higher affinity (similarity plus theme score), then the higher priority weight, then the first.
 * @param row strengths in objective order
 * @param prepared the objectives the row refers to
 * @param affinity per objective, for ties (default all 0)
 * @param evidence per objective (default none)
 * @returns the best objective, or `{ strength: 0 }` when none relates
 */
export function bestOfRow(row: readonly Strength[], prepared: PreparedObjectives, affinity: readonly number[] = [], evidence: readonly (LinkEvidence | undefined)[] = []): BestObjective {
  let best = -1;
  const weight = (i: number) => {
    const w = prepared.objectives[i]?.weight;
    return typeof w === "number" && Number.isFinite(w) ? w : 1;
  };
  row.forEach((strength, j) => {
    if (strength === 0) return;
    if (best < 0) {
      best = j;
      return;
    }
    const current = row[best] ?? 0;
    const a = affinity[j] ?? 0;
    const b = affinity[best] ?? 0;
    if (strength > current || (strength === current && (a > b + 1e-12 || (Math.abs(a - b) <= 1e-12 && weight(j) > weight(best))))) best = j;
  });
  const objective = best < 0 ? undefined : prepared.objectives[best];
  if (objective === undefined) return { strength: 0 };
  const why = evidence[best];
  return { index: best, objective: objective.name, strength: row[best] ?? 0, ...(why === undefined ? {} : { evidence: why }) };
}
