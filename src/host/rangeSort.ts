/**
 * Range.sort.apply (Excel.RangeSort) and Table.sort.apply (Excel.TableSort), ExcelApi 1.2.
 * Sources: Excel.RangeSort, Excel.TableSort, Excel.SortField (learn.microsoft.com/javascript/api/excel);
 * support.microsoft.com "Sort data in a range or table" (ascending: numbers, then text, then logical
 * values, then errors; blanks are always placed last, also in a descending sort; all errors are equal).
 * - Rows move with their values and their cell formats; the sort is stable.
 * - A formula inside the sorted range moves as a paste moves it: relative references keep pointing at
 *   the same offset (so `=B2*2` moved from row 2 to row 5 reads `=B5*2`), absolute ones stay.
 * - Formulas outside the range that point into it keep their addresses: they now show whatever row
 *   moved there. Conditional formats stay where they are.
 * - Text compares case-insensitively unless matchCase (then lower case before upper case), with the
 *   PinYin collation for Chinese (Excel's default method); Unsure: Excel's own collation (it ignores
 *   apostrophes and hyphens) is not reproduced.
 * Refused: sortOn other than "Value", dataOption "TextAsNumber", orientation "Columns", method
 * "StrokeCount" (NotImplemented); merged cells in the range ("To do this, all the merged cells need to
 * be the same size"; InvalidOperation); a range that cuts across a table (InvalidOperation; stricter);
 * keys outside the range (InvalidArgument); a protected sheet (AccessDenied).
 */
import type { Rect } from "./address";
import { MAX_COLUMNS, rectsOverlap } from "./address";
import { assertUnprotected } from "./cellWrite";
import type { EngineContent } from "./engineContent";
import { cellKey, isFormula } from "./engineContent";
import { hostError } from "./errors";
import { shiftFormula } from "./formulaRewrite";
import type { CellValue } from "./hyperformulaBridge";
import type { RangeTarget } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientObject } from "./proxy";
import type { CellFormat, SheetModel, TableModel } from "./workbookModel";
import { ERROR_LITERALS } from "./cellInput";

/** A sort condition as stored (Excel.SortField). */
export interface SortFieldModel {
  key: number;
  ascending: boolean;
}

/** The last sort applied to a table (TableSort.fields, matchCase, method). */
export interface TableSortState {
  fields: Array<{ key: number; ascending: boolean }>;
  matchCase: boolean;
  method: string;
}

const tableSorts = new WeakMap<TableModel, TableSortState>();

function checkedFields(fields: unknown, width: number): SortFieldModel[] {
  if (!Array.isArray(fields) || fields.length === 0) throw hostError("InvalidArgument", "sort.apply expects a non-empty array of sort fields.");
  return fields.map((field: unknown) => {
    if (field === null || typeof field !== "object") throw hostError("InvalidArgument", "A sort field is an object with a key.");
    const f = field as Record<string, unknown>;
    if (typeof f.key !== "number" || !Number.isInteger(f.key) || f.key < 0 || f.key >= width) {
      throw hostError("InvalidArgument", `The sort key ${String(f.key)} is outside the range (0 to ${width - 1}).`);
    }
    if (f.sortOn !== undefined && f.sortOn !== "Value") throw hostError("NotImplemented", `Sorting on ${JSON.stringify(f.sortOn)} is not supported by the in-memory host.`);
    if (f.dataOption !== undefined && f.dataOption !== "Normal") throw hostError("NotImplemented", `dataOption ${JSON.stringify(f.dataOption)} is not supported by the in-memory host.`);
    if (f.ascending !== undefined && typeof f.ascending !== "boolean") throw hostError("InvalidArgument", "ascending expects true or false.");
    return { key: f.key, ascending: f.ascending !== false };
  });
}

/** Sort classes in ascending order: numbers, text, logical values, errors; blanks always last. */
function rank(v: CellValue, blank: boolean): number {
  if (blank) return 4;
  if (typeof v === "number") return 0;
  if (typeof v === "boolean") return 2;
  return (ERROR_LITERALS as readonly string[]).includes(v) ? 3 : 1;
}

