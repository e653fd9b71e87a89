/**
 * Excel.Table, Excel.TableCollection, table rows and columns.
 * `rows.add` exists (Excel has it) but co-authoring guidance says to write ranges instead, so the
 * host counts its use in `stats.tableRowsAdded` for tests to assert it stays at zero.
 */
import { assertUnprotected } from "./cellWrite";
import { hostError } from "./errors";
import type { RangeTarget } from "./lookup";
import { call, findTable } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientCollection, ClientObject } from "./proxy";
import { RangeProxy, resolveRangeArgument } from "./range";
import { TableSortProxy } from "./rangeSort";
import { TableColumnCollection, TableRowCollection } from "./tableParts";
import { addTable, assertTableStyle, dataBodyRect, deleteTable, renameTable, resizeTable } from "./tableRules";
import { WorksheetProxy } from "./worksheet";
import type { SheetModel, TableModel } from "./workbookModel";

const FLAGS = ["showBandedRows", "showBandedColumns", "showFilterButton", "highlightFirstColumn", "highlightLastColumn"] as const;
const TABLE_PROPS = ["name", "id", "style", "showHeaders", "showTotals", ...FLAGS] as const;

/** Excel.Table. */
export class TableProxy extends ClientObject<TableModel> {
  protected readonly className = "Table";

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => TableModel | null,
    nullable = false,
  ) {
    super(context, path);
    if (nullable) this.markNullable();
    for (const flag of FLAGS) {
      Object.defineProperty(this, flag, {
        enumerable: true,
        get: () => this.get<unknown>(flag),
        set: (value: unknown) =>
          this.queueSet(flag, value, (t) => {
            if (typeof value !== "boolean") throw hostError("InvalidArgument", `${flag} expects true or false.`);
            assertUnprotected(t.sheet);
            t[flag] = value;
          }),
      });
    }
  }

  protected resolve(): TableModel | null {
    return this.locate();
  }

  protected override isGone(t: TableModel): boolean {
    return t.deleted;
  }

  protected loadable(): readonly string[] {
    return TABLE_PROPS;
  }

  protected readProperty(name: string, t: TableModel): unknown {
    return (t as unknown as Record<string, unknown>)[name];
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.queueSet("name", value, (t) => renameTable(this.context.runtime, t, value));
  }
  get id(): string {
    return this.get("id");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.queueSet("style", value, (t) => {
      assertUnprotected(t.sheet);
      t.style = assertTableStyle(value);
    });
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  set showHeaders(value: boolean) {
    this.queueSet("showHeaders", value, () => {
      if (value !== true) throw hostError("NotImplemented", "Hiding a table's header row is not supported by the in-memory host.");
    });
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  set showTotals(value: boolean) {
    this.queueSet("showTotals", value, () => {
      if (value !== false) throw hostError("NotImplemented", "Table total rows are not supported by the in-memory host.");
    });
  }

  private range(name: string, make: (t: TableModel) => RangeTarget): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${call(name, [])}`, () => make(this.required()));
  }

  getRange(): RangeProxy {
    return this.range("getRange", (t) => ({ sheet: t.sheet, rect: t.rect }));
  }

  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (t) => ({ sheet: t.sheet, rect: { ...t.rect, r1: t.rect.r0 } }));
  }

  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", (t) => ({ sheet: t.sheet, rect: dataBodyRect(t) }));
  }

  getTotalRowRange(): RangeProxy {
    return this.range("getTotalRowRange", () => {
      throw hostError("InvalidOperation", "The table has no total row.");
    });
  }

  private navCache = new Map<string, ClientObject>();

  private cached<O extends ClientObject>(key: string, make: () => O): O {
    const found = this.navCache.get(key);
    if (found) return found as O;
    const made = make();
    this.navCache.set(key, made);
    return made;
  }

  get worksheet(): WorksheetProxy {
    return this.cached("worksheet", () => new WorksheetProxy(this.context, `${this.path}.worksheet`, () => this.required().sheet));
  }

  get rows(): TableRowCollection {
    return this.cached("rows", () => new TableRowCollection(this.context, `${this.path}.rows`, () => this.required()));
  }

  /** Table.sort (ExcelApi 1.2; see rangeSort.ts). */
  get sort(): TableSortProxy {
    return this.cached("sort", () => new TableSortProxy(this.context, `${this.path}.sort`, () => this.required()).requireApi("Table.sort"));
  }

  get columns(): TableColumnCollection {
    return this.cached("columns", () => new TableColumnCollection(this.context, `${this.path}.columns`, () => this.required()));
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "worksheet") return this.worksheet;
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    if (name === "sort") return this.sort;
    return undefined;
  }

  resize(newRange: unknown): void {
    this.queueMethod("resize", [newRange], (t) =>
      resizeTable(this.context.runtime, t, resolveRangeArgument(this.context, newRange, { sheet: t.sheet, rect: t.rect })),
    );
  }

  delete(): void {
    this.queueMethod("delete", [], (t) => deleteTable(this.context.runtime, t, false));
  }

  convertToRange(): RangeProxy {
    let rect: RangeTarget | null = null;
    this.queueMethod("convertToRange", [], (t) => {
      rect = { sheet: t.sheet, rect: t.rect };
      deleteTable(this.context.runtime, t, true);
    });
    return new RangeProxy(this.context, `${this.path}.convertToRange()`, () => rect);
  }

  clearFilters(): void {
    this.queueMethod("clearFilters", [], () => undefined);
  }
}

/** Excel.TableCollection (workbook-wide, or one sheet's tables). */
export class TableCollection extends ClientCollection<TableProxy, TableModel> {
  protected readonly className = "TableCollection";

  constructor(
    context: BatchContext,
    path: string,
    private readonly scope: (() => SheetModel) | null,
  ) {
    super(context, path);
  }

  protected override loadable(): readonly string[] {
    return ["count"];
  }

  protected resolve(): TableModel[] {
    const sheet = this.scope?.();
    return this.context.runtime.model.tables.filter((t) => !t.deleted && (sheet === undefined || t.sheet === sheet));
  }

  protected itemFor(table: TableModel): TableProxy {
    return new TableProxy(this.context, `${this.path}.getItem(${JSON.stringify(table.id)})`, () => table);
  }

  add(address: unknown, hasHeaders: boolean): TableProxy {
    let created: TableModel | null = null;
    this.enqueueAdd(address, hasHeaders, (t) => {
      created = t;
    });
    return new TableProxy(this.context, `${this.path}.${call("add", [address, hasHeaders])}`, () => created);
  }

  private enqueueAdd(address: unknown, hasHeaders: unknown, done: (t: TableModel) => void): void {
    this.queueMethod("add", [address, hasHeaders], () => {
      const sheet = this.scope?.() ?? this.context.runtime.model.activeSheet;
      const target = resolveRangeArgument(this.context, address, sheet ? { sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } } : null);
      if (this.scope && target.sheet !== this.scope()) throw hostError("InvalidArgument", "The address is not on this worksheet.");
      done(addTable(this.context.runtime, target, hasHeaders));
    });
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.context, `${this.path}.${call("getItem", [key])}`, () => {
      const found = findTable(this.context.runtime.model, key, this.scope?.());
      if (!found) throw hostError("ItemNotFound", `There is no table named "${key}".`);
      return found;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    const path = `${this.path}.${call("getItemOrNullObject", [key])}`;
    return new TableProxy(this.context, path, () => findTable(this.context.runtime.model, key, this.scope?.()) ?? null, true).requireApi(
      "TableCollection.getItemOrNullObject",
    );
  }

  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, `${this.path}.${call("getItemAt", [index])}`, () => {
      const found = this.resolve()[index];
      if (!found) throw hostError("ItemNotFound", `There is no table at index ${index}.`);
      return found;
    });
  }
}
