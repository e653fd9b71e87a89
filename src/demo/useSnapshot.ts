import { useSyncExternalStore } from "react";
import type { WorkbookSnapshot } from "../host";
import type { ObservedHost } from "./observeHost";

/**
 * The workbook's latest snapshot; re-renders after each change.
 * @param observed the observed host
 */
export function useSnapshot(observed: ObservedHost): WorkbookSnapshot {
  return useSyncExternalStore(observed.subscribe, observed.snapshot);
}
