import { parseDirection, parseNumber, percentScale, scaled, type Direction, type Quantity } from "../../engine";
import { type Fail, fail, outputCodeFor } from "./errors";
import { type Grid, isBlank } from "./grid";
import type { CallContext } from "./runner";
import { clip, say } from "./messages";

/**
 * Cell coercions shared by every function. Blank (`null`, `undefined`, `""`) reads as `undefined`, so
 * each body decides what "nothing" means (DOMAIN: a blank actual is "nothing to compute" → `#N/A`).
 * Text that should be a number and is not → `#VALUE!` naming the parameter and the text.
 */

/**
 * A number from a cell: numbers pass through; text goes through the engine's `parseNumber`
 * (`¥3.5万`, `(1,200)`, `12.5%`, `１２％`); blank or a blank placeholder (`-`, `N/A`) → undefined.
 * @returns the number, undefined for blank, or a Fail (#VALUE! for text/TRUE/FALSE, #NUM! for ±Infinity/NaN)
 */
export function toNumber(cell: unknown, ctx: CallContext, name: string): number | undefined | Fail {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : fail("#NUM!");
  if (isBlank(cell)) return undefined;
  const parsed = parseNumber(cell);
  if (parsed.ok) return parsed.value;
  switch (parsed.reason) {
    case "blank":
      return undefined;
    case "boolean":
      return fail("#VALUE!", say(ctx.lang, "BOOLEAN", { param: name, text: String(cell).toUpperCase() }));
    case "error": {
      const code = parsed.text.trim().toUpperCase();
      return fail(outputCodeFor(code) ?? "#VALUE!", say(ctx.lang, "ERROR_INPUT", { param: name, code }));
    }
    default:
      return fail("#VALUE!", say(ctx.lang, "NOT_A_NUMBER", { param: name, text: clip(parsed.text.trim()) }));
  }
}

/**
 * A number from a cell as {@link toNumber} reads it, keeping whether the cell said % ("95%"), so the
 * numbers of one KPI can share the engine's percent scale (DOMAIN §3: "95%" beside a plain 90 is 90 %).
 * @returns the quantity, undefined for blank, or the same Fail as toNumber
 */
export function toStrictQuantity(cell: unknown, ctx: CallContext, name: string): Quantity | undefined | Fail {
  if (typeof cell !== "string") {
    const value = toNumber(cell, ctx, name);
    return typeof value === "number" ? { value, percent: false } : value;
  }
  const parsed = parseNumber(cell);
  if (parsed.ok) return { value: parsed.value, percent: parsed.percent };
  const failed = toNumber(cell, ctx, name);
  return typeof failed === "number" ? { value: failed, percent: false } : failed;
}

/**
 * Numbers of one KPI on one percent scale (engine percentScale): cells that say % are fractions, plain
 * numbers beside them are read on the scale nearest to them; without a % cell nothing changes.
 * @param quantities the KPI's numbers (undefined entries stay undefined)
 * @returns the numbers, in the same order
 */
export function onOneScale(...quantities: (Quantity | undefined)[]): (number | undefined)[] {
  const scale = percentScale(quantities);
  return quantities.map((q) => (q === undefined ? undefined : scaled(q, scale)));
}

/**
 * Text from a cell: numbers and booleans as Excel would show them; blank → undefined.
 * @returns the trimmed text or undefined
 */
export function toText(cell: unknown): string | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return String(cell);
  return undefined; // objects other than errors (rich values) carry no text we can use
}

/** Direction cells seen recently: a 10,000-row direction column holds a handful of distinct words. */
const DIRECTIONS = new Map<string, Direction | "blank" | "none">();
const MAX_REMEMBERED = 512;

function directionOf(text: string): Direction | "blank" | "none" {
  const known = DIRECTIONS.get(text);
  if (known !== undefined) return known;
  const found = isBlank(text) ? "blank" : (parseDirection(text) ?? "none");
  if (DIRECTIONS.size >= MAX_REMEMBERED) DIRECTIONS.clear();
  DIRECTIONS.set(text, found);
  return found;
}

