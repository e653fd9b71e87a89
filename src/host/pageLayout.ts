/**
 * Excel.PageLayout (`worksheet.pageLayout`, ExcelApi 1.9): orientation, print zoom (a scale or fit to
 * pages), centring, margins, gridlines / headings / black-and-white / draft options, the print area and
 * the print title rows and columns. Rules and sources: docs/host-rules.md "Page layout". Properties the
 * host does not model (paper size, print order, comments, errors, first page number, headers and
 * footers) fail with NotImplemented when set, rather than being dropped silently.
 *
 * The layout is kept beside the sheet's model (a WeakMap), so it dies with the sheet.
 */
import type { Rect } from "./address";
import { formatRect, MAX_COLUMNS, MAX_ROWS } from "./address";
import { assertUnprotected } from "./cellWrite";
import { hostError } from "./errors";
import type { BatchContext } from "./proxy";
import { ClientObject } from "./proxy";
import { RangeProxy } from "./range";
import { RangeAreasProxy } from "./rangeAreas";
import { rectOn } from "./lookup";
import type { SheetModel } from "./workbookModel";

/** `PageLayoutZoomOptions` as stored: a scale or a fit to pages, the other null. */
export interface PageZoom {
  readonly scale: number | null;
  readonly horizontalFitToPages: number | null;
  readonly verticalFitToPages: number | null;
}

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  zoom: PageZoom;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printArea: Rect | null;
  /** Whole rows repeated at the top of each page. */
  printTitleRows: Rect | null;
  /** Whole columns repeated at the left of each page. */
  printTitleColumns: Rect | null;
}

/** Excel's defaults for a new sheet: portrait, 100 %, the "Normal" margins (0.7" / 0.75" / 0.3"). */
export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    zoom: { scale: 100, horizontalFitToPages: null, verticalFitToPages: null },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
  };
}

const layouts = new WeakMap<SheetModel, PageLayoutModel>();

/** The sheet's page layout, or undefined when nothing was ever set (for snapshots). */
export function pageLayoutIfSet(sheet: SheetModel): PageLayoutModel | undefined {
  return layouts.get(sheet);
}

function layoutOf(sheet: SheetModel): PageLayoutModel {
  let layout = layouts.get(sheet);
  if (!layout) {
    layout = defaultPageLayout();
    layouts.set(sheet, layout);
  }
  return layout;
}

const BOOLEANS = ["centerHorizontally", "centerVertically", "printGridlines", "printHeadings", "blackAndWhite", "draftMode"] as const;
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;
const PROPS = ["orientation", "zoom", ...BOOLEANS, ...MARGINS] as const;
/** Documented PageLayout properties the host does not model: setting one fails with NotImplemented. */
const NOT_MODELLED = ["alignMarginsHeaderFooter", "firstPageNumber", "paperSize", "printComments", "printErrors", "printOrder", "printQuality"] as const;
const ZOOM_KEYS = ["scale", "horizontalFitToPages", "verticalFitToPages"];
/** Points per unit of `setPrintMargins`. */
const UNIT_POINTS: Readonly<Record<string, number>> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
const MARGIN_OPTIONS: Readonly<Record<string, (typeof MARGINS)[number]>> = {
  left: "leftMargin",
  right: "rightMargin",
  top: "topMargin",
  bottom: "bottomMargin",
  header: "headerMargin",
  footer: "footerMargin",
};

const invalid = (message: string): never => {
  throw hostError("InvalidArgument", message);
};

/**
 * Checks a `zoom` value: a plain object with a `scale` (an integer from 10 to 400) or both fit values
 * (integers from 0 to 32767, 0 = automatic, not both 0), never a scale and a fit together.
 * @param value what was assigned to `pageLayout.zoom`
 * @returns the zoom as stored
 * @example zoomOf({ horizontalFitToPages: 1, verticalFitToPages: 0 }) // { scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 }
 */
