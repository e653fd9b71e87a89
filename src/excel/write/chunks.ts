/**
 * Request-size arithmetic (issue 6 §3 "every request under 5 MB"). Excel on the web refuses a
 * request (one `context.sync()`) over 5 MB with RequestPayloadSizeLimitExceeded
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * We size each queued operation by the UTF-8 length of its JSON arguments plus a fixed overhead,
 * split large 2-D writes into row chunks, and pack the chunks into syncs under a budget well below
 * the limit.
 */

/** Budget per sync: 4.5 MB, a 10 % margin under Excel on the web's 5 MB (estimates include a per-operation overhead). */
export const SYNC_BUDGET_BYTES = 4.5 * 1024 * 1024;

/** Largest single 2-D write; larger grids are split by rows so the packer can spread them. */
export const CHUNK_BYTES = 512 * 1024;

/** Per-operation overhead (object path, method name, ids) added to the payload estimate. */
export const OP_OVERHEAD_BYTES = 256;

/**
 * UTF-8 bytes of a value's JSON text.
 * @param value anything JSON-serialisable
 * @returns the byte count
 * @example jsonBytes([["é"]]) // 8: six ASCII characters, and é takes 2 bytes
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A block of rows out of a grid: `offset` is the first row's index in the grid. */
export interface RowChunk<T> {
  readonly offset: number;
  readonly rows: readonly (readonly T[])[];
  readonly bytes: number;
}

/**
 * Splits a grid into consecutive row blocks of at most `maxBytes` each (a single row larger than
 * that is its own chunk). Every row appears in exactly one chunk, in order.
 * @param grid the rows
 * @param maxBytes chunk budget
 * @returns the chunks, with their byte sizes
 * @example chunkRows([[1], [2], [3]], 8).map((c) => c.offset) // [0, 1, 2]: each row "[1]," is 4 bytes plus brackets
 */
export function chunkRows<T>(grid: readonly (readonly T[])[], maxBytes: number = CHUNK_BYTES): RowChunk<T>[] {
  const chunks: RowChunk<T>[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < grid.length; i++) {
    const rowBytes = jsonBytes(grid[i]) + 1;
    if (i > start && bytes + rowBytes > maxBytes) {
      chunks.push({ offset: start, rows: grid.slice(start, i), bytes });
      start = i;
      bytes = 2;
    }
    bytes += rowBytes;
  }
  if (grid.length > start) chunks.push({ offset: start, rows: grid.slice(start), bytes });
  return chunks;
}
