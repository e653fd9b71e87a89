/**
 * Writing `values` / `formulas` into a range: shape rules, typing-like interpretation, protection.
 * - A 2-D array must match the range's rows and columns exactly; a single (non-array) value is
 *   applied to every cell; `null` inside the array leaves that cell unchanged; "" clears it.
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values)
 * - Unsure: whether Excel broadcasts a 1×1 array onto a larger range; we reject it (stricter).
 */
import type { Rect } from "./address";
import { rectSize } from "./address";
import { interpretInput } from "./cellInput";
import { formatAt } from "./cellFormats";
import { hostError } from "./errors";
import type { EngineContent } from "./hyperformulaBridge";
import type { HostRuntime } from "./proxy";
import type { SheetModel } from "./workbookModel";

/** Refuses changes to a protected sheet, as Excel does. */
export function assertUnprotected(sheet: SheetModel): void {
  if (sheet.protection.protected) {
    throw hostError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}). To make a change, unprotect the sheet.`,
    );
  }
}

/** Checks a 2-D array against the range size, or broadcasts a single value. */
export function shapeInput(input: unknown, rect: Rect, what: string): unknown[][] {
  const { rows, cols } = rectSize(rect);
  if (input === null || input === undefined) throw hostError("InvalidArgument", `${what} cannot be set to null.`);
  if (!Array.isArray(input)) {
    if (rows * cols > 5_000_000) throw hostError("RangeExceedsLimit");
    return Array.from({ length: rows }, () => new Array<unknown>(cols).fill(input));
  }
  const grid = input as unknown[];
  const mismatch = (): Error =>
    hostError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range is ${rows}×${cols}).`,
    );
  if (grid.length !== rows) throw mismatch();
  for (const row of grid) {
    if (!Array.isArray(row) || row.length !== cols) throw mismatch();
  }
  return grid as unknown[][];
}

/**
 * Writes values or formulas into a range of a sheet.
 * @param runtime - the host runtime (model + engine)
 * @param sheet - the target sheet
 * @param rect - the target rectangle
 * @param input - what was assigned to `values` or `formulas`
 * @param what - "values" or "formulas", for messages
 * @param checkProtection - false only for the host's own test helpers (a user typing is not an API call)
 */
export function writeCells(runtime: HostRuntime, sheet: SheetModel, rect: Rect, input: unknown, what: string, checkProtection = true): void {
  if (checkProtection) assertUnprotected(sheet);
  const grid = shapeInput(input, rect, what);
  const block: (EngineContent | undefined)[][] = grid.map((row, i) =>
    row.map((raw, j) => {
      const r = rect.r0 + i;
      const c = rect.c0 + j;
      const parsed = interpretInput(raw, String(formatAt(sheet, r, c, "numberFormat")));
      if (typeof parsed === "string") throw hostError("InvalidArgument", `${parsed} (cell ${i + 1},${j + 1} of ${what})`);
      switch (parsed.kind) {
        case "unchanged":
          return undefined;
        case "empty":
          return null;
        case "error":
          return { error: parsed.literal };
        case "value":
          return typeof parsed.value === "string" ? { text: parsed.value } : parsed.value;
        case "formula":
          if (runtime.engine.isValidFormula(parsed.formula, sheet.hfId, r, c)) return { formula: parsed.formula };
          if (parsed.fallbackText !== undefined) return { text: parsed.fallbackText };
          throw hostError("InvalidArgument", `The formula ${parsed.formula} is not valid.`);
      }
    }),
  );
  writeBlock(runtime, sheet, rect, block);
}

/** Writes a block, skipping `undefined` cells (left unchanged). */
export function writeBlock(runtime: HostRuntime, sheet: SheetModel, rect: Rect, block: (EngineContent | undefined)[][]): void {
  const complete = block.every((row) => row.every((cell) => cell !== undefined));
  if (complete) {
    runtime.engine.write(sheet.hfId, rect.r0, rect.c0, block);
    return;
  }
  block.forEach((row, i) => {
    let start = -1;
    for (let j = 0; j <= row.length; j++) {
      const defined = j < row.length && row[j] !== undefined;
      if (defined && start < 0) start = j;
      if (!defined && start >= 0) {
        runtime.engine.write(sheet.hfId, rect.r0 + i, rect.c0 + start, [row.slice(start, j) as EngineContent[]]);
        start = -1;
      }
    }
  });
}

/** Empties the contents of a rectangle (clipped to what the sheet uses). */
export function clearContents(runtime: HostRuntime, sheet: SheetModel, rect: Rect): void {
  const used = runtime.engine.usedRect(sheet.hfId);
  if (!used) return;
  const r0 = Math.max(rect.r0, used.r0);
  const r1 = Math.min(rect.r1, used.r1);
  const c0 = Math.max(rect.c0, used.c0);
  const c1 = Math.min(rect.c1, used.c1);
  if (r0 > r1 || c0 > c1) return;
  const block = Array.from({ length: r1 - r0 + 1 }, () => new Array<EngineContent>(c1 - c0 + 1).fill(null));
  runtime.engine.write(sheet.hfId, r0, c0, block);
}
