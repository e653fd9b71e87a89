/**
 * Whether a block of cells is a KPI table or a strategy (objectives) table, by the engine's own
 * readers: a KPI table has a recognised header row with a name column and a target or an actual
 * column (DOMAIN §1); a strategy table has an objective header (DOMAIN §4). KPI wins when both fit.
 */
import { readKpiTable, readObjectives, roleOfHeader, type ColumnMap, type ColumnRole } from "../../engine";
import type { DetectedTable, TableRef } from "../port";

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** How strongly a header row reads as a KPI table: recognised roles, 0 when it is not one. */
export function kpiHeaderScore(headers: readonly unknown[]): number {
  const roles = new Set<ColumnRole>();
  for (const h of headers) {
    const role = roleOfHeader(h);
    if (role) roles.add(role);
  }
  return roles.has("name") && (roles.has("target") || roles.has("actual")) ? roles.size : 0;
}

/** Whether a header row reads as a strategy table (an objective column, and not a KPI table). */
export function isStrategyHeader(headers: readonly unknown[]): boolean {
  return kpiHeaderScore(headers) === 0 && readObjectives([[...headers]]).headerRow === 0;
}

/** Score of a recognised KPI table, for ordering: recognised roles (history counts once). */
export function kpiScore(table: DetectedTable): number {
  const { history, ...roles } = table.columns;
  return Object.keys(roles).length + (history.length > 0 ? 1 : 0);
}

/**
 * Reads a block as a KPI table.
 * @param ref where the block is
 * @param values the block (or its top rows when `totalRows` is given)
 * @param totalRows rows of the whole block when only its top rows were read (rowCount is then estimated)
 * @returns the detected table, or undefined when the block is not a KPI table
 */
export function recogniseKpiTable(ref: TableRef, values: unknown[][], totalRows?: number): DetectedTable | undefined {
  const table = readKpiTable(values);
  const { columns } = table;
  if (table.headerRow < 0 || columns.name === undefined || (columns.target === undefined && columns.actual === undefined)) return undefined;
  const rowCount = totalRows === undefined ? table.kpis.length : Math.max(0, totalRows - table.headerRow - 1);
  return { ref, rowCount, headers: table.headers, headerRow: table.headerRow, columns };
}

/**
 * Reads a block as a strategy table.
 * @param ref where the block is
 * @param values the block
 * @returns the detected table (columns: name, weight, perspective, description), or undefined
 */
export function recogniseStrategyTable(ref: TableRef, values: unknown[][]): DetectedTable | undefined {
  const read = readObjectives(values);
  if (read.headerRow < 0 || read.objectives.length === 0) return undefined;
  const headerCells = values[read.headerRow] ?? [];
  if (kpiHeaderScore(headerCells) > 0) return undefined;
  const headers = headerCells.map(text);
  const first = read.objectives[0];
  const sourceRow = first?.row !== undefined ? (values[first.row] ?? []) : [];
  const nameColumn = sourceRow.findIndex((cell) => text(cell) === first?.name);
  const columns: { -readonly [K in keyof ColumnMap]: ColumnMap[K] } = { history: [] };
  if (nameColumn >= 0) columns.name = nameColumn;
  headers.forEach((h, c) => {
    const role = roleOfHeader(h);
    if ((role === "weight" || role === "perspective" || role === "description") && columns[role] === undefined) columns[role] = c;
  });
  return { ref, rowCount: read.objectives.length, headers, headerRow: read.headerRow, columns };
}