function comparer(matchCase: boolean): (a: CellValue, aBlank: boolean, b: CellValue, bBlank: boolean, ascending: boolean) => number {
  const collator = new Intl.Collator("zh-CN-u-co-pinyin", matchCase ? { sensitivity: "case", caseFirst: "lower" } : { sensitivity: "base" });
  return (a, aBlank, b, bBlank, ascending) => {
    const ra = rank(a, aBlank);
    const rb = rank(b, bBlank);
    if (ra === 4 || rb === 4) return ra - rb; // blanks last, whatever the order
    let d = ra - rb;
    if (d === 0) {
      if (ra === 0) d = (a as number) - (b as number);
      else if (ra === 1) d = collator.compare(a as string, b as string);
      else if (ra === 2) d = Number(a) - Number(b);
    }
    return ascending ? d : -d;
  };
}

/** Refuses a range that would move only part of a table's rows. */
function assertTablesWhole(sheet: SheetModel, tables: TableModel[], rect: Rect): void {
  for (const table of tables) {
    if (table.deleted || table.sheet !== sheet || !rectsOverlap(table.rect, rect)) continue;
    const inside = rect.c0 === table.rect.c0 && rect.c1 === table.rect.c1 && rect.r0 >= table.rect.r0 + 1 && rect.r1 <= table.rect.r1;
    if (!inside) throw hostError("InvalidOperation", `The range cuts across table ${table.name}: sort the table (Table.sort) or its whole data body.`);
  }
}

/**
 * Sorts the rows of a range.
 * @param target - the range; its first row is left in place when `hasHeaders`
 * @returns nothing; rows of the range move (values, formulas, cell formats)
 */
export function sortRows(
  context: BatchContext,
  target: RangeTarget,
  fields: unknown,
  matchCase: unknown,
  hasHeaders: unknown,
  orientation: unknown,
  method: unknown,
): SortFieldModel[] {
  const { runtime } = context;
  const { sheet } = target;
  assertUnprotected(sheet);
  if (orientation !== undefined && orientation !== "Rows") {
    if (orientation === "Columns") throw hostError("NotImplemented", "Sorting columns (orientation Columns) is not supported by the in-memory host.");
    throw hostError("InvalidArgument", `${JSON.stringify(orientation)} is not a sort orientation.`);
  }
  if (method !== undefined && method !== "PinYin") {
    if (method === "StrokeCount") throw hostError("NotImplemented", "The StrokeCount sort method is not supported by the in-memory host.");
    throw hostError("InvalidArgument", `${JSON.stringify(method)} is not a sort method.`);
  }
  if (matchCase !== undefined && typeof matchCase !== "boolean") throw hostError("InvalidArgument", "matchCase expects true or false.");
  if (hasHeaders !== undefined && typeof hasHeaders !== "boolean") throw hostError("InvalidArgument", "hasHeaders expects true or false.");
  const rect: Rect = { ...target.rect, r0: target.rect.r0 + (hasHeaders === true ? 1 : 0) };
  const width = rect.c1 - rect.c0 + 1;
  const checked = checkedFields(fields, width);
  if (rect.r0 > rect.r1) return checked;
  if (sheet.merges.some((m) => rectsOverlap(m, rect))) throw hostError("InvalidOperation", "To do this, all the merged cells need to be the same size.");
  assertTablesWhole(sheet, runtime.model.tables, rect);

  const { engine } = runtime;
  // Rows below the last used one are blank: they stay last, so only the used rows are sorted.
  let lastRow = Math.max(rect.r0, Math.min(rect.r1, engine.usedRect(sheet.hfId)?.r1 ?? rect.r0));
  for (const key of sheet.cellFormats.keys()) {
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    if (r > lastRow && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) lastRow = r;
  }
  const rows = { ...rect, r1: lastRow };
  const count = rows.r1 - rows.r0 + 1;
  const values = engine.values(sheet.hfId, rows);
  const cells = engine.cellsOf(sheet.hfId);
  const blank = (i: number, col: number): boolean => !cells.has(cellKey(rows.r0 + i, rows.c0 + col));
  const compare = comparer(matchCase === true);
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((x, y) => {
    for (const field of checked) {
      const d = compare(values[x]?.[field.key] ?? "", blank(x, field.key), values[y]?.[field.key] ?? "", blank(y, field.key), field.ascending);
      if (d !== 0) return d;
    }
    return x - y;
  });
  if (order.every((from, to) => from === to)) return checked;

  // Read every row first, then write: contents (formulas moved by their row offset) and cell formats.
  const block: EngineContent[][] = [];
  const formats: Array<Array<CellFormat | undefined>> = [];
  order.forEach((from, to) => {
    const line: EngineContent[] = [];
    const formatLine: Array<CellFormat | undefined> = [];
    for (let c = rows.c0; c <= rows.c1; c++) {
      const content = cells.get(cellKey(rows.r0 + from, c));
      line.push(content === undefined ? null : isFormula(content) ? { formula: shiftFormula(content.formula, to - from, 0) } : content);
      formatLine.push(sheet.cellFormats.get(cellKey(rows.r0 + from, c)));
    }
    block.push(line);
    formats.push(formatLine);
  });
  engine.write(sheet.hfId, rows.r0, rows.c0, block);
  formats.forEach((line, i) =>
    line.forEach((format, j) => {
      const key = cellKey(rows.r0 + i, rows.c0 + j);
      if (format) sheet.cellFormats.set(key, format);
      else sheet.cellFormats.delete(key);
    }),
  );
  return checked;
}

