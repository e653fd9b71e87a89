/**
 * The company roll-up (DOMAIN §2 "A company roll-up weights each team table's total"): each team
 * table's weighted total, weighted by the team's relative weight with the same rules as the weighted
 * total of a table (all weights blank → equal; some blank → reported and left out; a team without a
 * total → reported and left out). The worst team is shown beside it.
 */
import type { Issue } from "../model";
import { makeIssue } from "../messages/define";
import { CASCADE_MESSAGES } from "../messages/cascade";
import { STATUSES, type Status } from "./status";
import { weightedTotal } from "./weightedTotal";

/** One team table: its name, its weighted total (`Evaluation.total.value`), its relative weight, and optionally its status counts. */
export interface TeamTotal {
  readonly name: string;
  readonly total?: number | null;
  readonly weight?: number | null;
  readonly counts?: Readonly<Record<Status, number>>;
}

/** The company roll-up. */
export interface CompanyRollUp {
  /** Σ totalᵢ·wᵢ / Σ wᵢ over the teams used; absent when there is none. */
  readonly total?: number;
  readonly mode: "weighted" | "equal" | "none";
  /** Every team in input order, with its share of the company total (0 when left out). */
  readonly teams: readonly { readonly name: string; readonly total?: number; readonly share: number }[];
  /** The team with the lowest total (ties: the first), among teams with a total. */
  readonly worst?: { readonly name: string; readonly total: number };
  /** Status counts added up over the teams that give them. */
  readonly counts?: Readonly<Record<Status, number>>;
  readonly issues: readonly Issue[];
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Rolls team totals up into a company total (DOMAIN §2).
 * @param teams name, total, relative weight and status counts per team; anything else is read as blank
 * @returns the company total, how it was weighted, each team's share, the worst team, summed counts and issues; never throws, never changes its input
 * @example companyRollUp([{ name: "Sales", total: 0.9, weight: 2 }, { name: "Ops", total: 1.2, weight: 1 }]).total
 *   // (0.9·2 + 1.2·1) / 3 = 1
 */
export function companyRollUp(teams: readonly TeamTotal[]): CompanyRollUp {
  const list: readonly unknown[] = Array.isArray(teams) ? teams : [];
  const rows = list.map((raw, i) => {
    const team = raw !== null && typeof raw === "object" ? (raw as Partial<Record<keyof TeamTotal, unknown>>) : {};
    const name = typeof team.name === "string" && team.name.trim() !== "" ? team.name.trim() : `#${i + 1}`;
    const w = team.weight;
    // A weight that is not a number is no usable weight: NaN, so the weighted total reports it as invalid.
    const weight = w === undefined || w === null ? undefined : typeof w === "number" ? w : NaN;
    return { name, total: finite(team.total) ? team.total : undefined, weight, counts: team.counts };
  });
  const issues: Issue[] = [];
  for (const r of rows) if (r.total === undefined) issues.push(makeIssue(CASCADE_MESSAGES, "TEAM_NO_TOTAL", { team: r.name }));
  const result = weightedTotal(rows.map((r) => ({ score: r.total, weight: r.weight })));
  const names = (indexes: readonly number[]) => indexes.map((i) => `“${rows[i]?.name ?? ""}”`);
  if (result.excludedNoWeight.length > 0) issues.push(makeIssue(CASCADE_MESSAGES, "TEAM_WEIGHT_BLANK", { count: result.excludedNoWeight.length, teams: names(result.excludedNoWeight) }));
  if (result.excludedInvalidWeight.length > 0) issues.push(makeIssue(CASCADE_MESSAGES, "TEAM_WEIGHT_INVALID", { count: result.excludedInvalidWeight.length, teams: names(result.excludedInvalidWeight) }));
  if (result.value === undefined) issues.push(makeIssue(CASCADE_MESSAGES, result.used.length > 0 ? "TEAM_WEIGHTS_ZERO" : "NO_TEAM_TOTALS"));

  // Shares of the company total: wᵢ / Σ w over the teams used (1/n with equal weights).
  const share = rows.map(() => 0);
  if (result.value !== undefined) {
    const weightOf = (i: number) => (result.mode === "equal" ? 1 : (rows[i]?.weight ?? 0));
    const sum = result.used.reduce((s, i) => s + weightOf(i), 0);
    for (const i of result.used) share[i] = Number((weightOf(i) / sum).toPrecision(12));
  }
  let worst: { name: string; total: number } | undefined;
  for (const r of rows) if (r.total !== undefined && (worst === undefined || r.total < worst.total)) worst = { name: r.name, total: r.total };

  return {
    ...(result.value === undefined ? {} : { total: result.value }),
    mode: result.mode,
    teams: rows.map((r, i) => ({ name: r.name, ...(r.total === undefined ? {} : { total: r.total }), share: share[i] ?? 0 })),
    ...(worst === undefined ? {} : { worst }),
    ...sumCounts(rows.map((r) => r.counts)),
    issues,
  };
}

/** Status counts added up over the teams that give them (non-numbers and negatives skipped). */
function sumCounts(all: readonly unknown[]): { counts?: Record<Status, number> } {
  let counts: Record<Status, number> | undefined;
  for (const c of all) {
    if (c === null || typeof c !== "object") continue;
    counts ??= { "On track": 0, "At risk": 0, "Off track": 0, "No data": 0 };
    for (const status of STATUSES) {
      const n = Object.hasOwn(c, status) ? (c as Record<string, unknown>)[status] : undefined;
      if (finite(n) && n >= 0) counts[status] += n;
    }
  }
  return counts === undefined ? {} : { counts };
}
