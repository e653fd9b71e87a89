import { lazy } from "react";

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

export const ColumnRoles = lazy(() => loaders.ColumnRoles().then((c) => ({ default: c })));
export const StrategyEditor = lazy(() => loaders.StrategyEditor().then((c) => ({ default: c })));
export const SettingsPanel = lazy(() => loaders.SettingsPanel().then((c) => ({ default: c })));
export const FormulaGallery = lazy(() => loaders.FormulaGallery().then((c) => ({ default: c })));
export const Results = lazy(() => loaders.Results().then((c) => ({ default: c })));
export const CompanyPanel = lazy(() => loaders.CompanyPanel().then((c) => ({ default: c })));

/**
 * Fetches every lazily loaded part of the pane. The add-in calls it after the first paint, so that the
 * results appear at once when Evaluate finishes instead of waiting for their chunk; tests call it
 * before they start, so that loading modules never eats into a test's wait for what it checks.
 * @returns a promise that settles when every part is loaded
 * @example afterFirstPaint().then(preloadPanels);
 */
export async function preloadPanels(): Promise<void> {
  await Promise.all(Object.values(loaders).map((load) => load()));
}
