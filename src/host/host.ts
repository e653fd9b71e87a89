/**
 * `createHost()`: an in-memory Excel behind the `Excel.run(batch)` shape, plus helpers for tests and
 * the demo that bypass the API (typing into cells, snapshots, counters, failure injection).
 */
import { EventHub } from "./events";
import { EXCEL_API_VERSIONS, versionAtLeast } from "./apiSets";
import { writeCells } from "./cellWrite";
import type { SyncGate } from "./context";
import { RequestContextImpl } from "./context";
import { HostError, hostError } from "./errors";
import { FormulaEngine } from "./hyperformulaBridge";
import type { CellValue } from "./hyperformulaBridge";
import { findSheet, liveSheets, rectOn } from "./lookup";
import type { HostRuntime } from "./proxy";
import { addSheet } from "./sheetOps";
import type { WorkbookSnapshot } from "./snapshot";
import { takeSnapshot } from "./snapshot";
import { translateFormula } from "./structuredRefs";
import { createWorkbookModel } from "./workbookModel";

/** Options for a new host. */
export interface HostOptions {
  /** Initial sheet names (default ["Sheet1"]). */
  sheets?: string[];
  /** Requirement sets the host claims, e.g. { ExcelApi: "1.9" } (default { ExcelApi: "1.17" }). */
  supportedSets?: Record<string, string>;
  /** Office display language, "en-US" (default) or "zh-CN". */
  displayLanguage?: string;
  /** Start in cell-edit mode: every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode?: boolean;
}

/** Counters tests assert on. */
export interface HostStats {
  /** Excel.run calls. */
  runs: number;
  /** context.sync() calls, including the final implicit sync of run when work was pending. */
  syncs: number;
  /** Estimated request size of each sync, in bytes (JSON of the queued operations). */
  requestBytes: number[];
  /** Estimated response size of each sync, in bytes (JSON of the loaded values). */
  responseBytes: number[];
  /** Rows added through TableRowCollection.add (co-authoring guidance: keep this 0). */
  tableRowsAdded: number;
  /** Calls of application.suspendApiCalculationUntilNextSync(). */
  calculationSuspensions: number;
  /** Calls of format.autofitColumns() / autofitRows(). */
  autofits: number;
}

/** The subset of `Office.context` the adapter reads. */
export interface OfficeContextLike {
  displayLanguage: string;
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
}

/** The in-memory Excel host. */
export interface InMemoryExcelHost {
  /** Same shape as `Excel.run`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly stats: HostStats;
  resetStats(): void;
  /** Types values into cells as a user would ("=…" becomes a formula); ignores protection. */
  setCells(sheet: string, address: string, values: unknown[][]): void;
  /** Computed values of a range (test inspection). */
  getValues(sheet: string, address: string): CellValue[][];
  /** Formulas (or values) of a range (test inspection). */
  getFormulas(sheet: string, address: string): CellValue[][];
  /** Adds a sheet as a user would. */
  addSheet(name: string): void;
  getSheetNames(): string[];
  snapshot(): WorkbookSnapshot;
  setSelection(sheet: string, address: string): void;
  /** The next sync fails with this code and applies nothing. */
  failNext(code: string, message?: string): void;
  setCellEditMode(on: boolean): void;
  isSetSupported(name: string, minVersion?: string): boolean;
  readonly displayLanguage: string;
  /** An `Office.context`-shaped object: displayLanguage and requirements.isSetSupported. */
  readonly officeContext: OfficeContextLike;
}

const emptyStats = (): HostStats => ({
  runs: 0,
  syncs: 0,
  requestBytes: [],
  responseBytes: [],
  tableRowsAdded: 0,
  calculationSuspensions: 0,
  autofits: 0,
});

/**
 * Creates an in-memory Excel host.
 * @param options - sheets, supported requirement sets, display language, cell-edit mode
 * @returns the host
 * @example
 * const host = createHost({ sheets: ["Data"] });
 * host.setCells("Data", "A1:B1", [[2, "=A1*3"]]);
 * const v = await host.run(async (ctx) => { const r = ctx.workbook.worksheets.getItem("Data").getRange("B1"); r.load("values"); await ctx.sync(); return r.values; });
 * // v = [[6]]
 */
export function createHost(options: HostOptions = {}): InMemoryExcelHost {
  const supportedSets: Record<string, string> = { ExcelApi: "1.17", ...(options.supportedSets ?? {}) };
  const displayLanguage = options.displayLanguage ?? "en-US";
  let stats = emptyStats();
  let cellEditMode = options.cellEditMode ?? false;
  const injected: HostError[] = [];

  const isSetSupported = (name: string, minVersion?: string): boolean => {
    const available = supportedSets[name];
    return available !== undefined && versionAtLeast(available, minVersion ?? "1.1");
  };

  const runtime: HostRuntime = {
    model: createWorkbookModel(),
    engine: new FormulaEngine(),
    get stats() {
      return stats;
    },
    displayLanguage,
    events: new EventHub(),
    supports: (member) => {
      const version = EXCEL_API_VERSIONS[member];
      return version === undefined || isSetSupported("ExcelApi", version);
    },
  };

  const gate: SyncGate = {
    beforeSync: () => {
      const next = injected.shift();
      if (next) throw next;
      if (cellEditMode) throw hostError("InvalidOperationInCellEditMode");
    },
    recordSync: (requestBytes, responseBytes) => {
      stats.syncs++;
      stats.requestBytes.push(requestBytes);
      stats.responseBytes.push(responseBytes);
    },
  };

  runtime.engine.onChange = (hfId, rect) => runtime.events.record(hfId, rect);
  runtime.engine.translator = (formula, hfId, r, c, strict) => {
    const sheet = runtime.model.sheets.find((s) => s.hfId === hfId && !s.deleted);
    return translateFormula(runtime, formula, sheet ? { sheet, r, c } : null, strict);
  };

  for (const name of options.sheets ?? ["Sheet1"]) addSheet(runtime, name);
  const first = liveSheets(runtime.model)[0];
  if (first) runtime.model.selection = { sheet: first, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };

  const sheetNamed = (name: string) => {
    const sheet = findSheet(runtime.model, name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  };

  return {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new RequestContextImpl(runtime, gate);
      stats.runs++;
      try {
        const pending: unknown = batch(context as unknown as Excel.RequestContext);
        if (!(pending instanceof Promise)) throw hostError("RunMustReturnPromise");
        const result = (await pending) as T;
        if (context.hasPending) await context.sync();
        return result;
      } finally {
        context.close();
      }
    },
    get stats() {
      return stats;
    },
    resetStats: () => {
      stats = emptyStats();
    },
    setCells: (sheet, address, values) => {
      const model = sheetNamed(sheet);
      writeCells(runtime, model, rectOn(model, address), values, "setCells", false);
      runtime.engine.resume();
      runtime.events.flush(runtime.model, "Unknown"); // typed by the user
    },
    getValues: (sheet, address) => {
      const model = sheetNamed(sheet);
      return runtime.engine.values(model.hfId, rectOn(model, address));
    },
    getFormulas: (sheet, address) => {
      const model = sheetNamed(sheet);
      return runtime.engine.formulas(model.hfId, rectOn(model, address));
    },
    addSheet: (name) => {
      addSheet(runtime, name);
    },
    getSheetNames: () => liveSheets(runtime.model).map((s) => s.name),
    snapshot: () => takeSnapshot(runtime),
    setSelection: (sheet, address) => {
      const model = sheetNamed(sheet);
      runtime.model.selection = { sheet: model, rect: rectOn(model, address) };
      runtime.model.activeSheet = model;
    },
    failNext: (code, message) => {
      injected.push(new HostError(code, message));
    },
    setCellEditMode: (on) => {
      cellEditMode = on;
    },
    isSetSupported,
    displayLanguage,
    officeContext: { displayLanguage, requirements: { isSetSupported } },
  };
}
