import type { ColumnRole } from "../engine";
import type { CellTarget, DetectedTable } from "../excel/port";
import { cellName, columnLetter, parseRangeStart, sheetPrefix } from "./a1";
import type { StringKey } from "./i18n/en";

/** A reference builder: the cell of a role in the chosen row, or the history range. */
export interface FormulaRefs {
  cell(role: ColumnRole): string | undefined;
  history(): string | undefined;
}

/** One entry of the formula gallery. */
export interface FormulaTemplate {
  readonly name: string;
  readonly description: StringKey;
  /** Roles the formula cannot do without ("history" for the period columns). */
  readonly requires: readonly (ColumnRole | "history")[];
  build(refs: FormulaRefs): string;
}

/** `KPI.F(a, b, , d)`: optional arguments left blank, trailing blanks dropped. */
function call(name: string, args: readonly (string | undefined)[]): string {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === undefined) list.pop();
  return `KPI.${name}(${list.map((a) => a ?? "").join(",")})`;
}

const scoreArgs = (r: FormulaRefs) => [r.cell("actual"), r.cell("target"), r.cell("direction"), r.cell("baseline")];
const smartArgs = (r: FormulaRefs) => [r.cell("description") ?? r.cell("name"), r.cell("target"), r.cell("unit"), r.cell("deadline"), r.cell("baseline"), r.cell("objective")];

/** The gallery (see docs/formulas.md for every function). */
export const FORMULA_TEMPLATES: readonly FormulaTemplate[] = [
  { name: "KPI.SCORE", description: "formulaScore", requires: ["actual", "target"], build: (r) => `=${call("SCORE", scoreArgs(r))}` },
  { name: "KPI.ATTAINMENT", description: "formulaAttainment", requires: ["actual", "target"], build: (r) => `=${call("ATTAINMENT", scoreArgs(r))}` },
  { name: "KPI.STATUS", description: "formulaStatus", requires: ["actual", "target"], build: (r) => `=${call("STATUS", [call("SCORE", scoreArgs(r)), r.cell("green"), r.cell("amber")])}` },
  { name: "KPI.SMART", description: "formulaSmart", requires: ["name"], build: (r) => `=${call("SMART", smartArgs(r))}` },
  { name: "KPI.SMARTFLAGS", description: "formulaSmartFlags", requires: ["name"], build: (r) => `=${call("SMARTFLAGS", smartArgs(r))}` },
  { name: "KPI.SIGNAL", description: "formulaSignal", requires: ["history"], build: (r) => `=${call("SIGNAL", [r.history()])}` },
];

/**
 * Fills a template from the detected table, for the KPI row of the active cell (the first KPI row when
 * the active cell is outside the table). References carry the sheet name when the active cell is on another sheet.
 * @param template the gallery entry
 * @param table the detected KPI table (columns are 0-based inside its range)
 * @param active the active cell
 * @returns the formula, or undefined when the table lacks a required column or its address does not parse
 * @example buildFormula(FORMULA_TEMPLATES[0], table, { sheet: "KPIs", row: 4, column: 9 }) // "=KPI.SCORE(F5,E5,G5)"
 */
export function buildFormula(template: FormulaTemplate, table: DetectedTable, active: CellTarget): string | undefined {
  const start = parseRangeStart(table.ref.address);
  if (!start) return undefined;
  const firstRow = start.row + table.headerRow + 1;
  const lastRow = start.endRow ?? firstRow + Math.max(0, table.rowCount - 1);
  const inTable = active.sheet === start.sheet && active.row >= firstRow && active.row <= lastRow;
  const row = inTable ? active.row : firstRow;
  const prefix = active.sheet === start.sheet ? "" : sheetPrefix(start.sheet);
  const cols = table.columns;
  const refs: FormulaRefs = {
    cell: (role) => {
      const c = cols[role];
      return c === undefined ? undefined : prefix + cellName(row, start.column + c);
    },
    history: () => {
      const first = cols.history[0];
      const last = cols.history[cols.history.length - 1];
      if (first === undefined || last === undefined) return undefined;
      return `${prefix}${columnLetter(start.column + first)}${row + 1}:${columnLetter(start.column + last)}${row + 1}`;
    },
  };
  for (const need of template.requires) {
    if (need === "history" ? refs.history() === undefined : refs.cell(need) === undefined) return undefined;
  }
  return template.build(refs);
}
