/**
 * Excel.Worksheet: name, position, visibility, tab color, protection, freeze panes, ranges,
 * used range, tables, charts and custom properties.
 */
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import { BagObject } from "./bag";
import { ChartCollection } from "./chartCollection";
import { hostError } from "./errors";
import { freezeAt } from "./freezeAt";
import { KeyValueCollection } from "./keyValue";
import { call, liveSheets, rectOn } from "./lookup";
import { showOutlineLevels } from "./outline";
import { PageLayoutProxy } from "./pageLayout";
import type { BatchContext } from "./proxy";
import { ClientObject } from "./proxy";
import type { ChangedHandler } from "./events";
import { RangeProxy } from "./range";
import { deleteSheet, moveSheet, renameSheet, setVisibility } from "./sheetOps";
import { TableCollection } from "./table";
import { usedBounds } from "./usedRange";
import type { SheetModel } from "./workbookModel";

const SHEET_PROPS = ["name", "id", "position", "visibility", "tabColor", "showGridlines", "standardWidth", "standardHeight"] as const;

/** Excel.Worksheet. */
export class WorksheetProxy extends ClientObject<SheetModel> {
  protected readonly className = "Worksheet";
  private cache = new Map<string, ClientObject>();

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => SheetModel | null,
    nullable = false,
  ) {
    super(context, path);
    if (nullable) this.markNullable();
  }

  protected resolve(): SheetModel | null {
    return this.locate();
  }

  protected override isGone(sheet: SheetModel): boolean {
    return sheet.deleted;
  }

  /** The sheet during a sync (for other objects). */
  sheetModel(): SheetModel {
    return this.required();
  }

  protected loadable(): readonly string[] {
    return SHEET_PROPS;
  }

  protected readProperty(name: string, sheet: SheetModel): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return liveSheets(this.context.runtime.model).indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      case "showGridlines":
        return sheet.showGridlines;
      case "standardWidth":
        return 8.43;
      case "standardHeight":
        return 15;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.queueSet("name", value, (sheet) => renameSheet(this.context.runtime, sheet, value));
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.queueSet("position", value, (sheet) => moveSheet(this.context.runtime, sheet, value));
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.queueSet("visibility", value, (sheet) => setVisibility(this.context.runtime, sheet, value));
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(value: string) {
    this.queueSet("tabColor", value, (sheet) => {
      if (typeof value !== "string" || !(value === "" || /^#[0-9A-Fa-f]{6}$/.test(value))) {
        throw hostError("InvalidArgument", 'tabColor expects "#RRGGBB" or "".');
      }
      sheet.tabColor = value;
    });
  }
  get showGridlines(): boolean {
    return this.get("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.queueSet("showGridlines", value, (sheet) => {
      if (typeof value !== "boolean") throw hostError("InvalidArgument", "showGridlines expects true or false.");
      sheet.showGridlines = value;
    });
  }
  get standardWidth(): number {
    return this.get("standardWidth");
  }
  get standardHeight(): number {
    return this.get("standardHeight");
  }

  private cached<O extends ClientObject>(key: string, make: () => O): O {
    let value = this.cache.get(key);
    if (!value) {
      value = make();
      this.cache.set(key, value);
    }
    return value as O;
  }

  get protection(): BagObject {
    return this.cached("protection", () => createProtection(this.context, `${this.path}.protection`, () => this.required()));
  }

  get freezePanes(): BagObject {
    return this.cached("freezePanes", () =>
      createFreezePanes(this.context, `${this.path}.freezePanes`, () => this.required()).requireApi("Worksheet.freezePanes"),
    );
  }

  /**
   * Excel.Worksheet.onChanged (ExcelApi 1.7): `add(handler)` registers at the next sync; the result's
   * `remove()` unregisters at the next sync of the same context (events.ts).
   */
  get onChanged(): { add(handler: ChangedHandler): { readonly context: BatchContext; remove(): void } } {
    return {
      add: (handler) => {
        let registration: ReturnType<BatchContext["runtime"]["events"]["add"]> | undefined;
        this.queueMethod("onChanged", [], (sheet) => {
          registration = this.context.runtime.events.add(sheet.id, handler);
        });
        const context = this.context;
        return {
          context,
          remove: () => {
            context.enqueue({
              member: "EventHandlerResult.remove",
              path: `${this.path}.onChanged`,
              payload: null,
              run: () => {
                if (registration) context.runtime.events.remove(registration);
              },
            });
          },
        };
      },
    };
  }

  /** Excel.PageLayout (ExcelApi 1.9; see pageLayout.ts). */
  get pageLayout(): PageLayoutProxy {
    return this.cached("pageLayout", () => new PageLayoutProxy(this.context, `${this.path}.pageLayout`, () => this.required()).requireApi("Worksheet.pageLayout"));
  }

  /** Shows the first `rowLevels` / `columnLevels` levels of the outline (ExcelApi 1.10; see outline.ts). */
  showOutlineLevels(rowLevels: number, columnLevels: number): void {
    this.queueMethod("showOutlineLevels", [rowLevels, columnLevels], (sheet) => showOutlineLevels(sheet, rowLevels, columnLevels));
  }

  get tables(): TableCollection {
    return this.cached("tables", () => new TableCollection(this.context, `${this.path}.tables`, () => this.required()));
  }

  get charts(): ChartCollection {
    return this.cached("charts", () => new ChartCollection(this.context, `${this.path}.charts`, () => this.required()));
  }

  get customProperties(): KeyValueCollection {
    return this.cached(
      "customProperties",
      () =>
        new KeyValueCollection(this.context, `${this.path}.customProperties`, {
          className: "WorksheetCustomProperty",
          store: () => this.required().customProperties,
          caseInsensitive: true,
          withType: false,
          validate: (key, value) =>
            key.length > 255 ? "A custom property key has at most 255 characters." : typeof value !== "string" ? "A worksheet custom property value is a string." : undefined,
        }).requireApi("Worksheet.customProperties"),
    );
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "protection") return this.protection;
    if (name === "freezePanes") return this.freezePanes;
    if (name === "pageLayout") return this.pageLayout;
    if (name === "tables") return this.tables;
    if (name === "charts") return this.charts;
    if (name === "customProperties") return this.customProperties;
    return undefined;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${call("getRange", address === undefined ? [] : [address])}`, () => {
      const sheet = this.required();
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      return { sheet, rect: rectOn(sheet, address) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const args = [startRow, startColumn, rowCount, columnCount];
    const range = new RangeProxy(this.context, `${this.path}.${call("getRangeByIndexes", args)}`, () => {
      const sheet = this.required();
      const ok = args.every((n) => Number.isInteger(n)) && startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1;
      const r1 = startRow + rowCount - 1;
      const c1 = startColumn + columnCount - 1;
      if (!ok || r1 >= MAX_ROWS || c1 >= MAX_COLUMNS) throw hostError("InvalidArgument", "getRangeByIndexes: the range is outside the worksheet or empty.");
      return { sheet, rect: { r0: startRow, c0: startColumn, r1, c1 } };
    });
    return range.requireApi("Worksheet.getRangeByIndexes");
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.used("getUsedRange", valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.used("getUsedRangeOrNullObject", valuesOnly, true).requireApi("Worksheet.getUsedRangeOrNullObject");
  }

  private used(name: string, valuesOnly: boolean | undefined, nullable: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.${call(name, valuesOnly === undefined ? [] : [valuesOnly])}`,
      () => {
        const sheet = this.required();
        const rect = usedBounds(this.context.runtime, sheet, valuesOnly === true);
        if (rect) return { sheet, rect };
        // Excel returns A1 for an empty sheet's used range, and a null object from the OrNullObject form.
        return nullable ? null : { sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      nullable,
    );
  }

  delete(): void {
    this.queueMethod("delete", [], (sheet) => deleteSheet(this.context.runtime, sheet));
  }

  activate(): void {
    this.queueMethod("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible") throw hostError("InvalidOperation", "A hidden worksheet cannot be activated.");
      this.context.runtime.model.activeSheet = sheet;
    });
  }

  calculate(_markAllDirty?: boolean): void {
    this.queueMethod("calculate", [], () => this.context.runtime.engine.resume());
  }
}

