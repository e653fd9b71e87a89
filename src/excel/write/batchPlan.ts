/**
 * Packing queued operations into a fixed number of syncs (STYLE.md: never sync in a loop; issue 6
 * §3: a constant number of syncs whatever the table size, each request under the payload limit).
 */
import { OP_OVERHEAD_BYTES, SYNC_BUDGET_BYTES } from "./chunks";

/** One operation to queue on the request context. */
export interface WriteOp {
  /** Estimated request bytes (payload; overhead is added by the packer). */
  readonly bytes: number;
  /** Earliest batch (0-based) it may go in, when it needs something read by an earlier sync. */
  readonly minBatch?: number;
  readonly apply: (context: Excel.RequestContext) => void;
}

/**
 * Packs operations, in order, into at least `count` batches of at most `budget` bytes. Order is
 * kept (an operation never lands in an earlier batch than the one before it), so an operation may
 * rely on everything queued before it. More batches are made only when the payload needs them.
 * @param ops operations in dependency order
 * @param count the batches wanted (the last one usually receives the swap)
 * @param budget bytes per batch
 * @returns `count` or more batches
 * @example packBatches([{ bytes: 10, apply }], 3).map((b) => b.length) // [1, 0, 0]
 */
export function packBatches(ops: readonly WriteOp[], count: number, budget: number = SYNC_BUDGET_BYTES): WriteOp[][] {
  const batches: WriteOp[][] = Array.from({ length: Math.max(1, count) }, () => []);
  const sizes: number[] = batches.map(() => 0);
  let b = 0;
  for (const op of ops) {
    const size = op.bytes + OP_OVERHEAD_BYTES;
    b = Math.max(b, op.minBatch ?? 0);
    while ((sizes[b] ?? 0) > 0 && (sizes[b] ?? 0) + size > budget) b++;
    while (batches.length <= b) {
      batches.push([]);
      sizes.push(0);
    }
    batches[b]?.push(op);
    sizes[b] = (sizes[b] ?? 0) + size;
  }
  return batches;
}
