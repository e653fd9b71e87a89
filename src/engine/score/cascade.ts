/**
 * Scores of a KPI cascade (DOMAIN §2 "Cascades: a parent with no actual of its own is scored as the
 * weighted mean of its children's scores (worst child beside it), to any depth"). Children are scored
 * before their parents; the children's weights are relative among siblings, by the weighted-total rules
 * (all blank → equal; some blank → reported and left out). A parent with an actual of its own keeps its
 * own score; its worst child is shown beside it all the same.
 */
import type { Issue } from "../model";
import { makeIssue } from "../messages/define";
import { CASCADE_MESSAGES } from "../messages/cascade";
import type { ParentLinks } from "./parentLinks";
import { weightedTotal } from "./weightedTotal";

/** One KPI as the cascade sees it: its own score (from its actual), weight, and whether it has an actual. */
export interface CascadeItem {
  readonly name?: string;
  /** 0-based row, for messages. */
  readonly row?: number;
  readonly score?: number | null;
  readonly weight?: number | null;
  readonly hasActual: boolean;
}

/** The cascade result of one KPI. */
export interface CascadeNode {
  /** The score to show: the KPI's own, or its children's weighted mean when `fromChildren`. */
  readonly score?: number;
  /** Whether `score` is the weighted mean of the children's scores (the KPI has children and no actual). */
  readonly fromChildren: boolean;
  /** The child with the lowest score (ties: the first), when a child has a score. */
  readonly worstChild?: { readonly index: number; readonly score: number };
}

/** Scores of every KPI, children before parents. */
export interface CascadeScores {
  readonly nodes: readonly CascadeNode[];
  readonly issues: readonly Issue[];
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Scores a cascade bottom-up.
 * @param items own score, weight and actual of each KPI (same order as the links)
 * @param links the parent–child links from {@link parentLinks} (a forest; anything else is still finished, never looped over)
 * @returns per KPI its score, whether it came from the children, and its worst child; issues about the children's weights
 * @example cascadeScores([{ hasActual: false }, { score: 1.1, hasActual: true }, { score: 0.8, hasActual: true }], { parent: [undefined, 0, 0], children: [[1, 2], [], []], issues: [] }).nodes[0]
 *   // { score: (1.1 + 0.8) / 2 = 0.95, fromChildren: true, worstChild: { index: 2, score: 0.8 } }
 */
export function cascadeScores(items: readonly CascadeItem[], links: Pick<ParentLinks, "parent" | "children">): CascadeScores {
  const list: readonly CascadeItem[] = Array.isArray(items) ? items : [];
  const n = list.length;
  const parents: readonly unknown[] = Array.isArray(links?.parent) ? links.parent : [];
  const kids: readonly unknown[] = Array.isArray(links?.children) ? links.children : [];
  const children = (i: number): number[] => {
    const given = kids[i];
    return Array.isArray(given) ? (given as unknown[]).filter((k): k is number => Number.isInteger(k) && (k as number) >= 0 && (k as number) < n && k !== i) : [];
  };
  // Children first: a breadth-first order from the top-level KPIs, reversed; KPIs it misses come last.
  const order: number[] = [];
  const queued = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (parents[i] === undefined || parents[i] === null) {
      queued[i] = 1;
      order.push(i);
    }
  }
  for (let q = 0; q < order.length; q++) {
    for (const k of children(order[q] as number)) {
      if (queued[k] === 0) {
        queued[k] = 1;
        order.push(k);
      }
    }
  }
  order.reverse();
  for (let i = 0; i < n; i++) if (queued[i] === 0) order.push(i);

  const nodes: CascadeNode[] = list.map((item) => (finite(item?.score) ? { score: item.score, fromChildren: false } : { fromChildren: false }));
  const issues: Issue[] = [];
  for (const i of order) {
    const mine = children(i);
    if (mine.length === 0) continue;
    const item: Partial<CascadeItem> = list[i] ?? {};
    let worst: { index: number; score: number } | undefined;
    for (const k of mine) {
      const s = nodes[k]?.score;
      if (finite(s) && (worst === undefined || s < worst.score)) worst = { index: k, score: s };
    }
    const own = nodes[i] as CascadeNode;
    if (item.hasActual === true) {
      nodes[i] = worst === undefined ? own : { ...own, worstChild: worst };
      continue;
    }
    const total = weightedTotal(mine.map((k) => ({ score: nodes[k]?.score, weight: list[k]?.weight })));
    const params = { name: item.name ?? "", row: (item.row ?? 0) + 1, count: mine.length };
    const where = { kpi: i, ...(item.row === undefined ? {} : { row: item.row }) };
    const named = (positions: readonly number[]) => positions.map((j) => `“${list[mine[j] as number]?.name ?? ""}”`);
    if (total.excludedNoWeight.length > 0) issues.push(makeIssue(CASCADE_MESSAGES, "CHILD_WEIGHT_BLANK", { ...params, count: total.excludedNoWeight.length, children: named(total.excludedNoWeight) }, where));
    if (total.excludedInvalidWeight.length > 0) issues.push(makeIssue(CASCADE_MESSAGES, "CHILD_WEIGHT_INVALID", { ...params, count: total.excludedInvalidWeight.length, children: named(total.excludedInvalidWeight) }, where));
    if (total.value === undefined) {
      const zero = total.used.length > 0;
      if (zero) issues.push(makeIssue(CASCADE_MESSAGES, "CHILD_WEIGHTS_ZERO", params, where));
      else if (worst === undefined) issues.push(makeIssue(CASCADE_MESSAGES, "PARENT_NO_CHILD_SCORES", params, where));
      nodes[i] = worst === undefined ? { fromChildren: false } : { fromChildren: false, worstChild: worst };
      continue;
    }
    issues.push(makeIssue(CASCADE_MESSAGES, "PARENT_FROM_CHILDREN", params, where));
    nodes[i] = { score: total.value, fromChildren: true, ...(worst === undefined ? {} : { worstChild: worst }) };
  }
  // Reported in table order, not in scoring order.
  issues.sort((a, b) => (a.kpi ?? 0) - (b.kpi ?? 0));
  return { nodes, issues };
}