export function zoomOf(value: unknown): PageZoom {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return invalid("zoom expects an object such as { scale: 100 } or { horizontalFitToPages: 1, verticalFitToPages: 0 }.");
  const given = value as Record<string, unknown>;
  for (const key of Object.keys(given)) if (!ZOOM_KEYS.includes(key)) invalid(`zoom has no option "${key}".`);
  const present = (key: string) => given[key] !== undefined && given[key] !== null;
  const integer = (key: string, min: number, max: number): number => {
    const n = given[key];
    return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? n : invalid(`zoom.${key} must be an integer from ${min} to ${max}.`);
  };
  const fits = present("horizontalFitToPages") || present("verticalFitToPages");
  if (present("scale")) {
    if (fits) invalid("zoom: a scale and fit to pages exclude each other (the scale is null when fitting to pages, and the fit values are null with a scale).");
    return { scale: integer("scale", 10, 400), horizontalFitToPages: null, verticalFitToPages: null };
  }
  if (!fits) return invalid("zoom needs a scale or fit to pages.");
  if (!present("horizontalFitToPages") || !present("verticalFitToPages")) invalid("zoom: give both horizontalFitToPages and verticalFitToPages (0 = automatic) in this host.");
  const wide = integer("horizontalFitToPages", 0, 32767);
  const tall = integer("verticalFitToPages", 0, 32767);
  if (wide === 0 && tall === 0) invalid("zoom: fitting to 0 pages wide and 0 tall fits nothing.");
  return { scale: null, horizontalFitToPages: wide, verticalFitToPages: tall };
}

function margin(name: string, value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : invalid(`${name} expects a number of points, 0 or more.`);
}

