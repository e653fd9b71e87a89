import type { Issue, Objective, Perspective } from "../model";
import { makeIssue } from "../messages/define";
import { MATCH_MESSAGES } from "../messages/match";
import { asList } from "./internal/asList";
import { bestOfRow, type BestObjective } from "./internal/bestOfRow";
import { linkedObjectives } from "./internal/linkedObjectives";
import { ownerLoad, type OwnerLoad } from "./internal/ownerLoad";
import { perspectiveBalance } from "./internal/perspectiveBalance";
import { isPerspective } from "./internal/perspectiveLabels";
import { priorityWeights, weightShares } from "./internal/weightShares";
import { matchBand, type MatchBand } from "./matchBand";
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from "./matchWeights";
import { prepareObjectives } from "./prepareObjectives";
import type { Strength } from "./strength";
import { links } from "./links";
import type { MatchKpi } from "./strengths";

/** Everything the KPI–strategy match computes (DOMAIN §4); per-KPI arrays are in KPI order. */
export interface StrategyMatch {
  /** r(k, j): `matrix[k][j]`. */
  readonly matrix: Strength[][];
  /** Iₖ = Σⱼ vⱼ·r(k, j). */
  readonly importance: number[];
  /** Îₖ = Iₖ / Σ I (all 0 when Σ I = 0). */
  readonly importanceShare: number[];
  /** ŵₖ: relative KPI weights (all blank → equal; some blank → those 0, reported). */
  readonly weightShare: number[];
  /** C: share of objectives with some KPI of strength ≥ 3. */
  readonly coverage: number;
  readonly uncovered: string[];
  /** KPIs of strength 0 to every objective. */
  readonly orphans: number[];
  /** KPIs whose best strength is 1. */
  readonly weakOnly: number[];
  /** S = Σⱼ vⱼ·min(1, maxₖ r(k, j)/9) / Σⱼ vⱼ — divided by Σ v so that it is a share in [0, 1]. */
  readonly strengthCoverage: number;
  /** WC = 1 − ½·Σₖ |ŵₖ − Îₖ|. */
  readonly weightConsistency: number;
  /** H: normalised entropy of KPI weight over the four perspectives. */
  readonly balance: number;
  /** Share of the (perspective-assigned) KPI weight in each perspective. */
  readonly perspectiveWeights: Record<Perspective, number>;
  readonly emptyPerspectives: Perspective[];
  /** Perspectives with more than 5 objectives. */
  readonly crowdedPerspectives: Perspective[];
  readonly ownerLoad: OwnerLoad[];
  readonly best: BestObjective[];
  /** 100·(0.3·C + 0.3·S + 0.3·WC + 0.1·H) / Σ weights, full precision (the UI rounds). */
  readonly index: number;
  readonly band: MatchBand;
  readonly issues: Issue[];
}

function resolveWeights(partial: Partial<MatchWeights> | undefined, issues: Issue[]): MatchWeights {
  const merged = { ...DEFAULT_MATCH_WEIGHTS, ...(partial ?? {}) };
  const values = [merged.coverage, merged.strengthCoverage, merged.weightConsistency, merged.balance];
  if (values.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0) && values.reduce((a, b) => a + b, 0) > 0) return merged;
  issues.push(makeIssue(MATCH_MESSAGES, "MATCH_WEIGHTS_INVALID"));
  return DEFAULT_MATCH_WEIGHTS;
}

/**
 * The KPI–strategy match of DOMAIN §4: strength matrix, importance, coverage C with the uncovered
 * objectives, orphan and weak-only KPIs, strength-weighted coverage S, weight consistency WC,
 * perspective balance H (a KPI without a perspective takes its best objective's; KPIs with neither
 * are left out), owner load, each KPI's best objective, and the Strategy Match Index with its band.
 * No objectives or no KPIs → index 0 with an issue. Linear in the number of KPIs: each KPI is
 * tokenised once and compared with the objectives only.
 * @param kpis the KPIs (not modified)
 * @param objectives the strategy's objectives (not modified)
 * @param options `weights`: component weights of the index (defaults 0.3/0.3/0.3/0.1)
 * @returns the match, with issues
 * @example strategyMatch([{ name: "Revenue", objective: "Grow revenue" }], [{ name: "Grow revenue", weight: 1 }]).coverage // 1
 */
