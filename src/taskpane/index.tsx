import { createRoot } from "react-dom/client";
import { afterFirstPaint } from "./afterFirstPaint";
import { App } from "./App";
import { lazyPort } from "./lazyPort";
import { preloadPanels } from "./panels";
import { themeOf } from "./officeTheme";

/* Composition root of the task pane: the only file that chooses the real Office.js host. The adapter
 * (and with it the engine) is fetched only after the first paint, through lazyPort. */
void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const port = lazyPort(() =>
    afterFirstPaint().then(() => import("../excel")).then((m) =>
      m.createExcelPort({
        run: Excel.run,
        isSetSupported: (name: string, version?: string) => Office.context.requirements.isSetSupported(name, version),
        displayLanguage: () => Office.context.displayLanguage,
      }),
    ),
  );
  const officeTheme = (Office.context as { officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean } }).officeTheme;
  createRoot(container).render(<App port={port} theme={themeOf(officeTheme)} />);
  // Fetch the results and the folded sections once the pane has painted and the page is idle. A failed
  // prefetch is harmless: the section's own load retries and reports when it is opened.
  void afterFirstPaint()
    .then(() => new Promise<void>((resolve) => (typeof requestIdleCallback === "function" ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 500))))
    .then(preloadPanels)
    .catch(() => undefined);
});