/** Excel.RangeSort. */
export class RangeSortProxy extends ClientObject<RangeTarget> {
  protected readonly className = "RangeSort";

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => RangeTarget,
  ) {
    super(context, path);
  }

  protected resolve(): RangeTarget {
    return this.locate();
  }

  protected loadable(): readonly string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
  }

  apply(fields: unknown, matchCase?: boolean, hasHeaders?: boolean, orientation?: string, method?: string): void {
    const args = [fields, matchCase, hasHeaders, orientation, method].filter((a) => a !== undefined);
    this.queueMethod("apply", args, (t) => {
      sortRows(this.context, t, fields, matchCase, hasHeaders, orientation, method);
    });
  }
}

/** Excel.TableSort: apply sorts the data body; fields, matchCase and method describe the last sort. */
export class TableSortProxy extends ClientObject<TableModel> {
  protected readonly className = "TableSort";

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => TableModel,
  ) {
    super(context, path);
  }

  protected resolve(): TableModel {
    return this.locate();
  }

  protected loadable(): readonly string[] {
    return ["fields", "matchCase", "method"];
  }

  protected readProperty(name: string, table: TableModel): unknown {
    const state = tableSorts.get(table) ?? { fields: [], matchCase: false, method: "PinYin" };
    if (name === "fields") return state.fields.map((f) => ({ ...f }));
    return name === "matchCase" ? state.matchCase : state.method;
  }

  get fields(): Excel.SortField[] {
    return this.get("fields");
  }
  get matchCase(): boolean {
    return this.get("matchCase");
  }
  get method(): string {
    return this.get("method");
  }

  private run(table: TableModel, fields: unknown, matchCase: unknown, method: unknown): void {
    const body = { sheet: table.sheet, rect: { ...table.rect, r0: table.rect.r0 + 1, r1: table.rect.r1 - (table.showTotals ? 1 : 0) } };
    const checked = sortRows(this.context, body, fields, matchCase, false, undefined, method);
    tableSorts.set(table, { fields: checked, matchCase: matchCase === true, method: typeof method === "string" ? method : "PinYin" });
  }

  apply(fields: unknown, matchCase?: boolean, method?: string): void {
    const args = [fields, matchCase, method].filter((a) => a !== undefined);
    this.queueMethod("apply", args, (table) => this.run(table, fields, matchCase, method));
  }

  /** Clears the sort state (the rows stay in their order). */
  clear(): void {
    this.queueMethod("clear", [], (table) => {
      tableSorts.delete(table);
    });
  }

  /** Sorts again with the last fields. */
  reapply(): void {
    this.queueMethod("reapply", [], (table) => {
      const state = tableSorts.get(table);
      if (state) this.run(table, state.fields, state.matchCase, state.method);
    });
  }
}
