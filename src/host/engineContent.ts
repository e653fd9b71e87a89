/**
 * Cell contents as the host stores them, and their conversions to and from HyperFormula.
 * Values come back as `Range.values` returns them in Excel: "" for empty cells, error strings such
 * as "#DIV/0!", dates as serial numbers.
 */
import { DetailedCellError } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { MAX_COLUMNS } from "./address";

/** A value as `Range.values` returns it. */
export type CellValue = string | number | boolean;

/** What one cell is set to. `null` empties it; `text` is always literal text. */
export type EngineContent = { formula: string } | { text: string } | { error: string } | number | boolean | null;

/** A stored (non-empty) content. */
export type Stored = Exclude<EngineContent, null>;

/** Key of a cell in a sheet's store. */
export const cellKey = (r: number, c: number): number => r * MAX_COLUMNS + c;

/** Whether a stored content is a formula. */
export const isFormula = (c: Stored | undefined): c is { formula: string } => typeof c === "object" && "formula" in c;

/** The content as HyperFormula takes it. */
export function toRaw(content: EngineContent): RawCellContent {
  if (content === null || typeof content === "number" || typeof content === "boolean") return content;
  if ("formula" in content) return content.formula;
  if ("error" in content) return content.error;
  // A leading apostrophe makes HyperFormula keep the text literally (no number or formula parsing).
  return `'${content.text}`;
}

/** The value of a constant (or "" for an empty cell). */
export function constantValue(content: Stored | undefined): CellValue {
  if (content === undefined) return "";
  if (typeof content === "number" || typeof content === "boolean") return content;
  if ("text" in content) return content.text;
  if ("error" in content) return content.error;
  return "";
}

/** A value HyperFormula computed, as Excel shows it. */
export function toValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return "";
  if (raw instanceof DetailedCellError) {
    // Excel shows a circular reference as 0 (with a warning); HyperFormula reports #CYCLE!.
    if (raw.value === "#CYCLE!") return 0;
    return raw.value;
  }
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  return JSON.stringify(raw);
}
