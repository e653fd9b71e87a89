import { Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Suspense, useMemo, useState } from "react";
import type { WorkbookPort } from "../excel/port";
import { effectiveColumns, rolesUncertain } from "./columnOverrides";
import { Disclosure } from "./Disclosure";
import { ErrorBar } from "./ErrorBar";
import { EvaluateSection } from "./EvaluateSection";
import { WriteNotes } from "./WriteNotes";
import { translator } from "./i18n/strings";
import { LocaleContext } from "./LocaleContext";
import { CompanyPanel, FormulaGallery, Results, SettingsPanel, StrategyEditor } from "./panels";
import { StartSection, TableLine } from "./StartSection";
import { usePane } from "./usePane";
import { useRefreshRequest } from "./useRefreshRequest";

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box", padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  /** The workbook: Office.js in the add-in, the in-memory host in the demo and tests. */
  readonly port: WorkbookPort;
  /** Office's theme. @default "light" */
  readonly theme?: "light" | "dark";
}

/** The KPI Scorecard task pane. */
export function App({ port, theme = "light" }: AppProps) {
  const styles = useStyles();
  const [state, actions] = usePane(port);
  const [notice, setNotice] = useState<string>();
  const locale = useMemo(() => ({ lang: state.lang, t: translator(state.lang) }), [state.lang]);
  const { t } = locale;
  useRefreshRequest(() => void actions.evaluate());
  const sheets = state.outcome ? Object.values(state.outcome.sheets).join(t("listSeparator")) : undefined;
  // Set-up stays folded unless there is no table or detection missed a role the evaluation needs
  // (issue 14 §1). Judged on the detected columns, so that correcting a role does not fold it away.
  const setupOpen = state.table ? rolesUncertain(state.table.columns) : !state.detecting;
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={state.lang === "zh" ? "zh-CN" : "en"}>
      <LocaleContext.Provider value={locale}>
        <main className={styles.root}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          {!state.outcome && <p className={styles.subtitle}>{t("appSubtitle")}</p>}
          {state.error !== undefined && <ErrorBar error={state.error} onDismiss={actions.dismissError} />}
          {notice && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{notice}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" appearance="transparent" onClick={() => setNotice(undefined)}>
                  {t("dismiss")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <TableLine state={state} actions={actions} onNotice={setNotice} />
          <EvaluateSection busy={state.busy} progress={state.progress} evaluated={state.outcome !== undefined} disabled={!state.table} sheets={sheets} onEvaluate={() => void actions.evaluate()} />
          {state.outcome && state.stale && !state.busy && (
            <MessageBar intent="warning" layout="multiline" data-testid="stale">
              <MessageBarBody>{t("staleNotice")}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => void actions.evaluate()}>
                  {t("refresh")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {state.outcome && (
            <Suspense fallback={<span>{t("loading")}</span>}>
              <Results outcome={state.outcome} onSelect={(target) => void actions.select(target)} />
            </Suspense>
          )}
          {state.outcome && <WriteNotes outcome={state.outcome} />}
          <Disclosure key={setupOpen ? "setup-open" : "setup-folded"} title={t("setupHeading")} defaultOpen={setupOpen}>
            <StartSection state={state} actions={actions} onNotice={setNotice} />
          </Disclosure>
          <Disclosure title={t("strategyHeading")}>
            <StrategyEditor state={state} actions={actions} onNotice={setNotice} />
          </Disclosure>
          {(state.detection?.kpiTables.length ?? 0) > 1 && (
            <Disclosure title={t("companyHeading")}>
              <CompanyPanel state={state} actions={actions} />
            </Disclosure>
          )}
          <Disclosure title={t("settingsHeading")}>
            <SettingsPanel state={state} actions={actions} onNotice={setNotice} />
          </Disclosure>
          <Disclosure title={t("formulasHeading")}>
            <FormulaGallery table={state.table && { ...state.table, columns: effectiveColumns(state.table.columns, state.overrides) }} activeCell={actions.activeCell} insertFormula={actions.insertFormula} onNotice={setNotice} />
          </Disclosure>
        </main>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
