/**
 * The window event through which the ribbon's Refresh command asks the task pane to evaluate. With the
 * shared runtime both run in one page; the contract lives here because both layers may import
 * src/excel (commands → excel, taskpane → excel) but not each other. It imports nothing, so the pane's
 * first download stays small.
 */

/** Name of the event. */
export const REFRESH_REQUESTED_EVENT = "kpi:refresh-requested";

/** Detail of {@link REFRESH_REQUESTED_EVENT}. */
export interface RefreshRequestedDetail {
  /** Where the request came from. */
  readonly source: "ribbon";
  /** `Date.now()` when the command ran. */
  readonly requestedAt: number;
}

declare global {
  interface WindowEventMap {
    [REFRESH_REQUESTED_EVENT]: CustomEvent<RefreshRequestedDetail>;
  }
}
