import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { WorkbookPort } from "../excel/port";
import { App } from "../taskpane/App";
import type { ObservedHost } from "./observeHost";
import { SheetView } from "./SheetView";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", height: "100vh", columnGap: tokens.spacingHorizontalM, boxSizing: "border-box", padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2 },
  sheet: { minWidth: 0, minHeight: 0, display: "flex", flexDirection: "column" },
  pane: { overflowY: "auto", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface DemoPageProps {
  readonly observed: ObservedHost;
  readonly port: WorkbookPort;
  /** @default "light" */
  readonly theme?: "light" | "dark";
}

/** The demo: the in-memory workbook on the left, the real task pane on the right (as Excel places it). */
export function DemoPage({ observed, port, theme = "light" }: DemoPageProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <section className={styles.sheet} aria-label="Workbook">
          <h1 className={styles.title}>KPI Scorecard demo — in-memory workbook (no Excel)</h1>
          <SheetView observed={observed} />
        </section>
        <div className={styles.pane} data-testid="taskpane">
          <App port={port} theme={theme} />
        </div>
      </div>
    </FluentProvider>
  );
}
