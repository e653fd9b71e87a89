/** Shared helpers for the port tests: a port over the in-memory host, and table builders. */
import { createExcelPort } from "../../../src/excel";
import type { WorkbookPort } from "../../../src/excel";
import type { InMemoryExcelHost } from "../../../src/host";
import { SURROUNDING_REGION } from "../../../src/excel/read/apiSets";

/** Options for a port over a host. */
export interface PortOptions {
  /**
   * Whether getSurroundingRegion may be used (default true). `false` reports its requirement set
   * (ExcelApi 1.7) missing to the adapter, to test the used-range fallback of detect / fromSelection.
   */
  readonly region?: boolean;
  readonly now?: Date;
  readonly user?: string;
}

/** A port over the host, answering isSetSupported from the host (see `PortOptions.region`). */
export function portFor(host: InMemoryExcelHost, options: PortOptions = {}): WorkbookPort {
  const hidden = (set: string, version: string) => options.region === false && set === SURROUNDING_REGION.name && version === SURROUNDING_REGION.version;
  return createExcelPort({
    run: (batch) => host.run(batch),
    isSetSupported: (set, version) => !hidden(set, version) && host.isSetSupported(set, version),
    displayLanguage: () => host.displayLanguage,
    now: () => options.now ?? new Date(2027, 2, 1, 9, 30),
    user: () => options.user,
  });
}

/** Turns a range into an Excel table. */
export async function addTable(host: InMemoryExcelHost, sheet: string, address: string, name: string): Promise<void> {
  await host.run(async (context) => {
    const table = context.workbook.worksheets.getItem(sheet).tables.add(address, true);
    table.name = name;
    await context.sync();
  });
}

/** Adds a workbook-scoped name for a range. */
export async function addName(host: InMemoryExcelHost, name: string, sheet: string, address: string): Promise<void> {
  await host.run(async (context) => {
    context.workbook.names.add(name, context.workbook.worksheets.getItem(sheet).getRange(address));
    await context.sync();
  });
}

/** The header of the generated KPI tables. */
export const KPI_HEADER = ["KPI", "Perspective", "Owner", "Baseline", "Target", "Actual", "Weight", "Direction", "Deadline", "Jan", "Feb", "Mar"];

/**
 * A KPI table of `n` rows (header first): KPI i has target 100 + i, actual 90 + i, weight 1,
 * baseline 80, higher is better, deadline 2027-12-31; every 3rd KPI is a percentage (0.5 vs 0.4).
 */
export function kpiRows(n: number): (string | number)[][] {
  const rows: (string | number)[][] = [KPI_HEADER];
  for (let i = 0; i < n; i++) {
    const percent = i % 3 === 2;
    rows.push([
      `Revenue of unit ${i + 1}`,
      "Financial",
      `Owner ${i % 7}`,
      percent ? 0.3 : 80,
      percent ? 0.5 : 100 + i,
      percent ? 0.4 : 90 + i,
      1,
      "higher",
      "'2027-12-31",
      percent ? 0.35 : 85,
      percent ? 0.37 : 87,
      percent ? 0.4 : 90 + i,
    ]);
  }
  return rows;
}

/** Percent number formats for the percent rows of `kpiRows(n)` (numeric columns D:F and J:L), set through the API. */
export async function formatPercentRows(host: InMemoryExcelHost, sheet: string, firstRow: number, n: number): Promise<void> {
  await host.run(async (context) => {
    const formats = kpiRows(n).slice(1).map((_, i) => {
      const f = i % 3 === 2 ? "0%" : "General";
      return KPI_HEADER.map((_h, c) => ((c >= 3 && c <= 5) || c >= 9 ? f : "General"));
    });
    context.workbook.worksheets.getItem(sheet).getRangeByIndexes(firstRow + 1, 0, n, KPI_HEADER.length).numberFormat = formats;
    await context.sync();
  });
}

/** Column letter range of the generated table, e.g. "A1:L11" for 10 KPIs at row 1. */
export function kpiAddress(n: number, firstRow = 1): string {
  return `A${firstRow}:L${firstRow + n}`;
}
