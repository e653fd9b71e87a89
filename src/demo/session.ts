import { createExcelPort } from "../excel";
import type { WorkbookPort } from "../excel/port";
import { createHost, type InMemoryExcelHost } from "../host";
import { observeHost, type ObservedHost } from "./observeHost";

/** One workbook of the demo: its host, the observed host the sheet view draws, and the pane's port. */
export interface DemoSession {
  /** Distinct per workbook: the task pane is mounted anew for each (as Excel opens a pane per file). */
  readonly id: number;
  readonly host: InMemoryExcelHost;
  readonly observed: ObservedHost;
  readonly port: WorkbookPort;
  /** The file it was opened from, if any (the default name to save under). */
  readonly fileName?: string;
}

let sessions = 0;

/**
 * A new in-memory workbook with the given sheets.
 * @param options `zh`: a Chinese Office; `sheets`: sheet names (default one empty sheet); `fileName`
 */
export function createSession(options: { readonly zh: boolean; readonly sheets?: readonly string[]; readonly fileName?: string }): DemoSession {
  const host = createHost({ sheets: options.sheets && options.sheets.length > 0 ? [...options.sheets] : [options.zh ? "工作表1" : "Sheet1"], displayLanguage: options.zh ? "zh-CN" : "en-US" });
  const observed = observeHost(host);
  const port = createExcelPort({
    run: observed.run,
    isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version),
    displayLanguage: () => host.displayLanguage,
  });
  return { id: ++sessions, host, observed, port, ...(options.fileName ? { fileName: options.fileName } : {}) };
}
