/**
 * Internal: choosing the per-period target columns (DOMAIN §5 "Per-period targets") and lining them up
 * with the history. Taken before the other roles, so `Target Jan` is never the main target nor a
 * history column. One cadence only: the history's when some target column has it, else the most
 * common one; a second column for the same period, or one of another cadence, stays an extra column.
 */
import type { Cadence, Issue, PeriodTargetColumn } from "../../model";
import { makeIssue } from "../../messages/define";
import { READ_MESSAGES } from "../../messages/read";
import { parsePeriodHeader, type PeriodHeader } from "../../parse/periodHeader";
import { parsePeriodTargetHeader } from "../../parse/periodTargetHeader";
import { columnLetter } from "./cellRef";

/** The period-target columns in `Kpi.periodTargets` order, the label of every entry, and what was left out. */
export interface PeriodTargetLayout {
  readonly columns: readonly PeriodTargetColumn[];
  /** One label per `Kpi.periodTargets` entry: the history labels, then the target periods without a history column. */
  readonly labels: readonly string[];
  readonly issues: readonly Issue[];
}

interface Found {
  readonly column: number;
  readonly period: PeriodHeader;
}

const EMPTY: PeriodTargetLayout = { columns: [], labels: [], issues: [] };

/**
 * Finds the per-period target columns among the columns not yet taken.
 * @param headers header texts
 * @param headerCells the raw header cells (history headers may be dates)
 * @param history the history columns, oldest first
 * @param historyLabels their labels
 * @param taken columns already given a role (overrides, history)
 * @returns the target columns with their position in `Kpi.periodTargets`, the entry labels, and issues
 * @example periodTargetColumns(["KPI", "Jan", "Feb", "Target Jan", "Target Feb"], […], [1, 2], ["Jan", "Feb"], new Set([1, 2])).columns
 *   // [{ column: 3, label: "Jan", index: 0 }, { column: 4, label: "Feb", index: 1 }]
 */
export function periodTargetColumns(
  headers: readonly string[],
  headerCells: readonly unknown[],
  history: readonly number[],
  historyLabels: readonly string[],
  taken: ReadonlySet<number>,
): PeriodTargetLayout {
  const found: Found[] = [];
  for (let c = 0; c < headers.length; c++) {
    if (taken.has(c)) continue;
    const period = parsePeriodTargetHeader(headers[c]);
    if (period !== undefined) found.push({ column: c, period });
  }
  if (found.length === 0) return EMPTY;
  const historyPeriods = history.map((c) => parsePeriodHeader(headerCells[c]));
  const cadence = chooseCadence(found, historyPeriods);
  const issues: Issue[] = [];
  const ignore = (f: Found) => issues.push(makeIssue(READ_MESSAGES, "PERIOD_TARGET_IGNORED", { cell: columnLetter(f.column), header: headers[f.column] ?? "" }, { column: f.column }));
  const usedHistory = new Set<number>();
  const seen = new Set<string>();
  const matched: PeriodTargetColumn[] = [];
  const unmatched: Found[] = [];
  for (const f of found) {
    const key = `${f.period.cadence}:${f.period.index}:${f.period.year ?? ""}`;
    if (f.period.cadence !== cadence || seen.has(key)) {
      ignore(f);
      continue;
    }
    seen.add(key);
    const i = historyIndex(f.period, historyPeriods);
    if (i === undefined) unmatched.push(f);
    else if (usedHistory.has(i)) ignore(f);
    else {
      usedHistory.add(i);
      matched.push({ column: f.column, label: f.period.label, index: i });
    }
  }
  const withYear = unmatched.filter((f) => f.period.year !== undefined).length;
  const later = withYear === 0 || withYear === unmatched.length ? [...unmatched].sort((a, b) => a.period.sortKey - b.period.sortKey || a.column - b.column) : unmatched;
  const columns = [...matched.sort((a, b) => a.index - b.index), ...later.map((f, k) => ({ column: f.column, label: f.period.label, index: history.length + k }))];
  const labels = [...history.map((_, i) => historyLabels[i] ?? ""), ...later.map((f) => f.period.label)];
  const first = columns[0];
  const last = columns[columns.length - 1];
  if (first !== undefined && last !== undefined) {
    issues.unshift(makeIssue(READ_MESSAGES, "PERIOD_TARGETS_READ", { count: columns.length, first: headers[first.column] ?? "", last: headers[last.column] ?? "" }));
  }
  return { columns, labels, issues };
}

/** The history's cadence when some target column has it, else the most common cadence (ties: the leftmost). */
function chooseCadence(found: readonly Found[], historyPeriods: readonly (PeriodHeader | undefined)[]): Cadence {
  const counts = new Map<Cadence, number>();
  for (const f of found) counts.set(f.period.cadence, (counts.get(f.period.cadence) ?? 0) + 1);
  for (const p of historyPeriods) if (p !== undefined && counts.has(p.cadence)) return p.cadence;
  let best = (found[0] as Found).period.cadence;
  for (const [cadence, n] of counts) if (n > (counts.get(best) ?? 0)) best = cadence;
  return best;
}

/** The history period a target's period is: same cadence and position, the same year preferred; none when unclear. */
function historyIndex(period: PeriodHeader, historyPeriods: readonly (PeriodHeader | undefined)[]): number | undefined {
  const same: number[] = [];
  for (let i = 0; i < historyPeriods.length; i++) {
    const h = historyPeriods[i];
    if (h === undefined || h.cadence !== period.cadence || h.index !== period.index) continue;
    if (h.year !== undefined && period.year !== undefined && h.year !== period.year) continue;
    if (h.year !== undefined && h.year === period.year) return i;
    same.push(i);
  }
  return same.length === 1 ? same[0] : undefined;
}