/**
 * A direction from a cell, in every form of DOMAIN §1 (higher/lower/target, ↑/↓, 越高越好, 反向 …);
 * blank → undefined (the body's default is `higher`).
 * @returns the direction, undefined for blank, or a #VALUE! Fail naming the text
 */
export function toDirection(cell: unknown, ctx: CallContext, name: string): Direction | undefined | Fail {
  const found = typeof cell === "string" ? directionOf(cell) : isBlank(cell) ? "blank" : "none";
  if (found === "blank") return undefined;
  if (found !== "none") return found;
  return fail("#VALUE!", say(ctx.lang, "BAD_DIRECTION", { param: name, text: clip(String(toText(cell) ?? "")) }));
}

/**
 * A direction for a point target (ATTAINMENT, SCORE): as {@link toDirection}, but a band direction
 * (`range`, `区间`) is a #VALUE! pointing to KPI.BAND, which takes the two bounds.
 */
export function toPointDirection(cell: unknown, ctx: CallContext, name: string): Direction | undefined | Fail {
  const direction = toDirection(cell, ctx, name);
  if (direction !== "band") return direction;
  return fail("#VALUE!", say(ctx.lang, "RANGE_DIRECTION", { text: clip(toText(cell) ?? "") }));
}

/**
 * A series from a line of cells, oldest first: blanks are `null` (skipped, but still a period of time).
 * @returns the series, or the Fail of its first unreadable cell
 */
export function toSeries(cells: readonly unknown[], ctx: CallContext, name: string): (number | null)[] | Fail {
  const series: (number | null)[] = [];
  for (const cell of cells) {
    const value = toNumber(cell, ctx, name);
    if (typeof value === "object") return value;
    series.push(value ?? null);
  }
  return series;
}

/**
 * A number for a judgement (KPI.SMART*): whatever the cell holds, never a Fail. Text that reads as a
 * number keeps whether it was a percentage ("35%" → 0.35, percent), for the KPI's percent scale
 * (DOMAIN §3); anything else is no number.
 * @returns the quantity, or undefined
 */
export function toQuantity(cell: unknown): Quantity | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell, percent: false } : undefined;
  if (typeof cell !== "string") return undefined;
  const parsed = parseNumber(cell);
  return parsed.ok ? { value: parsed.value, percent: parsed.percent } : undefined;
}

/**
 * A series for a judgement: unreadable cells are blanks (`null`), never a Fail.
 * @returns the quantities, oldest first
 */
export function toQuantitySeries(cells: readonly unknown[]): (Quantity | null)[] {
  return cells.map((cell) => toQuantity(cell) ?? null);
}

/**
 * A direction for a judgement: words that are no direction count as none, never a Fail.
 * @returns the direction or undefined
 */
export function toLenientDirection(cell: unknown): Direction | undefined {
  if (typeof cell !== "string") return undefined;
  const found = directionOf(cell);
  return found === "blank" || found === "none" ? undefined : found;
}

/** Numbers of a whole range, with its shape: blank cells are `undefined`. */
export interface NumberBlock {
  readonly rows: number;
  readonly cols: number;
  readonly omitted: boolean;
  readonly values: readonly (number | undefined)[];
}

/**
 * Every cell of a range as a number, in reading order.
 * @returns the block, or the Fail of the first unreadable cell
 */
export function toNumberBlock(grid: Grid, ctx: CallContext, name: string): NumberBlock | Fail {
  const values: (number | undefined)[] = [];
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const value = toNumber(grid.at(r, c), ctx, name);
      if (typeof value === "object") return value;
      values.push(value);
    }
  }
  return { rows: grid.rows, cols: grid.cols, omitted: grid.omitted, values };
}

/** Texts of a whole range, with its shape: blank cells are `undefined`. */
export interface TextBlock {
  readonly rows: number;
  readonly cols: number;
  readonly omitted: boolean;
  readonly values: readonly (string | undefined)[];
}

/** Every cell of a range as text, in reading order. */
export function toTextBlock(grid: Grid): TextBlock {
  const values: (string | undefined)[] = [];
  for (let r = 0; r < grid.rows; r++) for (let c = 0; c < grid.cols; c++) values.push(toText(grid.at(r, c)));
  return { rows: grid.rows, cols: grid.cols, omitted: grid.omitted, values };
}
