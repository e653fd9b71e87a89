/**
 * Response-size budgeting. Excel on the web limits each request and each response to 5 MB
 * ("Excel add-ins" section of https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
 * one `context.sync()` is one request and one response, so queuing several range loads in the same
 * sync does not get around it: what we read in one sync must stay under the limit in total.
 */

import { jsonBytes } from "../write/chunks";

/** Bytes we allow one sync's response to carry (below the 5 MB limit, leaving room for JSON framing). */
export const RESPONSE_BUDGET = 4_000_000;
/** Cells per range load: large single-range reads may fail with RangeExceedsLimit, so we read row blocks. */
export const BLOCK_CELLS = 100_000;
/** Bytes per cell assumed when nothing was measured (a number or a short text, JSON-encoded, plus a comma). */
export const DEFAULT_CELL_BYTES = 16;

/** Mean JSON bytes per cell of a 2-D sample (at least 2, so an empty sample does not promise free reads). */
export function bytesPerCell(sample: readonly (readonly unknown[])[]): number {
  let cells = 0;
  for (const row of sample) cells += row.length;
  if (cells === 0) return DEFAULT_CELL_BYTES;
  return Math.max(2, jsonBytes(sample) / cells);
}
