import { normalizeText } from "../../parse/normalize";
import type { MatchKpi } from "../strengths";

export interface OwnerLoad {
  readonly owner: string;
  readonly kpis: number;
  readonly weightShare: number;
}

/**
 * KPIs and weight share per owner (DOMAIN §4 "owner load"); owners compared after normalizeText,
 * shown in the spelling that sorts first; KPIs without an owner are left out. Sorted by weight share, then KPI
 * count (both descending), then name, so KPI order does not matter.
 */
export function ownerLoad(kpis: readonly MatchKpi[], shares: readonly number[]): OwnerLoad[] {
  const byKey = new Map<string, { owner: string; kpis: number; weightShare: number }>();
  kpis.forEach((kpi, k) => {
    if (typeof kpi.owner !== "string" || kpi.owner.trim() === "") return;
    const key = normalizeText(kpi.owner);
    const entry = byKey.get(key) ?? { owner: kpi.owner.trim(), kpis: 0, weightShare: 0 };
    entry.kpis += 1;
    entry.weightShare += shares[k] ?? 0;
    if (entry.owner > kpi.owner.trim()) entry.owner = kpi.owner.trim();
    byKey.set(key, entry);
  });
  return [...byKey.values()].sort((a, b) => b.weightShare - a.weightShare || b.kpis - a.kpis || (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0));
}
