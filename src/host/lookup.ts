/** Finding model items by name, and formatting object paths for requests and error locations. */
import type { Rect } from "./address";
import { formatAddress, parseAddress } from "./address";
import { hostError } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./workbookModel";

/** A range target: a sheet and a rectangle on it. */
export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** Live sheets in position order. */
export function liveSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => !s.deleted);
}

/** A sheet by name (case-insensitive, as Excel compares sheet names) or by id. */
export function findSheet(model: WorkbookModel, key: string): SheetModel | undefined {
  const lower = key.toLowerCase();
  return liveSheets(model).find((s) => s.name.toLowerCase() === lower || s.id === key);
}

/** A table by name (case-insensitive) or id, optionally only on one sheet. */
export function findTable(model: WorkbookModel, key: string, sheet?: SheetModel): TableModel | undefined {
  const lower = key.toLowerCase();
  return model.tables.find(
    (t) => !t.deleted && (sheet === undefined || t.sheet === sheet) && (t.name.toLowerCase() === lower || t.id === key),
  );
}

/** Resolves an address string on a sheet (a sheet-qualified address must name that sheet). */
export function rectOn(sheet: SheetModel, address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) throw hostError("InvalidArgument", `"${address}" is not a valid address.`);
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    throw hostError("InvalidArgument", `The address "${address}" is not on sheet ${sheet.name}.`);
  }
  return parsed.rect;
}

/** Resolves a sheet-qualified address anywhere in the workbook. */
export function rangeFromAddress(model: WorkbookModel, address: string, fallback: SheetModel | null): RangeTarget {
  const parsed = parseAddress(address);
  if (!parsed) throw hostError("InvalidArgument", `"${address}" is not a valid address.`);
  const sheet = parsed.sheet === undefined ? fallback : (findSheet(model, parsed.sheet) ?? null);
  if (!sheet) throw hostError("ItemNotFound", `The sheet of "${address}" does not exist.`);
  return { sheet, rect: parsed.rect };
}

/** The address of a range target, as Range.address shows it. */
export function addressOf(target: RangeTarget, absolute = false): string {
  return formatAddress(target.sheet.name, target.rect, absolute);
}

/** Formats a call for an object path: `getRange("A1")`. */
export function call(name: string, args: unknown[]): string {
  return `${name}(${args.map((a) => (typeof a === "object" && a !== null ? "…" : JSON.stringify(a))).join(", ")})`;
}
