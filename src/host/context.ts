/**
 * The request context handed to `run(batch)`: `workbook`, `application`, `sync()`.
 * A sync sends the queued operations as one request:
 * - the request size is the UTF-8 JSON size of the operations (paths and arguments); over 5 MB
 *   (Excel on the web's documented limit) it fails with RequestPayloadSizeLimitExceeded and
 *   applies nothing;
 * - operations run in order; one that fails rejects the sync, and the operations before it stay
 *   applied (Excel does not roll a batch back); loads of that sync are not delivered;
 * - the loaded values of a sync over 5 MB fail with ResponsePayloadSizeLimitExceeded.
 */
import { HostError, hostError } from "./errors";
import type { BatchContext, HostRuntime, Op } from "./proxy";
import { SyncExecution, jsonBytes } from "./proxy";
import { WorkbookProxy } from "./workbook";
import type { BagObject } from "./bag";

/** Documented payload limit of Excel on the web for requests and responses. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** How the host lets a context reach its counters and failure injection. */
export interface SyncGate {
  /** Called at the start of every sync; throws to fail the whole request (cell-edit mode, injected failures). */
  beforeSync(): void;
  recordSync(requestBytes: number, responseBytes: number): void;
}

/** Excel.RequestContext. */
export class RequestContextImpl implements BatchContext {
  readonly workbook: WorkbookProxy;
  readonly application: BagObject;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Op[] = [];
  private closed = false;

  constructor(
    readonly runtime: HostRuntime,
    private readonly gate: SyncGate,
  ) {
    this.workbook = new WorkbookProxy(this, "workbook");
    this.application = this.workbook.application;
  }

  enqueue(op: Op): void {
    if (this.closed) {
      throw hostError("InvalidRequestContext", "This object belongs to an Excel.run batch that has finished.");
    }
    this.queue.push(op);
  }

  /** Whether operations are waiting for a sync. */
  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Ends the batch: later use of its objects fails with InvalidRequestContext. */
  close(): void {
    this.queue = [];
    this.closed = true;
  }

  /** Sends the queued operations as one request. */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    const requestBytes = ops.reduce((sum, op) => sum + jsonBytes({ path: op.path, member: op.member, args: op.payload }), 0);
    const exec = new SyncExecution();
    try {
      this.gate.beforeSync();
      if (requestBytes > PAYLOAD_LIMIT_BYTES) {
        throw hostError("RequestPayloadSizeLimitExceeded", `The request is ${requestBytes} bytes; the limit is ${PAYLOAD_LIMIT_BYTES}.`);
      }
      for (const op of ops) this.runOne(op, exec);
      this.runtime.engine.resume();
      if (exec.responseBytes > PAYLOAD_LIMIT_BYTES) {
        throw hostError("ResponsePayloadSizeLimitExceeded", `The response is ${exec.responseBytes} bytes; the limit is ${PAYLOAD_LIMIT_BYTES}.`);
      }
    } catch (error) {
      this.runtime.engine.resume();
      this.gate.recordSync(requestBytes, 0);
      // the operations before the failing one stay applied, and their changes are announced
      this.runtime.events.flush(this.runtime.model, "ThisLocalAddin");
      throw error;
    }
    this.gate.recordSync(requestBytes, exec.responseBytes);
    for (const commit of exec.commits) commit();
    this.runtime.events.flush(this.runtime.model, "ThisLocalAddin");
  }

  private runOne(op: Op, exec: SyncExecution): void {
    try {
      if (!this.runtime.supports(op.member)) {
        throw hostError("ApiNotFound", `${op.member} is not available in this version of Excel.`);
      }
      op.run(exec);
    } catch (error) {
      if (error instanceof HostError) throw error.at(op.member);
      const detail = error instanceof Error ? error.message : String(error);
      throw new HostError("GeneralException", detail, op.member);
    }
  }
}
