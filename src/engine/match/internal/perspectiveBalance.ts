import type { Issue, Objective, Perspective } from "../../model";
import { makeIssue } from "../../messages/define";
import { MATCH_MESSAGES } from "../../messages/match";
import { isPerspective, PERSPECTIVE_LABELS, PERSPECTIVES } from "./perspectiveLabels";

export interface PerspectiveBalance {
  readonly balance: number;
  readonly perspectiveWeights: Record<Perspective, number>;
  readonly emptyPerspectives: Perspective[];
  readonly crowdedPerspectives: Perspective[];
}

/** More objectives than this in one perspective is "crowded" (DOMAIN §4). */
const CROWDED = 5;

/**
 * Perspective balance H (DOMAIN §4): the normalised entropy −Σ p·ln p / ln 4 of KPI weight shares
 * over the four perspectives. A KPI without a perspective takes its best objective's; KPIs with
 * neither are left out, and p is each perspective's share of the weight that is in. Also lists
 * perspectives with no KPI weight and perspectives with more than 5 objectives.
 */
export function perspectiveBalance(
  perspectives: readonly (Perspective | undefined)[],
  shares: readonly number[],
  objectives: readonly Objective[],
  issues: Issue[],
): PerspectiveBalance {
  const sums: Record<Perspective, number> = { financial: 0, customer: 0, process: 0, learning: 0 };
  perspectives.forEach((p, k) => {
    if (p !== undefined) sums[p] += shares[k] ?? 0;
  });
  const total = PERSPECTIVES.reduce((a, p) => a + sums[p], 0);
  let entropy = 0;
  for (const p of PERSPECTIVES) {
    sums[p] = total > 0 ? sums[p] / total : 0;
    if (sums[p] > 0) entropy -= sums[p] * Math.log(sums[p]);
  }
  const emptyPerspectives = total > 0 ? PERSPECTIVES.filter((p) => sums[p] === 0) : [];
  if (total > 0) {
    for (const p of emptyPerspectives) issues.push(makeIssue(MATCH_MESSAGES, "PERSPECTIVE_EMPTY", { perspective: PERSPECTIVE_LABELS[p].en, perspectiveZh: PERSPECTIVE_LABELS[p].zh }));
  } else if (perspectives.length > 0) {
    issues.push(makeIssue(MATCH_MESSAGES, "NO_PERSPECTIVES"));
  }
  const crowdedPerspectives = PERSPECTIVES.filter((p) => objectives.filter((o) => isPerspective(o.perspective) && o.perspective === p).length > CROWDED);
  for (const p of crowdedPerspectives) {
    const count = objectives.filter((o) => o.perspective === p).length;
    issues.push(makeIssue(MATCH_MESSAGES, "PERSPECTIVE_CROWDED", { perspective: PERSPECTIVE_LABELS[p].en, perspectiveZh: PERSPECTIVE_LABELS[p].zh, count }));
  }
  return { balance: total > 0 ? entropy / Math.log(PERSPECTIVES.length) : 0, perspectiveWeights: sums, emptyPerspectives, crowdedPerspectives };
}
