import type { ColumnMap, HeaderRole } from "../engine";
import type { ColumnOverrides } from "../excel/port";
import { ROLES } from "./labels";

/** The role the pane shows for each column: the detected map with the user's corrections applied. */
export type RoleChoice = HeaderRole | "none";

/**
 * Role of every non-history column after the user's corrections.
 * @param detected the columns the adapter recognised
 * @param overrides corrections (role → column; -1 = the role is not used)
 * @param width number of columns in the table
 * @returns one choice per column (history columns are "none")
 * @example rolesByColumn({ history: [], name: 0 }, { target: 1 }, 2) // ["name", "target"]
 */
export function rolesByColumn(detected: ColumnMap, overrides: ColumnOverrides, width: number): RoleChoice[] {
  const roles: RoleChoice[] = Array.from({ length: width }, () => "none");
  for (const role of ROLES) {
    const column = role in overrides ? overrides[role] : detected[role];
    if (column !== undefined && column >= 0 && column < width) roles[column] = role;
  }
  return roles;
}

/**
 * New overrides after the user gives `column` the role `choice`: the role leaves the column that had
 * it, and the column's previous role is dropped (-1) unless the detection had put it elsewhere.
 * @returns overrides holding only the roles that differ from the detection
 * @example withRole({ history: [], target: 2 }, {}, 3, "target") // { target: 3, ... }
 */
export function withRole(detected: ColumnMap, overrides: ColumnOverrides, column: number, choice: RoleChoice, width: number): ColumnOverrides {
  const current = rolesByColumn(detected, overrides, Math.max(width, column + 1));
  const next: Partial<Record<HeaderRole, number>> = {};
  current[column] = choice;
  if (choice !== "none") current.forEach((role, c) => { if (role === choice && c !== column) current[c] = "none"; });
  for (const role of ROLES) {
    const now = current.indexOf(role);
    const was = detected[role] ?? -1;
    if (now !== was) next[role] = now;
  }
  return next;
}

/**
 * The column map after the user's corrections (history columns unchanged).
 * @example effectiveColumns({ history: [], name: 0 }, { target: 1 }) // { history: [], name: 0, target: 1 }
 */
export function effectiveColumns(detected: ColumnMap, overrides: ColumnOverrides): ColumnMap {
  const out: Partial<Record<HeaderRole, number>> = {};
  for (const role of ROLES) {
    const column = role in overrides ? overrides[role] : detected[role];
    if (column !== undefined && column >= 0) out[role] = column;
  }
  return { ...out, history: overrides.history ?? detected.history };
}

/**
 * The overrides as the port's evaluate request takes them: a role moved to a column is sent, a role
 * merely dropped (-1) is not (the contract has no "not used"; the column it left is taken by its new role).
 * @returns role → column for columns ≥ 0, history kept
 * @example requestColumns({ target: 7, baseline: -1 }) // { target: 7 }
 */
export function requestColumns(overrides: ColumnOverrides): ColumnOverrides {
  const out: Partial<Record<HeaderRole, number>> = {};
  for (const role of ROLES) {
    const column = overrides[role];
    if (column !== undefined && column >= 0) out[role] = column;
  }
  return overrides.history ? { ...out, history: overrides.history } : out;
}

/**
 * Whether the columns leave the evaluation in doubt: no KPI-name column, or neither a target nor an
 * actual column. The pane then opens its column set-up instead of keeping it folded (issue 14 §1).
 * @param columns the effective columns (detected, with the user's overrides)
 * @returns true when a role the evaluation needs is missing
 * @example rolesUncertain({ name: 0, history: [] }) // true: no target, no actual
 */
export function rolesUncertain(columns: ColumnMap): boolean {
  return columns.name === undefined || (columns.target === undefined && columns.actual === undefined);
}
