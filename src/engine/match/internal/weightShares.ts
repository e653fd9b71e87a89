import type { Issue } from "../../model";
import { makeIssue } from "../../messages/define";
import { MATCH_MESSAGES } from "../../messages/match";
import type { MatchKpi } from "../strengths";

/**
 * Relative KPI weights ŵₖ (DOMAIN §2 rules, used by §4): all blank → equal; some blank → those
 * count 0 and are reported; a weight that is not a finite number ≥ 0 is reported and treated as
 * blank; weights adding up to 0 → equal, reported.
 */
export function weightShares(kpis: readonly MatchKpi[], issues: Issue[]): number[] {
  const n = kpis.length;
  const given = kpis.map((kpi, k) => {
    const w = kpi.weight;
    if (w === undefined || w === null) return undefined;
    if (typeof w === "number" && Number.isFinite(w) && w >= 0) return w;
    issues.push(makeIssue(MATCH_MESSAGES, "KPI_WEIGHT_INVALID", { kpi: kpi.name, value: String(w) }, { kpi: k }));
    return undefined;
  });
  const present = given.filter((w): w is number => w !== undefined);
  if (present.length === 0) return new Array<number>(n).fill(n > 0 ? 1 / n : 0);
  const total = present.reduce((a, b) => a + b, 0);
  if (!(total > 0)) {
    issues.push(makeIssue(MATCH_MESSAGES, "KPI_WEIGHTS_ZERO"));
    return new Array<number>(n).fill(1 / n);
  }
  return given.map((w, k) => {
    if (w !== undefined) return w / total;
    issues.push(makeIssue(MATCH_MESSAGES, "KPI_WEIGHT_BLANK", { kpi: kpis[k]?.name ?? "" }, { kpi: k }));
    return 0;
  });
}

/** Objective priority weights vⱼ: not a finite number ≥ 0 → 1; all 0 → all 1 (reported). */
export function priorityWeights(weights: readonly unknown[], issues: Issue[]): number[] {
  const v = weights.map((w) => (typeof w === "number" && Number.isFinite(w) && w >= 0 ? w : 1));
  if (v.length > 0 && !(v.reduce((a, b) => a + b, 0) > 0)) {
    issues.push(makeIssue(MATCH_MESSAGES, "OBJECTIVE_WEIGHTS_ZERO"));
    return v.map(() => 1);
  }
  return v;
}
