import { Button, FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { App } from "../taskpane/App";
import type { DemoSession } from "./session";
import { createSession } from "./session";
import { SheetView } from "./SheetView";

/** Opening and saving files (and exceljs behind them) load on first use: the first paint does not carry them. */
const files = () => import(/* webpackChunkName: "workbook-files" */ "./workbookFiles");

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", height: "100vh", columnGap: tokens.spacingHorizontalM, boxSizing: "border-box", padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2 },
  sheet: { minWidth: 0, minHeight: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  pane: { overflowY: "auto", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  file: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  message: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const LABELS = {
  en: {
    open: "Open .csv or .xlsx",
    save: "Save as .xlsx",
    blank: "New blank workbook",
    hint: "Paste a block copied from Excel into a cell (Ctrl+V), or type: arrows move, typing replaces, F2 edits, Enter/Tab commit.",
    opening: (name: string) => `Opening ${name} …`,
    opened: (name: string, sheets: number) => `Opened ${name}: ${sheets} sheet${sheets === 1 ? "" : "s"}.`,
    asValues: (n: number) => ` ${n} formula${n === 1 ? "" : "s"} kept as values (not understood).`,
    saved: (name: string) => `Saved ${name}.`,
    charts: (n: number) => ` Charts are not in the file (${n}).`,
    blankDone: "A new blank workbook: paste or type your KPI table, then Find tables again in the pane.",
    failed: (what: string) => `Could not ${what}: `,
  },
  zh: {
    open: "打开 .csv 或 .xlsx",
    save: "另存为 .xlsx",
    blank: "新建空白工作簿",
    hint: "可将从 Excel 复制的区域粘贴到单元格（Ctrl+V），或直接输入：方向键移动，输入即替换，F2 编辑，Enter/Tab 确认。",
    opening: (name: string) => `正在打开 ${name} …`,
    opened: (name: string, sheets: number) => `已打开 ${name}：${sheets} 个工作表。`,
    asValues: (n: number) => `${n} 个公式无法识别，已保留为值。`,
    saved: (name: string) => `已保存 ${name}。`,
    charts: (n: number) => `图表（${n} 个）未写入文件。`,
    blankDone: "已新建空白工作簿：粘贴或输入 KPI 表后，在任务窗格中点“重新查找表格”。",
    failed: (what: string) => `无法${what}：`,
  },
} as const;

export interface DemoPageProps {
  /** The workbook shown first (the sample). */
  readonly initial: DemoSession;
  /** A Chinese Office (`?lang=zh`): new workbooks get Chinese sheet names and the bar speaks Chinese. */
  readonly zh?: boolean;
  /** @default "light" */
  readonly theme?: "light" | "dark";
  /** Told of each workbook shown (the page's `window.kpiDemo` follows it). */
  readonly onSession?: (session: DemoSession) => void;
}

/** The demo: the in-memory workbook on the left, the real task pane on the right (as Excel places it). */
export function DemoPage({ initial, zh = false, theme = "light", onSession }: DemoPageProps) {
  const styles = useStyles();
  const t = zh ? LABELS.zh : LABELS.en;
  const [session, setSession] = useState(initial);
  const [message, setMessage] = useState<string>(t.hint);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const show = (next: DemoSession) => {
    setSession(next);
    onSession?.(next);
  };
  const failed = (what: string, error: unknown) => setMessage(`${t.failed(what)}${error instanceof Error ? error.message : String(error)}`);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setBusy(true);
    setMessage(t.opening(file.name));
    try {
      const { session: next, data, report } = await (await files()).openFile(file, zh);
      show(next);
      setMessage(`${t.opened(file.name, data.sheets.length)}${report.formulasAsValues.length > 0 ? t.asValues(report.formulasAsValues.length) : ""}`);
    } catch (error) {
      failed(zh ? "打开文件" : "open the file", error);
    } finally {
      setBusy(false);
    }
  };
  const onSave = async () => {
    setBusy(true);
    try {
      const { download, saveXlsx } = await files();
      const { bytes, report, fileName } = await saveXlsx(session);
      download(bytes, fileName);
      setMessage(`${t.saved(fileName)}${report.charts > 0 ? t.charts(report.charts) : ""}`);
    } catch (error) {
      failed(zh ? "保存" : "save", error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <section className={styles.sheet} aria-label="Workbook">
          <h1 className={styles.title}>KPI Scorecard demo — in-memory workbook (no Excel)</h1>
          <div className={styles.bar} role="toolbar" aria-label={zh ? "工作簿" : "Workbook file"}>
            <Button size="small" disabled={busy} onClick={() => input.current?.click()}>
              {t.open}
            </Button>
            <input ref={input} className={styles.file} type="file" tabIndex={-1} aria-label={t.open} data-testid="open-file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void onFile(e)} />
            <Button size="small" disabled={busy} onClick={() => void onSave()}>
              {t.save}
            </Button>
            <Button
              size="small"
              appearance="subtle"
              disabled={busy}
              onClick={() => {
                show(createSession({ zh }));
                setMessage(t.blankDone);
              }}
            >
              {t.blank}
            </Button>
            <output className={styles.message} data-testid="demo-message" aria-live="polite">
              {message}
            </output>
          </div>
          <SheetView key={session.id} observed={session.observed} />
        </section>
        <div className={styles.pane} data-testid="taskpane">
          <App key={session.id} port={session.port} theme={theme} />
        </div>
      </div>
    </FluentProvider>
  );
}
