/**
 * Internal: finding the header row (DOMAIN §1 "The header row is found, not assumed"). Each of the first
 * rows is scored by the distinct roles and period columns its cells name; the best row wins (a group row
 * of merged headers above the real one names fewer roles), ties going to the upper row.
 */
import { parsePeriodHeader } from "../../parse/periodHeader";
import { normalizeHeader } from "../../parse/normalize";
import { cellText } from "../../parse/internal/cellText";
import { roleCandidates, type RoleCandidate } from "../roleOfHeader";

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 50;

/**
 * Index of the header row, or -1 when no row names at least two roles (or one role and two periods).
 * @param rows the table's rows (already arrays)
 * @param width number of columns to look at
 * @param overrideKeys normalised header texts given in `options.columns` (each counts as a role)
 * @returns 0-based row index or -1
 * @example findHeaderRow([["Scorecard"], ["KPI", "Target"]], 2, new Set()) // 1
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], width: number, overrideKeys: ReadonlySet<string>): number {
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const seen = new Map<string, RoleCandidate | undefined>();
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? [];
    const roles = new Set<string>(); // role names, or "override:<header>"
    let periods = 0;
    let textPeriods = 0;
    let recognised = 0;
    const end = Math.min(row.length, width);
    for (let c = 0; c < end; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined || cell === "") continue;
      if (typeof cell === "string" && overrideKeys.size > 0 && overrideKeys.has(normalizeHeader(cell))) {
        roles.add(`override:${normalizeHeader(cell)}`);
        recognised++;
        continue;
      }
      const period = typeof cell === "string" || typeof cell === "number" ? parsePeriodHeader(cell) : undefined;
      if (period !== undefined) {
        periods++;
        if (typeof cell === "string") textPeriods++;
        continue;
      }
      const text = cellText(cell);
      let role = seen.get(text);
      if (!seen.has(text)) seen.set(text, (role = roleCandidates(text)[0]));
      if (role !== undefined) {
        roles.add(role.role);
        recognised++;
      }
    }
    // Numbers that look like dates count as period headers only beside recognised headers (data rows hold numbers too).
    const usablePeriods = roles.size > 0 ? Math.min(periods, 24) : Math.min(textPeriods, 24);
    const ok = roles.size >= 2 || (roles.size >= 1 && usablePeriods >= 2);
    const score = roles.size * 10 + usablePeriods * 3 + recognised;
    if (ok && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}
