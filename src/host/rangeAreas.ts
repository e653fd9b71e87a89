/**
 * Excel.RangeAreas (ExcelApi 1.9), the small part the host needs for merged areas: `address`,
 * `addressLocal`, `areaCount`, `cellCount`, `isEntireColumn`, `isEntireRow` and the `areas`
 * collection of ranges (`areas.items[i]` is a Range). Source: @types/office-js Excel.RangeAreas.
 */
import type { Rect } from "./address";
import { MAX_COLUMNS, MAX_ROWS, rectSize } from "./address";
import { addressOf } from "./lookup";
import type { RangeTarget } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientCollection, ClientObject } from "./proxy";
import { RangeProxy } from "./range";
import type { SheetModel } from "./workbookModel";

/** What a RangeAreas resolves to: rectangles on one sheet. */
export interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

const AREAS_PROPS = ["address", "addressLocal", "areaCount", "cellCount", "isEntireColumn", "isEntireRow"] as const;

/** Excel.RangeCollection: the areas of a RangeAreas. */
export class RangeCollectionProxy extends ClientCollection<RangeProxy, RangeTarget> {
  protected readonly className = "RangeCollection";

  constructor(
    context: BatchContext,
    path: string,
    private readonly areas: () => AreasTarget | null,
  ) {
    super(context, path);
  }

  protected resolve(): RangeTarget[] {
    const t = this.areas();
    return t ? t.rects.map((rect) => ({ sheet: t.sheet, rect })) : [];
  }

  protected itemFor(target: RangeTarget, index: number): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getItemAt(${index})`, () => target);
  }
}

/** Excel.RangeAreas. */
export class RangeAreasProxy extends ClientObject<AreasTarget> {
  protected readonly className = "RangeAreas";
  private areasObject: RangeCollectionProxy | undefined;

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => AreasTarget | null,
    nullable = false,
  ) {
    super(context, path);
    if (nullable) this.markNullable();
  }

  protected resolve(): AreasTarget | null {
    return this.locate();
  }

  protected override isGone(target: AreasTarget): boolean {
    return target.sheet.deleted;
  }

  protected loadable(): readonly string[] {
    return AREAS_PROPS;
  }

  protected readProperty(name: string, t: AreasTarget): unknown {
    const sizes = t.rects.map(rectSize);
    switch (name) {
      case "address":
      case "addressLocal":
        return t.rects.map((rect) => addressOf({ sheet: t.sheet, rect })).join(", ");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return sizes.reduce((sum, s) => sum + s.rows * s.cols, 0);
      case "isEntireColumn":
        return sizes.length > 0 && sizes.every((s) => s.rows === MAX_ROWS);
      case "isEntireRow":
        return sizes.length > 0 && sizes.every((s) => s.cols === MAX_COLUMNS);
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.get("isEntireRow");
  }

  /** The rectangular ranges of this RangeAreas. */
  get areas(): RangeCollectionProxy {
    this.areasObject ??= new RangeCollectionProxy(this.context, `${this.path}.areas`, () => this.target());
    return this.areasObject;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  protected override navigationNames(): readonly string[] {
    return ["areas"];
  }

  override toString(): string {
    return `RangeAreas(${this.path})`;
  }
}
