/** Excel.TableColumn, Excel.TableColumnCollection and Excel.TableRowCollection. */
import { MAX_COLUMNS } from "./address";
import { assertUnprotected, writeCells } from "./cellWrite";
import { hostError } from "./errors";
import { call } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientCollection, ClientObject } from "./proxy";
import { RangeProxy } from "./range";
import type { TableModel } from "./workbookModel";
import { retranslateAll } from "./workbookRefs";

type ColumnTarget = { table: TableModel; index: number };

/** Excel.TableColumn. */
export class TableColumnProxy extends ClientObject<ColumnTarget> {
  protected readonly className = "TableColumn";

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => ColumnTarget | null,
    nullable = false,
  ) {
    super(context, path);
    if (nullable) this.markNullable();
  }

  protected resolve(): ColumnTarget | null {
    return this.locate();
  }

  protected loadable(): readonly string[] {
    return ["id", "index", "name", "values"];
  }

  protected readProperty(name: string, { table, index }: ColumnTarget): unknown {
    const c = table.rect.c0 + index;
    if (name === "id") return index + 1;
    if (name === "index") return index;
    if (name === "name") return String(this.context.runtime.engine.values(table.sheet.hfId, { r0: table.rect.r0, r1: table.rect.r0, c0: c, c1: c })[0]?.[0] ?? "");
    return this.context.runtime.engine.values(table.sheet.hfId, { ...table.rect, c0: c, c1: c });
  }

  get id(): number {
    return this.get("id");
  }
  get index(): number {
    return this.get("index");
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.queueSet("name", value, ({ table, index }) =>
      writeCells(this.context.runtime, table.sheet, { r0: table.rect.r0, r1: table.rect.r0, c0: table.rect.c0 + index, c1: table.rect.c0 + index }, [[`'${value}`]], "name"),
    );
  }
  get values(): unknown[][] {
    return this.get("values");
  }

  private part(name: string, rows: (t: TableModel) => { r0: number; r1: number }): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${name}()`, () => {
      const { table, index } = this.required();
      const c = table.rect.c0 + index;
      return { sheet: table.sheet, rect: { ...rows(table), c0: c, c1: c } };
    });
  }

  getRange(): RangeProxy {
    return this.part("getRange", (t) => ({ r0: t.rect.r0, r1: t.rect.r1 }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (t) => ({ r0: t.rect.r0, r1: t.rect.r0 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (t) => ({ r0: t.rect.r0 + 1, r1: t.rect.r1 }));
  }
}

/** Excel.TableColumnCollection. */
export class TableColumnCollection extends ClientCollection<TableColumnProxy, ColumnTarget> {
  protected readonly className = "TableColumnCollection";

  constructor(
    context: BatchContext,
    path: string,
    private readonly table: () => TableModel,
  ) {
    super(context, path);
  }

  protected override loadable(): readonly string[] {
    return ["count"];
  }

  protected resolve(): ColumnTarget[] {
    const table = this.table();
    return Array.from({ length: table.rect.c1 - table.rect.c0 + 1 }, (_, index) => ({ table, index }));
  }

  protected itemFor(target: ColumnTarget): TableColumnProxy {
    return new TableColumnProxy(this.context, `${this.path}.getItemAt(${target.index})`, () => target);
  }

  private byKey(key: string | number): ColumnTarget | null {
    const all = this.resolve();
    if (typeof key === "number") return all[key] ?? null;
    const table = this.table();
    const headers = this.context.runtime.engine.values(table.sheet.hfId, { ...table.rect, r1: table.rect.r0 })[0] ?? [];
    const index = headers.findIndex((h) => String(h).toLowerCase() === key.toLowerCase());
    return index >= 0 ? (all[index] ?? null) : null;
  }

  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.context, `${this.path}.${call("getItem", [key])}`, () => {
      const found = this.byKey(key);
      if (!found) throw hostError("ItemNotFound", `There is no table column "${key}".`);
      return found;
    });
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.context, `${this.path}.${call("getItemOrNullObject", [key])}`, () => this.byKey(key), true);
  }

  getItemAt(index: number): TableColumnProxy {
    return this.getItem(index);
  }
}

/** Excel.TableRowCollection: count and add (counted in stats.tableRowsAdded). */
export class TableRowCollection extends ClientCollection<ClientObject<unknown>, unknown> {
  protected readonly className = "TableRowCollection";

  constructor(
    context: BatchContext,
    path: string,
    private readonly table: () => TableModel,
  ) {
    super(context, path);
  }

  protected override loadable(): readonly string[] {
    return ["count"];
  }

  protected resolve(): unknown[] {
    const t = this.table();
    return new Array<unknown>(t.rect.r1 - t.rect.r0);
  }

  protected itemFor(): ClientObject<unknown> {
    throw hostError("NotImplemented", "Loading table rows one by one is not supported by the in-memory host; read the data body range.");
  }

  /** Appends rows at the end of the table (a middle index is not supported by this host). */
  add(index?: number | null, values?: unknown[][]): void {
    this.queueMethod("add", [index ?? null, values ?? null], () => {
      const t = this.table();
      assertUnprotected(t.sheet);
      const dataRows = t.rect.r1 - t.rect.r0;
      if (index !== undefined && index !== null && index !== dataRows) {
        throw hostError("NotImplemented", "rows.add at an index inside the table is not supported by the in-memory host.");
      }
      const width = t.rect.c1 - t.rect.c0 + 1;
      const rows = values ?? [new Array<unknown>(width).fill("")];
      if (!Array.isArray(rows) || rows.length === 0) throw hostError("InvalidArgument", "rows.add expects a 2-D array.");
      const target = { r0: t.rect.r1 + 1, r1: t.rect.r1 + rows.length, c0: t.rect.c0, c1: Math.min(t.rect.c1, MAX_COLUMNS - 1) };
      // The rows join the table before they are written, so `[@Column]` in them refers to the table.
      const before = t.rect;
      t.rect = { ...t.rect, r1: target.r1 };
      this.context.runtime.engine.version++;
      try {
        writeCells(this.context.runtime, t.sheet, target, rows, "rows.add values");
      } catch (error) {
        t.rect = before;
        throw error;
      }
      retranslateAll(this.context.runtime);
      this.context.runtime.stats.tableRowsAdded += rows.length;
    });
  }
}
