/**
 * The in-memory Excel host: a strict imitation of the parts of the Excel JavaScript API the add-in
 * uses, with HyperFormula computing formulas. See docs/host-rules.md for the rules it enforces.
 */
export { createHost } from "./host";
export type { HostOptions, HostStats, InMemoryExcelHost, OfficeContextLike } from "./host";
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot, TableSnapshot, ChartSnapshot, ChartSeriesSnapshot, ConditionalFormatSnapshot } from "./snapshot";
export type { OutlineSnapshot } from "./outline";
export type { PageLayoutSnapshot, PageZoom } from "./pageLayout";
export { HostError, HostErrorCodes } from "./errors";
export type { HostErrorCode, HostDebugInfo } from "./errors";
export { PAYLOAD_LIMIT_BYTES } from "./context";
