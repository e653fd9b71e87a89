/**
 * Excel.Range: address and geometry, values / formulas / numberFormat / text / valueTypes,
 * derived ranges (getCell, getOffsetRange, getResizedRange, …), clear, select, format and
 * conditional formats.
 */
import type { Rect } from "./address";
import { MAX_COLUMNS, MAX_ROWS, formatRect, rectSize } from "./address";
import { clearFormats, formatGrid, setFormatGrid } from "./cellFormats";
import { assertUnprotected, clearContents, shapeInput, writeCells } from "./cellWrite";
import { ConditionalFormatCollection } from "./conditionalFormat";
import { displayText } from "./displayText";
import { hostError } from "./errors";
import type { CellValue } from "./hyperformulaBridge";
import type { RangeTarget } from "./lookup";
import { addressOf, call, rangeFromAddress } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientObject } from "./proxy";
import { createRangeFormat } from "./rangeFormat";
import type { BagObject } from "./bag";
import { mergedAreasIn, mergeRange, unmergeRange } from "./merge";
import { cellsHidden, groupRange, hiddenState, setGroupDetails, setHidden, ungroupRange } from "./outline";
import { RangeAreasProxy } from "./rangeAreas";
import { surroundingRegion } from "./region";
import { shiftCells } from "./cellShift";
import { copyRange } from "./rangeCopy";
import { RangeSortProxy } from "./rangeSort";
import { usedBounds } from "./usedRange";
import { WorksheetProxy } from "./worksheet";

const READ_LIMIT = 5_000_000;

const RANGE_PROPS = [
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "text",
  "valueTypes",
  "isEntireColumn",
  "isEntireRow",
  "hidden",
  "columnHidden",
  "rowHidden",
] as const;

function checkReadSize(rect: Rect): void {
  const { rows, cols } = rectSize(rect);
  if (rows * cols > READ_LIMIT) throw hostError("RangeExceedsLimit", "A range is limited to 5,000,000 cells for read operations.");
}

function valueType(v: CellValue): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/.test(v) ? "Error" : "String";
}

function checkedRect(r0: number, c0: number, rows: number, cols: number): Rect {
  if (![r0, c0, rows, cols].every(Number.isInteger) || r0 < 0 || c0 < 0 || rows < 1 || cols < 1) {
    throw hostError("InvalidArgument", "The range would be outside the worksheet or empty.");
  }
  const rect = { r0, c0, r1: r0 + rows - 1, c1: c0 + cols - 1 };
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) throw hostError("InvalidArgument", "The range would be outside the worksheet.");
  return rect;
}

