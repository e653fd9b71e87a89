import { normalizeText } from "../parse/normalize";
import type { Issue } from "../model";
import { weightedTotal, type WeightedItem, type WeightedTotal } from "./weightedTotal";

/**
 * Group label for items whose group is blank. A stable code like the status words: the task pane
 * shows it translated (无分组 / "(none)").
 */
export const NO_GROUP = "(none)";

/** An item to roll up: score, weight and the group it belongs to (perspective, objective, owner, department …). */
export interface RollUpItem extends WeightedItem {
  readonly group?: string | null;
}

/** One group of a roll-up (DOMAIN §2). */
export interface RollUpRow {
  /** The group as first written (trimmed), or {@link NO_GROUP}. */
  readonly group: string;
  /** Weighted total of the group's scores, by {@link weightedTotal}'s rules inside the group. */
  readonly weighted?: number;
  /** How `weighted` was computed (`none` when it could not be). */
  readonly mode: WeightedTotal["mode"];
  /** The lowest score in the group ("worst child"); absent when no item has a score. */
  readonly worst?: number;
  /** Number of items in the group. */
  readonly count: number;
  /** Number of items with a finite score. */
  readonly scored: number;
  /** Indexes (into the input) of the group's items, in input order. */
  readonly items: readonly number[];
  /** The group's weighted-total issues (blank weights, weights adding up to 0 …). */
  readonly issues: readonly Issue[];
}

/**
 * Rolls scores up by group (DOMAIN §2: by perspective, objective, owner or department), giving the
 * weighted total and the worst child of each group. Groups come in first-seen order; group text is
 * matched ignoring case, full-width forms and extra spaces (`Finance`, ` finance ` are one group,
 * shown as first written); blank groups gather under {@link NO_GROUP}.
 * @param items score, weight and group per KPI
 * @returns one row per group; never throws
 * @example rollUp([{ group: "Customer", score: 1, weight: 2 }, { group: "customer", score: 0.7, weight: 1 }])
 *   // [{ group: "Customer", weighted: (1·2 + 0.7·1) / 3 = 0.9, worst: 0.7, count: 2, scored: 2, … }]
 */
export function rollUp(items: readonly RollUpItem[]): RollUpRow[] {
  const byKey = new Map<string, { label: string; members: number[] }>();
  const keyOf = new Map<string, string>();
  for (let i = 0; i < items.length; i++) {
    const raw = items[i]?.group;
    const label = typeof raw === "string" && raw.trim() !== "" ? raw.trim() : NO_GROUP;
    let key = keyOf.get(label);
    if (key === undefined) {
      key = label === NO_GROUP ? "\u0000" : normalizeText(label);
      keyOf.set(label, key);
    }
    const entry = byKey.get(key);
    if (entry) entry.members.push(i);
    else byKey.set(key, { label, members: [i] });
  }
  const rows: RollUpRow[] = [];
  for (const { label, members } of byKey.values()) {
    const groupItems: WeightedItem[] = [];
    let worst = Infinity;
    for (const i of members) {
      const item = items[i] ?? {};
      groupItems.push(item);
      const s = item.score;
      if (typeof s === "number" && Number.isFinite(s) && s < worst) worst = s;
    }
    const total = weightedTotal(groupItems);
    rows.push({
      group: label,
      ...(total.value === undefined ? {} : { weighted: total.value }),
      mode: total.mode,
      ...(worst === Infinity ? {} : { worst }),
      count: members.length,
      scored: members.length - total.excludedNoScore.length,
      items: members,
      issues: total.issues,
    });
  }
  return rows;
}
