/**
 * Which objectives an evaluation uses (issue 14 §2): the strategy belongs to the KPI table. A
 * strategy table on the KPI table's own sheet is used (the nearest one first); one on another sheet
 * only when the user picks it; otherwise the objectives typed in the pane. Pure: no React, no Office.
 */
import type { DetectedTable, Detection, TableRef } from "../excel/port";
import { parseAddress } from "../excel/address";

/** The user's pick: a strategy table's address or "typed" (the objectives typed in the pane); undefined = automatic. */
export type StrategyPick = string | undefined;

/** What the evaluation uses, and why. */
export type StrategyChoice =
  | { readonly kind: "table"; readonly table: DetectedTable; readonly how: "same-sheet" | "picked" }
  | { readonly kind: "typed" };

const distance = (a: string, b: string): number => {
  const ra = parseAddress(a);
  const rb = parseAddress(b);
  return ra && rb ? Math.abs(ra.row - rb.row) + Math.abs(ra.column - rb.column) : Number.POSITIVE_INFINITY;
};

/**
 * Chooses the objectives for a KPI table.
 * @param detection what detection found (strategy tables anywhere in the workbook)
 * @param kpiTable the KPI table to evaluate
 * @param pick the user's pick in the pane, else the one stored in the workbook (a table's address)
 * @returns the strategy table to read, or "typed"
 * @example chooseStrategy(found, kpis, undefined) // the Goals table on the KPI table's sheet, if any
 */
export function chooseStrategy(detection: Detection | undefined, kpiTable: DetectedTable | undefined, pick: StrategyPick): StrategyChoice {
  const tables = detection?.strategyTables ?? [];
  if (pick === "typed") return { kind: "typed" };
  const picked = pick === undefined ? undefined : tables.find((t) => t.ref.address === pick);
  if (picked) return { kind: "table", table: picked, how: picked.ref.sheet === kpiTable?.ref.sheet ? "same-sheet" : "picked" };
  if (!kpiTable) return { kind: "typed" };
  const near = tables
    .filter((t) => t.ref.sheet === kpiTable.ref.sheet)
    .sort((a, b) => distance(a.ref.address, kpiTable.ref.address) - distance(b.ref.address, kpiTable.ref.address))[0];
  return near ? { kind: "table", table: near, how: "same-sheet" } : { kind: "typed" };
}

/** The pick to store in the workbook for a choice (only a table is stored; typed objectives are stored as such). */
export function storedStrategyTable(choice: StrategyChoice): TableRef | undefined {
  return choice.kind === "table" ? choice.table.ref : undefined;
}
