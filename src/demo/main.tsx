import { createRoot } from "react-dom/client";
import { DemoPage } from "./DemoPage";
import { createSession, type DemoSession } from "./session";

/* Composition root of the demo: the same task pane over the in-memory host instead of Office.js.
 * `?lang=zh` starts it as a Chinese Office would; `?theme=dark` as a dark Office theme. */
async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const zh = params.get("lang") === "zh";
  const initial = createSession({ zh });
  // Pre-load the sample workbook (KPI table, strategy table, 12 months of history).
  await initial.port.insertSample(zh ? "zh" : "en");
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.lang = zh ? "zh-CN" : "en";
  // For the browser tests and for poking around in the console: the workbook shown, as plain JSON.
  let current: DemoSession = initial;
  (window as { kpiDemo?: unknown }).kpiDemo = {
    snapshot: () => current.host.snapshot(),
    get host() {
      return current.host;
    },
    get observed() {
      return current.observed;
    },
  };
  createRoot(container).render(<DemoPage initial={initial} zh={zh} theme={params.get("theme") === "dark" ? "dark" : "light"} onSession={(s) => (current = s)} />);
}

start().catch((error: unknown) => {
  document.body.textContent = `The demo could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
