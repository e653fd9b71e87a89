import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/*
 * The pane's parts that are not needed for the first paint, each its own chunk. One table of loaders
 * serves both React.lazy and preloadPanels(), so a part can never be lazy without being preloadable.
 */
const loaders = {
  ColumnRoles: () => import("./ColumnRoles").then((m) => m.ColumnRoles),
  StrategyEditor: () => import("./StrategyEditor").then((m) => m.StrategyEditor),
  SettingsPanel: () => import("./SettingsPanel").then((m) => m.SettingsPanel),
  FormulaGallery: () => import("./FormulaGallery").then((m) => m.FormulaGallery),
  Results: () => import("./Results").then((m) => m.Results),
  CompanyPanel: () => import("./CompanyPanel").then((m) => m.CompanyPanel),
};
type Name = keyof typeof loaders;
type Loaded = { [K in Name]?: Awaited<ReturnType<(typeof loaders)[K]>> };
type Component<K extends Name> = NonNullable<Loaded[K]>;

/** Parts already loaded (by preloadPanels or an earlier render). */
const loaded: Loaded = {};

/**
 * A lazy part that renders at once when its chunk is already loaded. React.lazy suspends on a pending
 * promise and shows the fallback until a later render, even when the chunk was preloaded; a thenable
 * that resolves synchronously lets React render the part in the same pass, so a folded section opens
 * without a "Loading…" flash (and tests never wait on React's retry under a busy CPU).
 */
function part<K extends Name>(name: K): LazyExoticComponent<Component<K>> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
  return lazy<Component<K> & ComponentType<any>>(() => {
    const ready = loaded[name];
    if (ready !== undefined) {
      const module = { default: ready };
      // A synchronous thenable (React.lazy reads its status right after calling `then`).
      return { then: (resolve: (m: typeof module) => void) => resolve(module) } as unknown as Promise<typeof module>;
    }
    return load(name).then((c) => ({ default: c }));
  });
}

async function load<K extends Name>(name: K): Promise<NonNullable<Loaded[K]>> {
  const c = (await loaders[name]()) as NonNullable<Loaded[K]>;
  loaded[name] = c;
  return c;
}

export const ColumnRoles = part("ColumnRoles");
export const StrategyEditor = part("StrategyEditor");
export const SettingsPanel = part("SettingsPanel");
export const FormulaGallery = part("FormulaGallery");
export const Results = part("Results");
export const CompanyPanel = part("CompanyPanel");

/**
 * Fetches every lazily loaded part of the pane. The add-in calls it after the first paint, so that the
 * results appear at once when Evaluate finishes instead of waiting for their chunk; tests call it
 * before they start, so that loading modules never eats into a test's wait for what it checks.
 * @returns a promise that settles when every part is loaded
 * @example afterFirstPaint().then(preloadPanels);
 */
export async function preloadPanels(): Promise<void> {
  await Promise.all((Object.keys(loaders) as Name[]).map((name) => load(name)));
}
