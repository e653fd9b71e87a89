/* Ribbon commands. With the shared runtime they run in the task pane's page (taskpane.html), so a
 * command can open the pane and talk to it through a window event instead of storage or messages. */

import { REFRESH_REQUESTED_EVENT, type RefreshRequestedDetail } from "../excel/refreshEvent";

/** What a command needs from the host; injected so the handler can be exercised without Office. */
export interface CommandHost {
  showTaskpane(): Promise<void>;
  dispatch(event: CustomEvent<RefreshRequestedDetail>): void;
  reportError(message: string, error: unknown): void;
}

/**
 * The "Refresh" button (ExecuteFunction `refreshScorecard`): opens the task pane, then raises
 * {@link REFRESH_REQUESTED_EVENT}. Failures are reported, and `event.completed()` is always called
 * (otherwise Office keeps the button busy).
 * @param event the add-in command event from Office.
 * @param host the host operations (see {@link officeCommandHost}).
 * @returns a promise that settles after `event.completed()` has been called.
 * @example Office.actions.associate("refreshScorecard", (e) => void refreshScorecard(e, officeCommandHost()));
 */
export async function refreshScorecard(event: Pick<Office.AddinCommands.Event, "completed">, host: CommandHost): Promise<void> {
  try {
    try {
      await host.showTaskpane();
    } catch (error) {
      // The refresh can still run in the hidden pane; say why the pane did not appear.
      host.reportError("KPI Scorecard: could not show the task pane.", error);
    }
    host.dispatch(new CustomEvent(REFRESH_REQUESTED_EVENT, { detail: { source: "ribbon", requestedAt: Date.now() } }));
  } catch (error) {
    host.reportError("KPI Scorecard: the refresh request failed.", error);
  } finally {
    event.completed();
  }
}

/**
 * The real host: Office.addin (SharedRuntime 1.1, required by the manifest) and the page's window.
 * @returns the command host backed by Office.js.
 * @example officeCommandHost().dispatch(new CustomEvent(REFRESH_REQUESTED_EVENT, { detail }));
 */
export function officeCommandHost(): CommandHost {
  return {
    showTaskpane: () => Office.addin.showAsTaskpane(),
    dispatch: (e) => {
      window.dispatchEvent(e);
    },
    // No UI of its own here: the console is the error channel for ribbon commands.
    reportError: (message, error) => console.error(message, error),
  };
}

void Office.onReady(() => {
  Office.actions.associate("refreshScorecard", (event: Office.AddinCommands.Event) => {
    void refreshScorecard(event, officeCommandHost());
  });
});
