/**
 * Table (ListObject) rules and model changes: creating, naming, resizing, deleting.
 * Sources in docs/host-rules.md.
 */
import type { Rect } from "./address";
import { MAX_ROWS, rectsOverlap } from "./address";
import { assertUnprotected, clearContents } from "./cellWrite";
import { clearFormats } from "./cellFormats";
import { hostError } from "./errors";
import type { RangeTarget } from "./lookup";
import { definedNameProblem } from "./nameRules";
import { renameTableInFormula } from "./formulaRewrite";
import type { HostRuntime } from "./proxy";
import { replaceTableRefs } from "./structuredRefs";
import type { TableModel } from "./workbookModel";
import { nextModelId } from "./workbookModel";
import { retranslateAll, rewriteWorkbook } from "./workbookRefs";

const STYLE = /^(|TableStyle(Light|Medium|Dark)\d{1,2})$/;

/** Refuses an invalid or taken table name (tables and defined names share one namespace). */
export function assertTableName(runtime: HostRuntime, name: unknown, except?: TableModel): string {
  const problem = definedNameProblem(name);
  if (problem !== undefined) throw hostError("InvalidArgument", `Invalid table name: ${problem}`);
  const text = name as string;
  const lower = text.toLowerCase();
  const taken =
    runtime.model.tables.some((t) => t !== except && !t.deleted && t.name.toLowerCase() === lower) ||
    runtime.model.names.some((n) => n.name.toLowerCase() === lower);
  if (taken) throw hostError("ItemAlreadyExists", `The name "${text}" is already used by a table or a named range.`);
  return text;
}

function defaultTableName(runtime: HostRuntime): string {
  const taken = new Set([...runtime.model.tables.map((t) => t.name.toLowerCase()), ...runtime.model.names.map((n) => n.name.toLowerCase())]);
  let n = 1;
  while (taken.has(`table${n}`)) n++;
  return `Table${n}`;
}

/**
 * A table cannot overlap another table or merged cells: Excel.ErrorCodes `MergedRangeConflict`
 * ("A table can't overlap with another table, a PivotTable report, query results, merged cells, or
 * an XML Map").
 */
function assertNoOverlap(runtime: HostRuntime, target: RangeTarget, except?: TableModel): void {
  const clash = runtime.model.tables.find((t) => t !== except && !t.deleted && t.sheet === target.sheet && rectsOverlap(t.rect, target.rect));
  if (clash) throw hostError("MergedRangeConflict", `The range overlaps table ${clash.name}.`);
  const merged = target.sheet.merges.find((area) => rectsOverlap(area, target.rect));
  if (merged) throw hostError("MergedRangeConflict", "A table can't overlap merged cells.");
}

/** Makes header cells unique, non-blank text (Excel fills blanks with "ColumnN" and numbers duplicates). */
export function normaliseHeaders(runtime: HostRuntime, table: TableModel, fromColumn = 0): void {
  const { sheet, rect } = table;
  const headerRect: Rect = { r0: rect.r0, r1: rect.r0, c0: rect.c0, c1: rect.c1 };
  const headers = runtime.engine.values(sheet.hfId, headerRect)[0] ?? [];
  const seen = new Set<string>();
  const out = headers.map((h, j) => {
    let name = h === "" ? `Column${j + 1}` : String(h);
    if (seen.has(name.toLowerCase())) {
      let k = 2;
      while (seen.has(`${name}${k}`.toLowerCase())) k++;
      name = `${name}${k}`;
    }
    seen.add(name.toLowerCase());
    return name;
  });
  const changed = out.some((name, j) => j >= fromColumn && name !== headers[j]);
  if (changed) runtime.engine.write(sheet.hfId, rect.r0, rect.c0, [out.map((text) => ({ text }))]);
}

/** Creates a table over a range. */
export function addTable(runtime: HostRuntime, target: RangeTarget, hasHeaders: unknown): TableModel {
  assertUnprotected(target.sheet);
  if (hasHeaders !== true) {
    // Excel inserts a generated header row, shifting cells; this host does not shift cells.
    throw hostError("NotImplemented", "tables.add(address, false) is not supported by the in-memory host; write a header row and pass true.");
  }
  if (target.rect.r1 - target.rect.r0 + 1 >= MAX_ROWS) throw hostError("InvalidArgument", "A table cannot span whole columns.");
  const rect = { ...target.rect };
  if (rect.r0 === rect.r1) rect.r1 += 1; // a header-only table gets one empty data row
  assertNoOverlap(runtime, { sheet: target.sheet, rect });
  const table: TableModel = {
    id: nextModelId(runtime.model),
    name: defaultTableName(runtime),
    sheet: target.sheet,
    rect,
    style: "TableStyleMedium2",
    showHeaders: true,
    showTotals: false,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
    deleted: false,
  };
  runtime.model.tables.push(table);
  runtime.engine.version++;
  normaliseHeaders(runtime, table);
  return table;
}

/** Resizes a table; the header row must stay where it is (Excel.Table.resize, ExcelApi 1.13). */
export function resizeTable(runtime: HostRuntime, table: TableModel, target: RangeTarget): void {
  assertUnprotected(table.sheet);
  if (target.sheet !== table.sheet) throw hostError("InvalidArgument", "A table cannot move to another sheet.");
  if (target.rect.r0 !== table.rect.r0 || !rectsOverlap(target.rect, table.rect)) {
    throw hostError("InvalidArgument", "The header row must remain in the same row and the new range must overlap the table.");
  }
  if (target.rect.r1 === target.rect.r0) throw hostError("InvalidArgument", "A table needs at least one data row.");
  assertNoOverlap(runtime, target, table);
  const oldWidth = table.rect.c1 - table.rect.c0 + 1;
  table.rect = { ...target.rect };
  runtime.engine.version++;
  normaliseHeaders(runtime, table, oldWidth);
  retranslateAll(runtime);
}

/** Renames a table; structured references to it follow the new name (support.microsoft.com "Rename an Excel table"). */
export function renameTable(runtime: HostRuntime, table: TableModel, name: unknown): void {
  const next = assertTableName(runtime, name, table);
  if (next === table.name) return;
  const old = table.name;
  table.name = next;
  runtime.engine.version++;
  rewriteWorkbook(runtime, (formula) => renameTableInFormula(formula, old, next), { only: (formula) => formula.includes("[") });
  retranslateAll(runtime);
}

/**
 * Deletes a table and its cells' contents and formats; structured references to it become #REF!.
 * convertToRange (`keepData`) keeps the cells, and structured references become A1 references
 * (support.microsoft.com "Convert an Excel table to a range of data").
 */
export function deleteTable(runtime: HostRuntime, table: TableModel, keepData: boolean): void {
  assertUnprotected(table.sheet);
  const mode = keepData ? "toA1" : "toRef";
  rewriteWorkbook(runtime, (formula, site) => replaceTableRefs(runtime, formula, table, site, mode), { only: (formula) => formula.includes("[") });
  if (!keepData) {
    clearContents(runtime, table.sheet, table.rect);
    clearFormats(table.sheet, table.rect);
  }
  table.deleted = true;
  runtime.model.tables = runtime.model.tables.filter((t) => t !== table);
  runtime.engine.version++;
}

/** Validates a table style name ("TableStyleMedium2", "" for none). */
export function assertTableStyle(style: unknown): string {
  if (typeof style !== "string" || !STYLE.test(style)) throw hostError("InvalidArgument", `"${String(style)}" is not a table style.`);
  return style;
}

/** The data body rows of a table. */
export function dataBodyRect(table: TableModel): Rect {
  return { ...table.rect, r0: table.rect.r0 + 1 };
}