/** Excel.PageLayout. */
export class PageLayoutProxy extends ClientObject<SheetModel> {
  protected readonly className = "PageLayout";

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => SheetModel,
  ) {
    super(context, path);
    for (const name of NOT_MODELLED) {
      Object.defineProperty(this, name, {
        get: () => this.get<unknown>(name),
        set: (value: unknown) => {
          this.queueSet(name, value, () => {
            throw hostError("NotImplemented", `PageLayout.${name} is not modelled by the in-memory host.`);
          });
        },
      });
    }
  }

  protected resolve(): SheetModel {
    return this.locate();
  }

  protected override isGone(sheet: SheetModel): boolean {
    return sheet.deleted;
  }

  protected loadable(): readonly string[] {
    return PROPS;
  }

  protected readProperty(name: string, sheet: SheetModel): unknown {
    const layout = layouts.get(sheet) ?? defaultPageLayout();
    if (name === "zoom") return { ...layout.zoom };
    return layout[name as (typeof PROPS)[number]];
  }

  /** Queues a write that checks the value, then changes the layout at sync (protected sheets refuse it). */
  private change<V>(name: string, value: unknown, check: () => V, store: (layout: PageLayoutModel, checked: V) => void): void {
    this.queueSet(name, value, (sheet) => {
      const checked = check();
      assertUnprotected(sheet);
      store(layoutOf(sheet), checked);
    });
  }

  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(value: string) {
    this.change(
      "orientation",
      value,
      () => (value === "Portrait" || value === "Landscape" ? value : invalid(`orientation must be "Portrait" or "Landscape", not ${JSON.stringify(value)}.`)),
      (layout, orientation) => (layout.orientation = orientation),
    );
  }

  /** The zoom: read as a copy; set as a whole object (`x.zoom = {...}`, never `x.zoom.scale = …`). */
  get zoom(): PageZoom {
    return this.get("zoom");
  }
  set zoom(value: PageZoom) {
    this.change("zoom", value, () => zoomOf(value), (layout, zoom) => (layout.zoom = zoom));
  }

  private flag(name: (typeof BOOLEANS)[number], value: unknown): void {
    this.change(name, value, () => (typeof value === "boolean" ? value : invalid(`${name} expects true or false.`)), (layout, flag) => (layout[name] = flag));
  }

  get centerHorizontally(): boolean {
    return this.get("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this.flag("centerHorizontally", value);
  }
  get centerVertically(): boolean {
    return this.get("centerVertically");
  }
  set centerVertically(value: boolean) {
    this.flag("centerVertically", value);
  }
  get printGridlines(): boolean {
    return this.get("printGridlines");
  }
  set printGridlines(value: boolean) {
    this.flag("printGridlines", value);
  }
  get printHeadings(): boolean {
    return this.get("printHeadings");
  }
  set printHeadings(value: boolean) {
    this.flag("printHeadings", value);
  }
  get blackAndWhite(): boolean {
    return this.get("blackAndWhite");
  }
  set blackAndWhite(value: boolean) {
    this.flag("blackAndWhite", value);
  }
  get draftMode(): boolean {
    return this.get("draftMode");
  }
  set draftMode(value: boolean) {
    this.flag("draftMode", value);
  }

  private marginProp(name: (typeof MARGINS)[number], value: unknown): void {
    this.change(name, value, () => margin(name, value), (layout, points) => (layout[name] = points));
  }

  get leftMargin(): number {
    return this.get("leftMargin");
  }
  set leftMargin(value: number) {
    this.marginProp("leftMargin", value);
  }
  get rightMargin(): number {
    return this.get("rightMargin");
  }
  set rightMargin(value: number) {
    this.marginProp("rightMargin", value);
  }
  get topMargin(): number {
    return this.get("topMargin");
  }
  set topMargin(value: number) {
    this.marginProp("topMargin", value);
  }
  get bottomMargin(): number {
    return this.get("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.marginProp("bottomMargin", value);
  }
  get headerMargin(): number {
    return this.get("headerMargin");
  }
  set headerMargin(value: number) {
    this.marginProp("headerMargin", value);
  }
  get footerMargin(): number {
    return this.get("footerMargin");
  }
  set footerMargin(value: number) {
    this.marginProp("footerMargin", value);
  }

  /** Sets several margins in "Points", "Inches" or "Centimeters"; margins not given stay as they are. */
  setPrintMargins(unit: string, marginOptions: Record<string, unknown>): void {
    this.queueMethod("setPrintMargins", [unit, marginOptions], (sheet) => {
      const factor = UNIT_POINTS[unit];
      if (factor === undefined) invalid(`The margin unit must be "Points", "Inches" or "Centimeters", not ${JSON.stringify(unit)}.`);
      if (marginOptions === null || typeof marginOptions !== "object" || Array.isArray(marginOptions)) invalid("setPrintMargins expects margin options such as { left: 0.25 }.");
      const points: [(typeof MARGINS)[number], number][] = Object.entries(marginOptions).map(([key, value]) => {
        const prop = MARGIN_OPTIONS[key];
        if (prop === undefined) invalid(`setPrintMargins has no margin "${key}".`);
        return [prop as (typeof MARGINS)[number], Math.round(margin(key, value) * (factor ?? 1) * 100) / 100];
      });
      assertUnprotected(sheet);
      const layout = layoutOf(sheet);
      for (const [prop, value] of points) layout[prop] = value;
    });
  }

  /** The rectangle of a Range or an address argument, on this sheet (checked at sync). */
  private rectOf(arg: unknown, sheet: SheetModel, what: string): Rect {
    if (arg instanceof RangeAreasProxy) throw hostError("NotImplemented", `${what} from a RangeAreas is not supported by the in-memory host.`);
    if (arg instanceof RangeProxy) {
      const t = arg.rangeTarget();
      if (t.sheet !== sheet) invalid(`${what}: the range must be on this worksheet.`);
      return t.rect;
    }
    if (typeof arg !== "string") return invalid(`${what} expects a Range or an address.`);
    if (arg.includes(",")) throw hostError("NotImplemented", `${what} with several areas is not supported by the in-memory host.`);
    return rectOn(sheet, arg);
  }

  /** Sets the print area (one rectangle; a RangeAreas or several areas are NotImplemented). */
  setPrintArea(printArea: unknown): void {
    this.queueMethod("setPrintArea", [printArea instanceof ClientObject ? printArea.path : printArea], (sheet) => {
      const rect = this.rectOf(printArea, sheet, "setPrintArea");
      assertUnprotected(sheet);
      layoutOf(sheet).printArea = rect;
    });
  }

  /** Sets the rows repeated at the top of each page: "The range must span the entire row to be valid." */
  setPrintTitleRows(printTitleRows: unknown): void {
    this.queueMethod("setPrintTitleRows", [printTitleRows instanceof ClientObject ? printTitleRows.path : printTitleRows], (sheet) => {
      const rect = this.rectOf(printTitleRows, sheet, "setPrintTitleRows");
      if (rect.c0 !== 0 || rect.c1 !== MAX_COLUMNS - 1) invalid(`setPrintTitleRows: the range must span entire rows ("$1:$7"), not ${formatRect(rect)}.`);
      assertUnprotected(sheet);
      layoutOf(sheet).printTitleRows = rect;
    });
  }

  /** Sets the columns repeated at the left of each page: "The range must span the entire column to be valid." */
  setPrintTitleColumns(printTitleColumns: unknown): void {
    this.queueMethod("setPrintTitleColumns", [printTitleColumns instanceof ClientObject ? printTitleColumns.path : printTitleColumns], (sheet) => {
      const rect = this.rectOf(printTitleColumns, sheet, "setPrintTitleColumns");
      if (rect.r0 !== 0 || rect.r1 !== MAX_ROWS - 1) invalid(`setPrintTitleColumns: the range must span entire columns ("$A:$B"), not ${formatRect(rect)}.`);
      assertUnprotected(sheet);
      layoutOf(sheet).printTitleColumns = rect;
    });
  }

  private areas(name: string, nullable: boolean): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      `${this.path}.${name}()`,
      () => {
        const sheet = this.required();
        const rect = layouts.get(sheet)?.printArea ?? null;
        if (rect) return { sheet, rects: [rect] };
        if (nullable) return null;
        throw hostError("ItemNotFound", "The worksheet has no print area.");
      },
      nullable,
    ).requireApi(`PageLayout.${name}`);
  }

  /** The print area; ItemNotFound at sync when there is none. */
  getPrintArea(): RangeAreasProxy {
    return this.areas("getPrintArea", false);
  }

  getPrintAreaOrNullObject(): RangeAreasProxy {
    return this.areas("getPrintAreaOrNullObject", true);
  }

  private titles(name: string, which: "printTitleRows" | "printTitleColumns", nullable: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.${name}()`,
      () => {
        const sheet = this.required();
        const rect = layouts.get(sheet)?.[which] ?? null;
        if (rect) return { sheet, rect };
        if (nullable) return null;
        throw hostError("ItemNotFound", `The worksheet has no print title ${which === "printTitleRows" ? "rows" : "columns"}.`);
      },
      nullable,
    ).requireApi(`PageLayout.${name}`);
  }

  getPrintTitleRows(): RangeProxy {
    return this.titles("getPrintTitleRows", "printTitleRows", false);
  }

  getPrintTitleRowsOrNullObject(): RangeProxy {
    return this.titles("getPrintTitleRowsOrNullObject", "printTitleRows", true);
  }

  getPrintTitleColumns(): RangeProxy {
    return this.titles("getPrintTitleColumns", "printTitleColumns", false);
  }

  getPrintTitleColumnsOrNullObject(): RangeProxy {
    return this.titles("getPrintTitleColumnsOrNullObject", "printTitleColumns", true);
  }
}

/** The page layout as `host.snapshot()` shows it (present once something was set through the API). */
export interface PageLayoutSnapshot {
  readonly orientation: string;
  readonly zoom: PageZoom;
  readonly centerHorizontally: boolean;
  readonly centerVertically: boolean;
  readonly printGridlines: boolean;
  readonly printHeadings: boolean;
  readonly blackAndWhite: boolean;
  readonly draftMode: boolean;
  /** Margins in points. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  /** "A1:AI40", or null. */
  readonly printArea: string | null;
  /** "1:7", or null. */
  readonly printTitleRows: string | null;
  /** "A:B", or null. */
  readonly printTitleColumns: string | null;
}

/**
 * @param sheet the worksheet
 * @returns its page layout, or undefined when none was ever set
 */
export function pageLayoutSnapshot(sheet: SheetModel): PageLayoutSnapshot | undefined {
  const l = layouts.get(sheet);
  if (!l) return undefined;
  const rect = (r: Rect | null) => (r ? formatRect(r) : null);
  return {
    orientation: l.orientation,
    zoom: { ...l.zoom },
    centerHorizontally: l.centerHorizontally,
    centerVertically: l.centerVertically,
    printGridlines: l.printGridlines,
    printHeadings: l.printHeadings,
    blackAndWhite: l.blackAndWhite,
    draftMode: l.draftMode,
    margins: { left: l.leftMargin, right: l.rightMargin, top: l.topMargin, bottom: l.bottomMargin, header: l.headerMargin, footer: l.footerMargin },
    printArea: rect(l.printArea),
    printTitleRows: rect(l.printTitleRows),
    printTitleColumns: rect(l.printTitleColumns),
  };
}
