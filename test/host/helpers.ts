/** Shared helpers for the host tests. */
import { createHost } from "../../src/host";
import type { HostOptions, InMemoryExcelHost } from "../../src/host";

/** A fresh host with the given sheets. */
export function hostWith(sheets: string[] = ["Sheet1"], options: Omit<HostOptions, "sheets"> = {}): InMemoryExcelHost {
  return createHost({ ...options, sheets });
}

/** Runs a batch and returns the error it rejects with (fails the test if it resolves). */
export async function runError(host: InMemoryExcelHost, batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<{ code: string; message: string; debugInfo: { errorLocation?: string } }> {
  try {
    await host.run(batch);
  } catch (error) {
    return error as { code: string; message: string; debugInfo: { errorLocation?: string } };
  }
  throw new Error("expected the batch to fail");
}

/** Reads a range's values through the API. */
export async function readValues(host: InMemoryExcelHost, sheet: string, address: string): Promise<unknown[][]> {
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values");
    await context.sync();
    return range.values;
  });
}