function createProtection(context: BatchContext, path: string, locate: () => SheetModel): BagObject {
  return new BagObject(context, path, {
    className: "WorksheetProtection",
    props: ["protected", "options"],
    readOnly: ["protected", "options"],
    resolve: locate,
    read: (name) => (name === "protected" ? locate().protection.protected : { ...locate().protection.options }),
    write: () => undefined,
    methods: {
      protect: (args) => {
        const sheet = locate();
        // Unsure: older Excel ignored protect() on a protected sheet; newer builds fail. We fail (stricter).
        if (sheet.protection.protected) throw hostError("InvalidOperation", `Worksheet ${sheet.name} is already protected.`);
        const [options, password] = args;
        sheet.protection = {
          protected: true,
          password: typeof password === "string" ? password : null,
          options: options !== null && typeof options === "object" ? { ...(options as Record<string, unknown>) } : {},
        };
      },
      unprotect: (args) => {
        const sheet = locate();
        const [password] = args;
        if (sheet.protection.password !== null && password !== sheet.protection.password) {
          throw hostError("InvalidArgument", "The password is incorrect.");
        }
        sheet.protection = { protected: false, password: null, options: {} };
      },
    },
  });
}

function createFreezePanes(context: BatchContext, path: string, locate: () => SheetModel): BagObject {
  const count = (value: unknown, max: number): number => {
    const n = value === undefined ? 1 : value;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= max) throw hostError("InvalidArgument", "Invalid freeze count.");
    return n;
  };
  return new BagObject(context, path, {
    className: "WorksheetFreezePanes",
    props: [],
    resolve: locate,
    read: () => undefined,
    write: () => undefined,
    methods: {
      freezeRows: ([n]) => {
        locate().frozenRows = count(n, MAX_ROWS);
      },
      freezeColumns: ([n]) => {
        locate().frozenColumns = count(n, MAX_COLUMNS);
      },
      freezeAt: ([range]) => freezeAt(locate(), range),
      unfreeze: () => {
        const sheet = locate();
        sheet.frozenRows = 0;
        sheet.frozenColumns = 0;
      },
    },
  });
}