/** Excel.Range. */
export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly className = "Range";
  private formatObject: BagObject | undefined;
  private cfObject: ConditionalFormatCollection | undefined;

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, path);
    if (nullable) this.markNullable();
  }

  protected resolve(): RangeTarget | null {
    return this.locate();
  }

  protected override isGone(target: RangeTarget): boolean {
    return target.sheet.deleted;
  }

  /** The resolved target during a sync (for methods that take a Range argument). */
  rangeTarget(): RangeTarget {
    return this.required();
  }

  protected loadable(): readonly string[] {
    return RANGE_PROPS;
  }

  protected readProperty(name: string, t: RangeTarget): unknown {
    const { rows, cols } = rectSize(t.rect);
    const engine = this.context.runtime.engine;
    switch (name) {
      case "address":
      case "addressLocal":
        return addressOf(t);
      case "rowIndex":
        return t.rect.r0;
      case "columnIndex":
        return t.rect.c0;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "cellCount":
        return rows * cols;
      case "isEntireColumn":
        return rows === MAX_ROWS;
      case "isEntireRow":
        return cols === MAX_COLUMNS;
      case "hidden":
        return cellsHidden(t.sheet, t.rect);
      case "columnHidden":
        return hiddenState(t.sheet, t.rect, "columns");
      case "rowHidden":
        return hiddenState(t.sheet, t.rect, "rows");
      case "values":
        checkReadSize(t.rect);
        return engine.values(t.sheet.hfId, t.rect);
      case "formulas":
      case "formulasLocal":
        checkReadSize(t.rect);
        return engine.formulas(t.sheet.hfId, t.rect);
      case "numberFormat":
      case "numberFormatLocal":
        checkReadSize(t.rect);
        return formatGrid(t.sheet, t.rect, "numberFormat");
      case "text": {
        checkReadSize(t.rect);
        const formats = formatGrid(t.sheet, t.rect, "numberFormat");
        return engine.values(t.sheet.hfId, t.rect).map((row, i) => row.map((v, j) => displayText(v, String(formats[i]?.[j]))));
      }
      case "valueTypes":
        checkReadSize(t.rect);
        return engine.values(t.sheet.hfId, t.rect).map((row) => row.map(valueType));
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
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
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
  get hidden(): boolean {
    return this.get("hidden");
  }
  /** Whether every column of the range is hidden (null: some are); set to hide or show them (outline.ts). */
  get columnHidden(): boolean {
    return this.get("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.queueSet("columnHidden", value, (t) => setHidden(t.sheet, t.rect, "columns", value));
  }
  get rowHidden(): boolean {
    return this.get("rowHidden");
  }
  set rowHidden(value: boolean) {
    this.queueSet("rowHidden", value, (t) => setHidden(t.sheet, t.rect, "rows", value));
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown[][]) {
    this.queueSet("values", input, (t) => writeCells(this.context.runtime, t.sheet, t.rect, input, "values"));
  }

  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown[][]) {
    this.queueSet("formulas", input, (t) => writeCells(this.context.runtime, t.sheet, t.rect, input, "formulas"));
  }

  get formulasLocal(): unknown[][] {
    return this.get("formulasLocal");
  }
  set formulasLocal(input: unknown[][]) {
    this.queueSet("formulasLocal", input, (t) => writeCells(this.context.runtime, t.sheet, t.rect, input, "formulasLocal"));
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.queueSet("numberFormat", input, (t) => {
      assertUnprotected(t.sheet);
      setFormatGrid(t.sheet, t.rect, "numberFormat", shapeInput(input, t.rect, "numberFormat"));
    });
  }

  get numberFormatLocal(): unknown[][] {
    return this.get("numberFormatLocal");
  }
  set numberFormatLocal(input: unknown[][]) {
    this.numberFormat = input;
  }

  /** Range.format (fill, font, widths, alignment, autofit). */
  get format(): BagObject {
    this.formatObject ??= createRangeFormat(this.context, `${this.path}.format`, () => this.required());
    return this.formatObject;
  }

  get conditionalFormats(): ConditionalFormatCollection {
    this.cfObject ??= new ConditionalFormatCollection(this.context, `${this.path}.conditionalFormats`, () => this.required()).requireApi(
      "Range.conditionalFormats",
    );
    return this.cfObject;
  }

  private worksheetObject: WorksheetProxy | undefined;
  private sortObject: RangeSortProxy | undefined;

  /** Range.sort (ExcelApi 1.2; see rangeSort.ts). */
  get sort(): RangeSortProxy {
    this.sortObject ??= new RangeSortProxy(this.context, `${this.path}.sort`, () => this.required()).requireApi("Range.sort");
    return this.sortObject;
  }

  get worksheet(): WorksheetProxy {
    this.worksheetObject ??= new WorksheetProxy(this.context, `${this.path}.worksheet`, () => this.required().sheet);
    return this.worksheetObject;
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  protected override navigationNames(): readonly string[] {
    return ["format"];
  }

  /** A range derived from this one, resolved at sync. */
  private derive(name: string, args: unknown[], make: (t: RangeTarget) => Rect | null, nullable = false): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.${call(name, args)}`,
      () => {
        const t = this.required();
        const rect = make(t);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      nullable,
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive("getCell", [row, column], (t) => checkedRect(t.rect.r0 + row, t.rect.c0 + column, 1, 1));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (t) => {
      const { rows, cols } = rectSize(t.rect);
      return checkedRect(t.rect.r0 + rowOffset, t.rect.c0 + columnOffset, rows, cols);
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (t) => {
      const { rows, cols } = rectSize(t.rect);
      return checkedRect(t.rect.r0, t.rect.c0, rows + deltaRows, cols + deltaColumns);
    });
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derive("getAbsoluteResizedRange", [numRows, numColumns], (t) => checkedRect(t.rect.r0, t.rect.c0, numRows, numColumns)).requireApi(
      "Range.getAbsoluteResizedRange",
    );
  }

  getRow(row: number): RangeProxy {
    return this.derive("getRow", [row], (t) => {
      if (row < 0 || row > t.rect.r1 - t.rect.r0) throw hostError("InvalidArgument", "The row index is outside the range.");
      return { ...t.rect, r0: t.rect.r0 + row, r1: t.rect.r0 + row };
    });
  }

  getColumn(column: number): RangeProxy {
    return this.derive("getColumn", [column], (t) => {
      if (column < 0 || column > t.rect.c1 - t.rect.c0) throw hostError("InvalidArgument", "The column index is outside the range.");
      return { ...t.rect, c0: t.rect.c0 + column, c1: t.rect.c0 + column };
    });
  }

  getLastRow(): RangeProxy {
    return this.derive("getLastRow", [], (t) => ({ ...t.rect, r0: t.rect.r1 }));
  }

  getLastColumn(): RangeProxy {
    return this.derive("getLastColumn", [], (t) => ({ ...t.rect, c0: t.rect.c1 }));
  }

  getLastCell(): RangeProxy {
    return this.derive("getLastCell", [], (t) => ({ r0: t.rect.r1, r1: t.rect.r1, c0: t.rect.c1, c1: t.rect.c1 }));
  }

  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn", [], (t) => ({ ...t.rect, r0: 0, r1: MAX_ROWS - 1 }));
  }

  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow", [], (t) => ({ ...t.rect, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  private intersect(name: string, other: unknown, nullable: boolean): RangeProxy {
    return this.derive(
      name,
      [other],
      (t) => {
        const o = resolveRangeArgument(this.context, other, t);
        const rect = {
          r0: Math.max(t.rect.r0, o.rect.r0),
          c0: Math.max(t.rect.c0, o.rect.c0),
          r1: Math.min(t.rect.r1, o.rect.r1),
          c1: Math.min(t.rect.c1, o.rect.c1),
        };
        if (o.sheet !== t.sheet || rect.r0 > rect.r1 || rect.c0 > rect.c1) {
          if (nullable) return null;
          throw hostError("InvalidArgument", "The ranges do not intersect.");
        }
        return rect;
      },
      nullable,
    );
  }

  getIntersection(anotherRange: unknown): RangeProxy {
    return this.intersect("getIntersection", anotherRange, false);
  }

  getIntersectionOrNullObject(anotherRange: unknown): RangeProxy {
    return this.intersect("getIntersectionOrNullObject", anotherRange, true).requireApi("Range.getIntersectionOrNullObject");
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.usedWithin("getUsedRange", valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.usedWithin("getUsedRangeOrNullObject", valuesOnly, true).requireApi("Range.getUsedRangeOrNullObject");
  }

  private usedWithin(name: string, valuesOnly: boolean | undefined, nullable: boolean): RangeProxy {
    return this.derive(
      name,
      valuesOnly === undefined ? [] : [valuesOnly],
      (t) => {
        const used = usedBounds(this.context.runtime, t.sheet, valuesOnly === true);
        const rect = used && {
          r0: Math.max(used.r0, t.rect.r0),
          c0: Math.max(used.c0, t.rect.c0),
          r1: Math.min(used.r1, t.rect.r1),
          c1: Math.min(used.c1, t.rect.c1),
        };
        if (!rect || rect.r0 > rect.r1 || rect.c0 > rect.c1) {
          if (nullable) return null;
          throw hostError("ItemNotFound", "The range has no used cells.");
        }
        return rect;
      },
      nullable,
    );
  }

  /** The current region around the top-left cell (ExcelApi 1.7; see region.ts). */
  getSurroundingRegion(): RangeProxy {
    return this.derive("getSurroundingRegion", [], (t) => surroundingRegion(this.context.runtime, t.sheet, t.rect.r0, t.rect.c0)).requireApi(
      "Range.getSurroundingRegion",
    );
  }

  /** The merged areas overlapping this range, or a null object when there are none (ExcelApi 1.13; see merge.ts). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const areas = new RangeAreasProxy(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        const t = this.required();
        const rects = mergedAreasIn(t.sheet, t.rect);
        return rects ? { sheet: t.sheet, rects } : null;
      },
      true,
    );
    return areas.requireApi("Range.getMergedAreasOrNullObject");
  }

  /** Merges the range into one cell, or each row separately when `across` (see merge.ts). */
  merge(across?: boolean): void {
    this.queueMethod("merge", across === undefined ? [] : [across], (t) => mergeRange(this.context.runtime, t.sheet, t.rect, across === true));
  }

  /** Unmerges the merged areas that overlap the range. */
  unmerge(): void {
    this.queueMethod("unmerge", [], (t) => unmergeRange(t.sheet, t.rect));
  }

  /** Groups the range's rows or columns one outline level deeper (ExcelApi 1.10; see outline.ts). */
  group(groupOption: string): void {
    this.queueMethod("group", [groupOption], (t) => groupRange(t.sheet, t.rect, groupOption));
  }

  /** Removes the outermost outline level of the range's rows or columns (ExcelApi 1.10). */
  ungroup(groupOption: string): void {
    this.queueMethod("ungroup", [groupOption], (t) => ungroupRange(t.sheet, t.rect, groupOption));
  }

  /** Expands the group holding the range (ExcelApi 1.10). */
  showGroupDetails(groupOption: string): void {
    this.queueMethod("showGroupDetails", [groupOption], (t) => setGroupDetails(t.sheet, t.rect, groupOption, true));
  }

  /** Collapses the group holding the range (ExcelApi 1.10). */
  hideGroupDetails(groupOption: string): void {
    this.queueMethod("hideGroupDetails", [groupOption], (t) => setGroupDetails(t.sheet, t.rect, groupOption, false));
  }

  /** Clears contents and/or formats ("All", "Formats", "Contents"). */
  clear(applyTo?: string): void {
    this.queueMethod("clear", applyTo === undefined ? [] : [applyTo], (t) => {
      assertUnprotected(t.sheet);
      const mode = applyTo ?? "All";
      if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(mode)) {
        throw hostError("InvalidArgument", `clear("${mode}") is not a valid option.`);
      }
      if (mode === "All" || mode === "Contents" || mode === "ResetContents") clearContents(this.context.runtime, t.sheet, t.rect);
      if (mode === "All" || mode === "Formats") {
        clearFormats(t.sheet, t.rect);
        for (const cf of t.sheet.conditionalFormats) {
          const inside = cf.rect.r0 >= t.rect.r0 && cf.rect.r1 <= t.rect.r1 && cf.rect.c0 >= t.rect.c0 && cf.rect.c1 <= t.rect.c1;
          if (inside) cf.deleted = true;
        }
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !cf.deleted);
      }
    });
  }

  /**
   * Inserts cells in place of this range, shifting the others "Down" or "Right"; returns the new
   * blank range (ExcelApi 1.1; see cellShift.ts).
   */
  insert(shift: string): RangeProxy {
    let inserted: RangeTarget | null = null;
    this.queueMethod("insert", [shift], (t) => {
      if (shift !== "Down" && shift !== "Right") throw hostError("InvalidArgument", `insert expects "Down" or "Right", not ${JSON.stringify(shift)}.`);
      shiftCells(this.context.runtime, t.sheet, t.rect, shift);
      inserted = { sheet: t.sheet, rect: t.rect };
    });
    return new RangeProxy(this.context, `${this.path}.${call("insert", [shift])}`, () => {
      if (!inserted) throw hostError("ItemNotFound", "The inserted range does not exist.");
      return inserted;
    });
  }

  /** Deletes the cells of this range, shifting the others "Up" or "Left" (ExcelApi 1.1; see cellShift.ts). */
  delete(shift: string): void {
    this.queueMethod("delete", [shift], (t) => {
      if (shift !== "Up" && shift !== "Left") throw hostError("InvalidArgument", `delete expects "Up" or "Left", not ${JSON.stringify(shift)}.`);
      shiftCells(this.context.runtime, t.sheet, t.rect, shift);
    });
  }

  /** Copies a range onto this one, as a paste does (ExcelApi 1.9; see rangeCopy.ts). */
  copyFrom(sourceRange: unknown, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    const args = [sourceRange, copyType, skipBlanks, transpose].filter((a) => a !== undefined).map((a) => (a instanceof ClientObject ? a.path : a));
    this.queueMethod("copyFrom", args, (t) => {
      if (sourceRange instanceof RangeAreasProxy) throw hostError("NotImplemented", "copyFrom a RangeAreas is not supported by the in-memory host.");
      const source = resolveRangeArgument(this.context, sourceRange, t);
      copyRange(this.context.runtime, source, t, copyType, skipBlanks, transpose);
    });
  }

  /** Selects the range (and activates its sheet). */
  select(): void {
    this.queueMethod("select", [], (t) => {
      if (t.sheet.visibility !== "Visible") throw hostError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      const model = this.context.runtime.model;
      model.activeSheet = t.sheet;
      model.selection = { sheet: t.sheet, rect: t.rect };
    });
  }

  /** Office.js: `set` several properties at once (values, formulas, numberFormat, format…). */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (key === "values") this.values = value as unknown[][];
      else if (key === "formulas") this.formulas = value as unknown[][];
      else if (key === "numberFormat") this.numberFormat = value as unknown[][];
      else throw hostError("InvalidArgument", `Range.set does not support "${key}" in this host.`);
    }
  }

  override toString(): string {
    return `Range(${this.path})`;
  }
}

/** Resolves a Range-or-address argument during a sync. */
export function resolveRangeArgument(context: BatchContext, arg: unknown, relativeTo: RangeTarget | null): RangeTarget {
  if (arg instanceof RangeProxy) return arg.rangeTarget();
  if (typeof arg === "string") return rangeFromAddress(context.runtime.model, arg, relativeTo?.sheet ?? null);
  throw hostError("InvalidArgument", "Expected a Range or an address string.");
}

/** "A1:C3" of a rectangle, for messages. */
export function rectText(rect: Rect): string {
  return formatRect(rect);
}
