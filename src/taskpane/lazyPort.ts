import type { WorkbookPort } from "../excel/port";

/**
 * A port whose implementation is loaded on first use, so the adapter and the engine stay out of the
 * code the pane needs for its first paint. Every call waits for the one shared load.
 * @param load resolves the real port (e.g. a dynamic import of src/excel)
 * @returns a port with the same methods
 * @example lazyPort(() => import("../excel").then((m) => m.createExcelPort(env)))
 */
export function lazyPort(load: () => Promise<WorkbookPort>): WorkbookPort {
  let pending: Promise<WorkbookPort> | undefined;
  const real = () => (pending ??= load());
  return {
    language: async () => (await real()).language(),
    detect: async () => (await real()).detect(),
    fromSelection: async () => (await real()).fromSelection(),
    readState: async () => (await real()).readState(),
    saveState: async (state) => (await real()).saveState(state),
    evaluate: async (request, onProgress) => (await real()).evaluate(request, onProgress),
    evaluateCompany: async (request) => (await real()).evaluateCompany(request),
    watch: async (tables, onChange) => (await real()).watch(tables, onChange),
    convertToTable: async (table) => (await real()).convertToTable(table),
    insertSample: async (language) => (await real()).insertSample(language),
    select: async (target) => (await real()).select(target),
    activeCell: async () => (await real()).activeCell(),
    insertFormula: async (formula) => (await real()).insertFormula(formula),
  };
}
