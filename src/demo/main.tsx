import { createRoot } from "react-dom/client";
import { createExcelPort } from "../excel";
import { createHost } from "../host";
import { DemoPage } from "./DemoPage";
import { observeHost } from "./observeHost";

/* Composition root of the demo: the same task pane over the in-memory host instead of Office.js.
 * `?lang=zh` starts it as a Chinese Office would; `?theme=dark` as a dark Office theme. */
async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const zh = params.get("lang") === "zh";
  const host = createHost({ sheets: [zh ? "工作表1" : "Sheet1"], displayLanguage: zh ? "zh-CN" : "en-US" });
  const observed = observeHost(host);
  const port = createExcelPort({
    run: observed.run,
    isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version),
    displayLanguage: () => host.displayLanguage,
  });
  // Pre-load the sample workbook (KPI table, strategy table, 12 months of history).
  await port.insertSample(zh ? "zh" : "en");
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.lang = zh ? "zh-CN" : "en";
  // For the browser tests and for poking around in the console: the workbook as plain JSON.
  (window as { kpiDemo?: unknown }).kpiDemo = { snapshot: () => host.snapshot(), host, observed };
  createRoot(container).render(<DemoPage observed={observed} port={port} theme={params.get("theme") === "dark" ? "dark" : "light"} />);
}

start().catch((error: unknown) => {
  document.body.textContent = `The demo could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
