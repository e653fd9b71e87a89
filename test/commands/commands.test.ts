/* Ribbon commands: the Refresh button opens the pane, raises the refresh event and always completes. */
import type { CommandHost } from "../../src/commands/commands";
import { REFRESH_REQUESTED_EVENT, type RefreshRequestedDetail } from "../../src/excel/refreshEvent";

type Commands = typeof import("../../src/commands/commands");

const associated = new Map<string, (event: Office.AddinCommands.Event) => void>();
const showAsTaskpane = jest.fn(() => Promise.resolve());
let commands: Commands;

beforeAll(async () => {
  // The module registers its handlers on Office.onReady; give it a minimal Office and window.
  Object.assign(globalThis, {
    Office: {
      onReady: (cb: () => void) => {
        cb();
        return Promise.resolve({});
      },
      actions: { associate: (name: string, fn: (event: Office.AddinCommands.Event) => void) => associated.set(name, fn) },
      addin: { showAsTaskpane },
    },
    window: new EventTarget(),
  });
  commands = await import("../../src/commands/commands");
});

/** A fake host that records the order of calls. */
function fakeHost(overrides: Partial<CommandHost> = {}): { host: CommandHost; calls: string[]; errors: unknown[] } {
  const calls: string[] = [];
  const errors: unknown[] = [];
  const host: CommandHost = {
    showTaskpane: () => {
      calls.push("show");
      return Promise.resolve();
    },
    dispatch: (e) => {
      calls.push(`dispatch:${e.type}:${e.detail.source}`);
    },
    reportError: (message, error) => {
      calls.push(`error:${message}`);
      errors.push(error);
    },
    ...overrides,
  };
  return { host, calls, errors };
}

const fakeEvent = (): { completed: jest.Mock } => ({ completed: jest.fn() });

describe("refreshScorecard", () => {
  it("shows the pane, then raises kpi:refresh-requested, then completes", async () => {
    const { host, calls } = fakeHost();
    const event = fakeEvent();
    await commands.refreshScorecard(event, host);
    expect(calls).toEqual(["show", "dispatch:kpi:refresh-requested:ribbon"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports a pane that cannot be shown, still raises the refresh and completes", async () => {
    const failure = new Error("no pane");
    const { host, calls, errors } = fakeHost({ showTaskpane: () => Promise.reject(failure) });
    const event = fakeEvent();
    await commands.refreshScorecard(event, host);
    expect(calls).toEqual(["error:KPI Scorecard: could not show the task pane.", "dispatch:kpi:refresh-requested:ribbon"]);
    expect(errors).toEqual([failure]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports a failing dispatch instead of throwing, and completes", async () => {
    const failure = new Error("listener blew up");
    const { host, errors } = fakeHost({
      dispatch: () => {
        throw failure;
      },
    });
    const event = fakeEvent();
    await expect(commands.refreshScorecard(event, host)).resolves.toBeUndefined();
    expect(errors).toEqual([failure]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("registration with Office", () => {
  it("associates refreshScorecard (the manifest's ExecuteFunction) and it reaches window listeners", async () => {
    const handler = associated.get("refreshScorecard");
    expect(handler).toBeDefined();
    const seen: RefreshRequestedDetail[] = [];
    window.addEventListener(REFRESH_REQUESTED_EVENT, (e) => seen.push(e.detail));
    const completed = new Promise<void>((resolve) => handler?.({ completed: () => resolve() } as Office.AddinCommands.Event));
    await completed;
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.source).toBe("ribbon");
    expect(typeof seen[0]?.requestedAt).toBe("number");
  });
});
