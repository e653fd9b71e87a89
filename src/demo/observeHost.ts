import type { InMemoryExcelHost, WorkbookSnapshot } from "../host";

/** The in-memory host with change notifications, so the sheet view redraws after every batch or edit. */
export interface ObservedHost {
  readonly host: InMemoryExcelHost;
  /** `host.run`, then a notification (also when the batch failed: it may have written part of its work). */
  readonly run: InMemoryExcelHost["run"];
  /** Types into a cell as a user would, then notifies. */
  readonly edit: (sheet: string, address: string, value: unknown) => void;
  /** Types a block of values (a paste) into a range starting at its top-left cell, then notifies. */
  readonly write: (sheet: string, address: string, values: unknown[][]) => void;
  /** Selects a cell as a user clicking it would, then notifies. */
  readonly selectCell: (sheet: string, address: string) => void;
  readonly subscribe: (listener: () => void) => () => void;
  /** The latest snapshot (recomputed once per change). */
  readonly snapshot: () => WorkbookSnapshot;
}

/**
 * Wraps a host with change notifications.
 * @param host the in-memory host
 * @returns the observed host
 */
export function observeHost(host: InMemoryExcelHost): ObservedHost {
  const listeners = new Set<() => void>();
  let cached: WorkbookSnapshot | undefined;
  const notify = () => {
    cached = undefined;
    listeners.forEach((l) => l());
  };
  return {
    host,
    run: async (batch) => {
      try {
        return await host.run(batch);
      } finally {
        notify();
      }
    },
    edit: (sheet, address, value) => {
      host.setCells(sheet, address, [[value]]);
      notify();
    },
    write: (sheet, address, values) => {
      try {
        host.setCells(sheet, address, values);
      } finally {
        notify();
      }
    },
    selectCell: (sheet, address) => {
      host.setSelection(sheet, address);
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => (cached ??= host.snapshot()),
  };
}
