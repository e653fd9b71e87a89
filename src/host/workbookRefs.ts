/**
 * Keeping every reference in the workbook right when sheets, tables or cells change: cell formulas,
 * defined names, chart series addresses and conditional-format formulas all hold references that
 * Excel rewrites (a renamed sheet, a deleted sheet, inserted or deleted cells, a renamed or deleted
 * table). Each change is one text rewrite (formulaRewrite.ts) applied here to all of them.
 */
import { needsTranslation } from "./formulaTokens";
import type { HostRuntime } from "./proxy";
import type { FormulaSite } from "./structuredRefs";
import { translateFormula } from "./structuredRefs";
import type { NamedItemModel, SheetModel } from "./workbookModel";

/** A rewrite of one formula: `site` is where it is (null for a defined name or a chart series). */
export type FormulaRewrite = (formula: string, site: FormulaSite | null, home: SheetModel | null) => string;

/** The formula HyperFormula gets for a defined name. */
export function nameEngineFormula(runtime: HostRuntime, formula: string): string {
  return needsTranslation(formula) ? translateFormula(runtime, formula, null, false) : formula;
}

/** Sends a defined name to HyperFormula (after its formula text changed). */
export function syncName(runtime: HostRuntime, item: NamedItemModel): void {
  runtime.engine.setName(item.name, nameEngineFormula(runtime, item.formula));
}

const FORMULA_KEYS = new Set(["formula", "formula1", "formula2", "formulaLocal"]);

function rewriteRecord(record: Record<string, unknown>, rewrite: (formula: string) => string): void {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string" && FORMULA_KEYS.has(key) && value.startsWith("=")) record[key] = rewrite(value);
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) rewriteRecord(value as Record<string, unknown>, rewrite);
  }
}

/** Options of rewriteWorkbook. */
export interface RewriteOptions {
  /** A cheap test: formulas for which it is false are not rewritten (`home`: the sheet of a cell or conditional format, else null). */
  only?: (formula: string, home: SheetModel | null) => boolean;
  /** A sheet whose cell formulas were already rewritten (its names, charts and formats are still offered). */
  skipCellsOf?: SheetModel;
  /** HyperFormula already made the change (a renamed sheet): only the texts change. */
  engineFollows?: boolean;
}

/** Applies a rewrite to every reference holder of the workbook. */
export function rewriteWorkbook(runtime: HostRuntime, rewrite: FormulaRewrite, options: RewriteOptions = {}): void {
  const { model, engine } = runtime;
  const { only, skipCellsOf, engineFollows } = options;
  const live = model.sheets.filter((s) => !s.deleted);
  const byId = new Map(live.map((s) => [s.hfId, s]));
  engine.rewriteFormulas((hfId, r, c, formula) => {
    const sheet = byId.get(hfId);
    if (!sheet || sheet === skipCellsOf || (only && !only(formula, sheet))) return undefined;
    return rewrite(formula, { sheet, r, c }, sheet);
  }, engineFollows === true);
  const apply = (formula: string, home: SheetModel | null): string => (only && !only(formula, home) ? formula : rewrite(formula, null, home));
  for (const item of model.names) {
    const next = apply(item.formula, null);
    if (next === item.formula) continue;
    item.formula = next;
    syncName(runtime, item);
  }
  const address = (text: string | null): string | null => (text === null ? null : apply(`=${text}`, null).slice(1));
  for (const sheet of live) {
    for (const chart of sheet.charts) {
      chart.source = address(chart.source) ?? chart.source;
      for (const series of chart.series) {
        series.values = address(series.values);
        series.xValues = address(series.xValues);
      }
    }
    for (const cf of sheet.conditionalFormats) rewriteRecord(cf.props, (formula) => apply(formula, sheet));
  }
}

/** Sends every formula and name that holds a structured reference to HyperFormula again (a table changed). */
export function retranslateAll(runtime: HostRuntime): void {
  runtime.engine.retranslate();
  for (const item of runtime.model.names) if (item.formula.includes("[")) syncName(runtime, item);
}
