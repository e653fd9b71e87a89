/**
 * Internal: reading one cell of a row as a number, text, deadline …, reporting what cannot be read.
 */
import { EXCEL_ERRORS } from "../../data/excelErrors";
import type { Issue } from "../../model";
import { makeIssue } from "../../messages/define";
import { READ_MESSAGES } from "../../messages/read";
import { cellText } from "../../parse/internal/cellText";
import type { ParsedNumber } from "../../parse/number";
import { cellAddress, columnLetter } from "./cellRef";
import type { ReadContext } from "./context";
import { isPercentFormat } from "../../parse/percentScale";

const ERRORS = new Set(EXCEL_ERRORS);

/** A number read from a cell, before the row-level percent rule. */
export interface NumberCell {
  value: number;
  /** The cell is a percentage by its text ("95%") or its number format. */
  percent: boolean;
  /** A plain number (no %, no % format, no % header) that the row rule may read as points. */
  plain: boolean;
  column: number;
  /** A band written in the cell ("90–110"), scaled with the value. */
  band?: [number, number];
}

/**
 * Percent points → fraction without binary noise (2.8 → 0.028, not 0.027999999999999997).
 * @param value percent points
 * @returns the fraction
 * @example fromPoints(2.8) // 0.028
 */
export function fromPoints(value: number): number {
  return Number((value / 100).toPrecision(15));
}

/**
 * Reads a cell as percent points: the value and its band are divided by 100.
 * @param cell the number cell, changed in place
 * @returns nothing
 * @example scaleToFraction(cell) // cell.value 95 → 0.95
 */
export function scaleToFraction(cell: NumberCell): void {
  cell.value = fromPoints(cell.value);
  if (cell.band !== undefined) cell.band = [fromPoints(cell.band[0]), fromPoints(cell.band[1])];
}

/**
 * The raw cell at (row, column), or undefined outside the row.
 * @param row the row
 * @param column the column, if the role exists
 * @returns the cell
 * @example cellAt(["a", "b"], 1) // "b"
 */
export function cellAt(row: readonly unknown[], column: number | undefined): unknown {
  return column === undefined ? undefined : row[column];
}

/**
 * Adds the issue for a cell that holds no number (nothing for a blank).
 * @param ctx table facts (the issue is appended to ctx.issues)
 * @param parsed the parse result
 * @param r row
 * @param c column
 * @param kpi KPI index
 * @returns nothing
 * @example reportNumber(ctx, parseNumber("high"), 4, 2, 0) // adds NUMBER_UNREADABLE at C5
 */
export function reportNumber(ctx: ReadContext, parsed: ParsedNumber, r: number, c: number, kpi: number): void {
  if (parsed.ok || parsed.reason === "blank") return;
  const code = parsed.reason === "error" ? "CELL_ERROR" : parsed.reason === "boolean" ? "BOOLEAN_NOT_NUMBER" : "NUMBER_UNREADABLE";
  ctx.issues.push(makeIssue(READ_MESSAGES, code, { cell: cellAddress(r, c), header: headerOf(ctx, c), text: clip(parsed.text) }, { row: r, column: c, kpi }));
}

/**
 * Turns a parsed number into a `NumberCell`, applying the percent-header column rule (see percent.ts).
 * @param ctx table facts
 * @param parsed the parse result
 * @param r row
 * @param c column
 * @param band a band written in the cell
 * @returns the number cell, or undefined when there is no number
 * @example toNumberCell(ctx, parseNumber("95%"), 4, 2) // { value: 0.95, percent: true, plain: false, column: 2 }
 */
export function toNumberCell(ctx: ReadContext, parsed: ParsedNumber, r: number, c: number, band?: [number, number]): NumberCell | undefined {
  if (!parsed.ok) return undefined;
  const cell: NumberCell = { value: parsed.value, percent: true, plain: false, column: c };
  if (band !== undefined) cell.band = band;
  if (parsed.percent || isPercentFormat(ctx.formats?.[r]?.[c])) return cell;
  if (ctx.percentHeader.has(c)) {
    if (ctx.pointsColumns.has(c)) scaleToFraction(cell);
    return cell;
  }
  cell.percent = false;
  cell.plain = true;
  return cell;
}

/**
 * Text of a text cell (trimmed; blank → undefined). Excel errors are reported and give undefined.
 * @param ctx table facts
 * @param row the row
 * @param r row index
 * @param c column, if the role exists
 * @param kpi KPI index
 * @returns the text or undefined
 * @example readText(ctx, ["  CFO "], 4, 0, 0) // "CFO"
 */
export function readText(ctx: ReadContext, row: readonly unknown[], r: number, c: number | undefined, kpi: number): string | undefined {
  if (c === undefined) return undefined;
  const cell = row[c];
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : undefined;
  const text = cellText(cell).trim();
  if (text === "") return undefined;
  if (text.startsWith("#") && ERRORS.has(text.toLowerCase())) {
    ctx.issues.push(makeIssue(READ_MESSAGES, "CELL_ERROR", { cell: cellAddress(r, c), header: headerOf(ctx, c), text }, { row: r, column: c, kpi }));
    return undefined;
  }
  return text;
}

/**
 * An issue about a cell, with the standard cell/header/text parameters.
 * @param ctx table facts
 * @param code message code
 * @param r row
 * @param c column
 * @param kpi KPI index
 * @param text the cell text
 * @returns the issue
 * @example cellIssue(ctx, "DEADLINE_VAGUE", 4, 7, 0, "ASAP")
 */
export function cellIssue(ctx: ReadContext, code: keyof typeof READ_MESSAGES, r: number, c: number, kpi: number, text: string): Issue {
  return makeIssue(READ_MESSAGES, code, { cell: cellAddress(r, c), header: headerOf(ctx, c), text: clip(text) }, { row: r, column: c, kpi });
}

function headerOf(ctx: ReadContext, c: number): string {
  const h = ctx.headers[c];
  return h !== undefined && h !== "" ? h : columnLetter(c);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
