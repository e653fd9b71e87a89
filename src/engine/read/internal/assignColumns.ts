/**
 * Internal: deciding which column plays which role (DOMAIN §1), given the header row. Overrides from
 * `options.columns` first; then period headers become history; then per-period targets (`Target Jan`,
 * `1月目标`: DOMAIN §5) are set aside; then each remaining role goes to the column that names it most
 * strongly (ties: leftmost). Columns left over are extras.
 */
import { HEADER_SYNONYMS } from "../../data/headerSynonyms";
import type { Cadence, ColumnMap, HeaderRole, Issue } from "../../model";
import { makeIssue } from "../../messages/define";
import { READ_MESSAGES } from "../../messages/read";
import { cellText } from "../../parse/internal/cellText";
import { normalizeHeader } from "../../parse/normalize";
import { parsePeriodHeader, type PeriodHeader } from "../../parse/periodHeader";
import type { ReadOptions } from "../readKpiTable";
import { roleCandidates } from "../roleOfHeader";
import { columnLetter } from "./cellRef";
import { historyOrder, type FoundPeriod } from "./historyOrder";
import { periodTargetColumns } from "./periodTargetColumns";

/** The column layout: roles, history (oldest first) with labels, per-period target labels, and extras. */
export interface Layout {
  columns: ColumnMap;
  historyLabels: string[];
  /** One label per `Kpi.periodTargets` entry (empty when the table has no per-period targets). */
  periodTargetLabels: readonly string[];
  historyCadence?: Cadence;
  extras: number[];
  issues: Issue[];
}

/**
 * Assigns roles to columns.
 * @param headers header texts (length = width)
 * @param headerCells the raw header cells (numbers may be date headers)
 * @param overrides `options.columns`
 * @returns the layout
 * @example assignColumns(["KPI", "Target", "Jan"], ["KPI", "Target", "Jan"], undefined).columns // { name: 0, target: 1, history: [2] }
 */
export function assignColumns(headers: readonly string[], headerCells: readonly unknown[], overrides: ReadOptions["columns"]): Layout {
  const width = headers.length;
  const issues: Issue[] = [];
  const roleOf = new Map<HeaderRole, number>();
  const taken = new Set<number>();
  const resolve = (ref: string | number): number | undefined => {
    if (typeof ref === "number") return Number.isInteger(ref) && ref >= 0 && ref < width ? ref : undefined;
    const exact = headers.findIndex((h) => h.trim() === ref.trim());
    if (exact >= 0) return exact;
    const key = normalizeHeader(ref);
    const loose = key === "" ? -1 : headers.findIndex((h) => normalizeHeader(h) === key);
    return loose >= 0 ? loose : undefined;
  };
  let history: number[] | undefined;
  let periods: (PeriodHeader | undefined)[] = [];
  if (overrides !== null && typeof overrides === "object") {
    for (const [role, ref] of Object.entries(overrides)) {
      // Only the roles a header can name: a "__proto__" or unknown key is not a role.
      if (role === "history" || !Object.hasOwn(HEADER_SYNONYMS, role)) continue;
      if (typeof ref !== "string" && typeof ref !== "number") continue;
      const c = resolve(ref);
      if (c === undefined) issues.push(makeIssue(READ_MESSAGES, "COLUMN_OVERRIDE_NOT_FOUND", { column: String(ref), role }));
      else {
        roleOf.set(role as HeaderRole, c);
        taken.add(c);
      }
    }
    if (Array.isArray(overrides.history)) {
      history = [];
      for (const ref of overrides.history as readonly unknown[]) {
        const c = typeof ref === "string" || typeof ref === "number" ? resolve(ref) : undefined;
        if (c === undefined) issues.push(makeIssue(READ_MESSAGES, "COLUMN_OVERRIDE_NOT_FOUND", { column: cellText(ref), role: "history" }));
        else if (!taken.has(c)) {
          history.push(c);
          taken.add(c);
        }
      }
      periods = history.map((c) => parsePeriodHeader(headerCells[c]));
    }
  }
  let reordered = false;
  let historyCadence: Cadence | undefined;
  if (history === undefined) {
    const found: FoundPeriod[] = [];
    for (let c = 0; c < width; c++) {
      if (taken.has(c)) continue;
      const cell = headerCells[c];
      const period = typeof cell === "string" || typeof cell === "number" ? parsePeriodHeader(cell) : undefined;
      if (period === undefined) continue;
      found.push(typeof cell === "number" && cell > 3000 ? { column: c, period, serial: Math.floor(cell) } : { column: c, period });
    }
    const order = historyOrder(found);
    history = order.columns;
    reordered = order.reordered;
    historyCadence = order.cadence;
    for (const c of history) taken.add(c);
  } else {
    const cadences = new Set(periods.map((p) => p?.cadence));
    const only = [...cadences][0];
    if (cadences.size === 1 && only !== undefined) historyCadence = only;
  }
  if (reordered) issues.push(makeIssue(READ_MESSAGES, "HISTORY_REORDERED"));
  const historyLabels = history.map((c) => headers[c] ?? columnLetter(c));
  const targets = periodTargetColumns(headers, headerCells, history, historyLabels, taken);
  for (const t of targets.columns) taken.add(t.column);
  issues.push(...targets.issues);

  const candidates: { column: number; role: HeaderRole; score: number }[] = [];
  const strongest = new Map<number, { role: HeaderRole; score: number }>();
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const list = roleCandidates(headers[c]);
    if (list[0] !== undefined) strongest.set(c, list[0]);
    for (const { role, score } of list) candidates.push({ column: c, role, score });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const { column, role } of candidates) {
    if (taken.has(column) || roleOf.has(role)) continue;
    roleOf.set(role, column);
    taken.add(column);
  }
  for (const [column, best] of strongest) {
    if (!taken.has(column) && best.score >= 90) {
      issues.push(makeIssue(READ_MESSAGES, "DUPLICATE_COLUMN", { cell: columnLetter(column), header: headers[column] ?? "", role: best.role }));
    }
  }
  const columns: Partial<Record<HeaderRole, number>> = {};
  for (const [role, c] of roleOf) columns[role] = c;
  const extras: number[] = [];
  for (let c = 0; c < width; c++) if (!taken.has(c)) extras.push(c);
  const layout: Layout = {
    columns: targets.columns.length > 0 ? { ...columns, history, periodTargets: targets.columns } : { ...columns, history },
    historyLabels,
    periodTargetLabels: targets.labels,
    extras,
    issues,
  };
  if (historyCadence !== undefined) layout.historyCadence = historyCadence;
  return layout;
}
