/**
 * What the Scorecard's input cells hold: a live link to the source cell, or the engine's parsed
 * value as a constant.
 *
 * Decision: a formula can only compute from a number. When the source cell holds exactly the number
 * the engine used, or is blank, the input cell links to it (so a changed or newly typed actual flows
 * through). When it holds text the engine parsed (`¥3.5万` → 35000, `"12.5%"` typed as text), a
 * number the engine rescaled (a `(%)` header), a boolean or an error, the input cell holds the
 * parsed value as a constant, and the Inputs column says "Parsed value: …" so a reader knows that
 * row does not follow its source until the next refresh.
 */
import type { CellValue, KpiEvaluation } from "../../engine";
import { keyedLink } from "./sourceLinks";
import type { LinkedRole, WriteSource } from "./writeInput";

/** A cell of the inputs block: a link formula, a number, or "" (blank). */
export type InputCell = string | number;

const isBlankCell = (v: CellValue): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * @param kpi the KPI's evaluation
 * @param role which input
 * @param source where the KPI table is
 * @param rowCell the Scorecard row's "Source row" cell, which finds the KPI's row in the source (sourceLinks.ts)
 * @returns the cell content and whether it is linked
 * @example inputCell(kpi, "actual", { sheet: "KPI", rows: [4], columns: { actual: 8 }, … }, "$AE8") // { cell: '=IF(INDEX(\'KPI\'!$I:$I,$AE8)="","",INDEX(\'KPI\'!$I:$I,$AE8))', linked: true }
 */
export function inputCell(kpi: KpiEvaluation, role: LinkedRole, source: WriteSource, rowCell: string): { readonly cell: InputCell; readonly linked: boolean } {
  const parsed = role === "target" && kpi.inputs.band !== undefined ? undefined : kpi.inputs[role];
  const constant = { cell: parsed ?? "", linked: false };
  const column = source.columns[role];
  const row = source.rows[kpi.index];
  if (column === undefined || row === undefined) return constant;
  if (role === "target" && kpi.inputs.band !== undefined) return constant;
  const cells = source.cells;
  const link = () => ({ cell: keyedLink(source, column, source.headers?.[role], rowCell), linked: true });
  if (cells === undefined) return link();
  const raw = cells[kpi.index]?.[role];
  const linkable = isBlankCell(raw) ? parsed === undefined : typeof raw === "number" && parsed !== undefined && sameNumber(raw, parsed);
  return linkable ? link() : constant;
}