export function strategyMatch(
  kpis: readonly MatchKpi[],
  objectives: readonly Objective[],
  options: { weights?: Partial<MatchWeights> } = {},
): StrategyMatch {
  const issues: Issue[] = [];
  const kpiList: MatchKpi[] = asList(kpis).map((k) => (typeof k === "object" && k !== null ? k : { name: "" }));
  const objectiveList: Objective[] = asList(objectives).map((o) => (typeof o === "object" && o !== null ? o : { name: "", weight: 1 }));
  const weights = resolveWeights(options.weights, issues);
  const prepared = prepareObjectives(objectiveList);
  const m = objectiveList.length;
  const v = priorityWeights(objectiveList.map((o) => o.weight), issues);
  const totalV = v.reduce((a, b) => a + b, 0);

  const rows = kpiList.map((kpi) => links(kpi, prepared));
  const matrix = rows.map((row) => row.strengths);
  const best = rows.map((row) => bestOfRow(row.strengths, prepared, row.affinity, row.evidence));
  const importance = matrix.map((row) => row.reduce<number>((sum, r, j) => sum + (v[j] ?? 0) * r, 0));
  const totalI = importance.reduce((a, b) => a + b, 0);
  const importanceShare = importance.map((i) => (totalI > 0 ? i / totalI : 0));
  const weightShare = weightShares(kpiList, issues);

  const maxStrength = new Array<number>(m).fill(0);
  for (const row of matrix) row.forEach((r, j) => (maxStrength[j] = Math.max(maxStrength[j] ?? 0, r)));
  const uncovered = objectiveList.filter((_, j) => (maxStrength[j] ?? 0) < 3).map((o) => o.name);
  const coverage = m > 0 ? (m - uncovered.length) / m : 0;
  const strengthCoverage = totalV > 0 ? maxStrength.reduce((sum, r, j) => sum + (v[j] ?? 0) * Math.min(1, r / 9), 0) / totalV : 0;
  const weightConsistency = totalI > 0 ? 1 - 0.5 * weightShare.reduce((sum, w, k) => sum + Math.abs(w - (importanceShare[k] ?? 0)), 0) : 0;

  const orphans: number[] = [];
  const weakOnly: number[] = [];
  if (m > 0) {
    best.forEach((b, k) => {
      const name = kpiList[k]?.name ?? "";
      const link = kpiList[k]?.objective;
      if (typeof link === "string" && link.trim() !== "" && linkedObjectives(link, prepared).length === 0) {
        issues.push(makeIssue(MATCH_MESSAGES, "LINK_UNKNOWN", { kpi: name, link }, { kpi: k }));
      }
      if (b.strength === 0) {
        orphans.push(k);
        issues.push(makeIssue(MATCH_MESSAGES, "ORPHAN_KPI", { kpi: name }, { kpi: k }));
      } else if (b.strength === 1) {
        weakOnly.push(k);
        issues.push(makeIssue(MATCH_MESSAGES, "WEAK_ONLY_KPI", { kpi: name }, { kpi: k }));
      }
    });
    if (kpiList.length > 0) {
      for (const objective of uncovered) issues.push(makeIssue(MATCH_MESSAGES, "UNCOVERED_OBJECTIVE", { objective }));
      if (totalI === 0) issues.push(makeIssue(MATCH_MESSAGES, "IMPORTANCE_ZERO"));
    }
  }

  const perspectives = kpiList.map((kpi, k) => {
    if (isPerspective(kpi.perspective)) return kpi.perspective;
    const index = best[k]?.index;
    const fromObjective = index === undefined ? undefined : objectiveList[index]?.perspective;
    return isPerspective(fromObjective) ? fromObjective : undefined;
  });
  const balanced = perspectiveBalance(perspectives, weightShare, objectiveList, issues);

  if (m === 0) issues.push(makeIssue(MATCH_MESSAGES, "NO_OBJECTIVES"));
  if (kpiList.length === 0) issues.push(makeIssue(MATCH_MESSAGES, "NO_KPIS"));
  const sumW = weights.coverage + weights.strengthCoverage + weights.weightConsistency + weights.balance;
  const index =
    m === 0 || kpiList.length === 0
      ? 0
      : (100 * (weights.coverage * coverage + weights.strengthCoverage * strengthCoverage + weights.weightConsistency * weightConsistency + weights.balance * balanced.balance)) / sumW;

  return {
    matrix,
    importance,
    importanceShare,
    weightShare,
    coverage,
    uncovered,
    orphans,
    weakOnly,
    strengthCoverage,
    weightConsistency,
    ...balanced,
    ownerLoad: ownerLoad(kpiList, weightShare),
    best,
    index,
    band: matchBand(index),
    issues,
  };
}
