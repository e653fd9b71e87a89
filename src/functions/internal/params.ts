import type { Direction, Quantity } from "../../engine";
import { type NumberBlock, type TextBlock, toDirection, toNumber, toNumberBlock, toPointDirection, toSeries, toStrictQuantity, toText, toTextBlock } from "./coerce";
import type { Param } from "./runner";

/**
 * Parameter constructors for the function table: each names a parameter and picks its reader.
 * `cell` parameters pair cell by cell, `rows` give one line per result, `shared` are read once.
 */

/** A number per cell (blank → undefined). */
export const numberParam = (name: string): Param<number | undefined> => ({ kind: "cell", name, read: toNumber });

/** A number per cell that remembers whether the cell said % (blank → undefined), for {@link onOneScale}. */
export const quantityParam = (name: string): Param<Quantity | undefined> => ({ kind: "cell", name, read: toStrictQuantity });

/** Text per cell (blank → undefined). */
export const textParam = (name: string): Param<string | undefined> => ({ kind: "cell", name, read: (cell) => toText(cell) });

/** A direction per cell (blank → undefined); `range` is accepted. */
export const directionParam = (name: string): Param<Direction | undefined> => ({ kind: "cell", name, read: toDirection });

/** A direction per cell for a point target: `range` is a #VALUE! pointing to KPI.BAND. */
export const pointDirectionParam = (name: string): Param<Direction | undefined> => ({ kind: "cell", name, read: toPointDirection });

/** Any cell as given (error cells are still handled by the runner). */
export const rawParam = (name: string): Param<unknown> => ({ kind: "cell", name, read: (cell) => cell });

/** A history line per result (blank → null, kept as a period of time). */
export const seriesParam = (name: string): Param<(number | null)[]> => ({ kind: "rows", name, read: toSeries });

/** A whole range of numbers, read once. */
export const numberBlockParam = (name: string): Param<NumberBlock> => ({ kind: "shared", name, read: toNumberBlock });

/** A whole range of texts, read once. */
export const textBlockParam = (name: string): Param<TextBlock> => ({ kind: "shared", name, read: (grid) => toTextBlock(grid) });
