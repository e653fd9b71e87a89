/**
 * Format storage: per cell, per whole row and per whole column (so formatting "A:A" does not
 * create a million records). A cell's effective format is cell ?? row ?? column ?? default.
 */
import type { Rect } from "./address";
import { MAX_COLUMNS, MAX_ROWS } from "./address";
import type { CellFormat, FormatValue, SheetModel } from "./workbookModel";
import { FORMAT_DEFAULTS } from "./workbookModel";

const key = (r: number, c: number): number => r * MAX_COLUMNS + c;
const ITERATE_LIMIT = 200_000;

const isWholeColumns = (rect: Rect): boolean => rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
const isWholeRows = (rect: Rect): boolean => rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
const cellCount = (rect: Rect): number => (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);

/** The effective value of one format property of one cell. */
export function formatAt(sheet: SheetModel, r: number, c: number, prop: string): FormatValue {
  return (
    sheet.cellFormats.get(key(r, c))?.[prop] ??
    sheet.rowFormats.get(r)?.[prop] ??
    sheet.columnFormats.get(c)?.[prop] ??
    FORMAT_DEFAULTS[prop] ??
    ""
  );
}

/** Cell keys with their own formats inside a rectangle. */
function cellKeysIn(sheet: SheetModel, rect: Rect): number[] {
  const keys: number[] = [];
  if (cellCount(rect) <= sheet.cellFormats.size) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) if (sheet.cellFormats.has(key(r, c))) keys.push(key(r, c));
    }
    return keys;
  }
  for (const k of sheet.cellFormats.keys()) {
    const r = Math.floor(k / MAX_COLUMNS);
    const c = k % MAX_COLUMNS;
    if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) keys.push(k);
  }
  return keys;
}

/** The value of a property when uniform across the rectangle, else null (as Excel reports mixed formats). */
export function uniformFormat(sheet: SheetModel, rect: Rect, prop: string): FormatValue | null {
  const seen = new Set<FormatValue>();
  if (cellCount(rect) <= ITERATE_LIMIT) {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        seen.add(formatAt(sheet, r, c, prop));
        if (seen.size > 1) return null;
      }
    }
  } else {
    // Large ranges: compare the layers instead of every cell.
    for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 256); c++) seen.add(formatAt(sheet, MAX_ROWS - 1, c, prop));
    for (const [r, f] of sheet.rowFormats) if (r >= rect.r0 && r <= rect.r1 && f[prop] !== undefined) seen.add(f[prop]);
    for (const k of cellKeysIn(sheet, rect)) {
      const v = sheet.cellFormats.get(k)?.[prop];
      if (v !== undefined) seen.add(v);
    }
  }
  return seen.size === 1 ? ([...seen][0] ?? null) : null;
}

/** Per-cell values of a property (e.g. numberFormat) as a 2-D array. */
export function formatGrid(sheet: SheetModel, rect: Rect, prop: string): FormatValue[][] {
  const out: FormatValue[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: FormatValue[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(formatAt(sheet, r, c, prop));
    out.push(row);
  }
  return out;
}

function setOn(map: Map<number, CellFormat>, k: number, prop: string, value: FormatValue | undefined): void {
  const current = map.get(k);
  if (value === undefined) {
    if (!current) return;
    delete current[prop];
    if (Object.keys(current).length === 0) map.delete(k);
    return;
  }
  if (current) current[prop] = value;
  else map.set(k, { [prop]: value });
}

/** Sets one property on every cell of a rectangle; `undefined` resets it to the default. */
export function setFormat(sheet: SheetModel, rect: Rect, prop: string, value: FormatValue | undefined): void {
  const stored = value !== undefined && value === FORMAT_DEFAULTS[prop] ? undefined : value;
  if (isWholeColumns(rect) || isWholeRows(rect)) {
    const layer = isWholeColumns(rect) ? sheet.columnFormats : sheet.rowFormats;
    const [from, to] = isWholeColumns(rect) ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
    for (let i = from; i <= to; i++) {
      if (stored === undefined) setOn(layer, i, prop, undefined);
      else setOn(layer, i, prop, stored);
    }
    for (const k of cellKeysIn(sheet, rect)) setOn(sheet.cellFormats, k, prop, undefined);
    if (isWholeColumns(rect)) {
      for (const r of sheet.rowFormats.keys()) if (sheet.rowFormats.get(r)?.[prop] !== undefined) {
        for (let c = rect.c0; c <= rect.c1; c++) setOn(sheet.cellFormats, key(r, c), prop, value);
      }
    }
    return;
  }
  const inherited = (r: number, c: number): FormatValue =>
    sheet.rowFormats.get(r)?.[prop] ?? sheet.columnFormats.get(c)?.[prop] ?? FORMAT_DEFAULTS[prop] ?? "";
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const k = key(r, c);
      if (value === undefined || value === inherited(r, c)) setOn(sheet.cellFormats, k, prop, undefined);
      else setOn(sheet.cellFormats, k, prop, value);
    }
  }
}

/** Sets a property per cell from a 2-D array (null leaves a cell unchanged; "" resets it). */
export function setFormatGrid(sheet: SheetModel, rect: Rect, prop: string, grid: unknown[][]): void {
  grid.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = { r0: rect.r0 + i, r1: rect.r0 + i, c0: rect.c0 + j, c1: rect.c0 + j };
      setFormat(sheet, cell, prop, v === "" ? undefined : (v as FormatValue));
    }),
  );
}

/** Removes every format inside a rectangle. */
export function clearFormats(sheet: SheetModel, rect: Rect): void {
  for (const k of cellKeysIn(sheet, rect)) sheet.cellFormats.delete(k);
  if (isWholeColumns(rect)) for (let c = rect.c0; c <= rect.c1; c++) sheet.columnFormats.delete(c);
  if (isWholeRows(rect)) for (let r = rect.r0; r <= rect.r1; r++) sheet.rowFormats.delete(r);
}
