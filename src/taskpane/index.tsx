import { createRoot } from "react-dom/client";

/* Composition root of the task pane: the only file that chooses the real Office.js host. */
void Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<p>KPI Scorecard</p>);
});
