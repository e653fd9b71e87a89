/**
 * Internal: choosing and ordering the history columns (DOMAIN §1 "history: … oldest first"). Period
 * headers are grouped by cadence (real dates form one group, their cadence read from the spacing); the
 * largest group is the history, other period columns (a "Q1" subtotal beside months) stay extras.
 */
import type { Cadence } from "../../model";
import type { PeriodHeader } from "../../parse/periodHeader";

/** A period header found in the header row. */
export interface FoundPeriod {
  column: number;
  period: PeriodHeader;
  /** The Excel serial when a real date is written as the header. */
  serial?: number;
}

const SPACING: readonly [number, number, Cadence][] = [
  [1, 1, "daily"],
  [6, 8, "weekly"],
  [27, 32, "monthly"],
  [88, 93, "quarterly"],
  [180, 185, "half-yearly"],
  [364, 367, "yearly"],
];

/**
 * Picks the history group and sorts it oldest first.
 * @param found the period headers, in sheet order
 * @returns the history columns oldest first, their cadence, and whether the sheet order differed
 * @example historyOrder([{ column: 3, period: parsePeriodHeader("Q2")! }, { column: 2, period: parsePeriodHeader("Q1")! }]) // { columns: [2, 3], cadence: "quarterly", reordered: true }
 */
export function historyOrder(found: readonly FoundPeriod[]): { columns: number[]; cadence?: Cadence; reordered: boolean } {
  if (found.length === 0) return { columns: [], reordered: false };
  const groups = new Map<string, FoundPeriod[]>();
  for (const f of found) {
    const key = f.serial !== undefined ? "date" : f.period.cadence;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  let bestKey = "";
  let best: FoundPeriod[] = [];
  for (const [key, list] of groups) {
    if (list.length > best.length) [bestKey, best] = [key, list];
  }
  const withYear = best.filter((f) => f.period.year !== undefined).length;
  // Sort only when every header carries a year or none does; a mix keeps the sheet order.
  const sortable = withYear === 0 || withYear === best.length;
  const sorted = sortable ? [...best].sort((a, b) => keyOf(a) - keyOf(b) || a.column - b.column) : best;
  const reordered = sorted.some((f, i) => f !== best[i]);
  const cadence = bestKey === "date" ? dateCadence(sorted) : (best[0]?.period.cadence);
  const result: { columns: number[]; cadence?: Cadence; reordered: boolean } = { columns: sorted.map((f) => f.column), reordered };
  if (cadence !== undefined) result.cadence = cadence;
  return result;
}

function keyOf(f: FoundPeriod | undefined): number {
  return f === undefined ? 0 : (f.serial ?? f.period.sortKey);
}

function dateCadence(sorted: readonly FoundPeriod[]): Cadence {
  if (sorted.length < 2) return sorted[0]?.period.cadence ?? "monthly";
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) gaps.push(keyOf(sorted[i]) - keyOf(sorted[i - 1]));
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] ?? 0;
  for (const [low, high, cadence] of SPACING) if (median >= low && median <= high) return cadence;
  return "daily";
}
