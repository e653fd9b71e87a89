import { Button, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { Suspense, useId } from "react";
import type { PaneActions, PaneState } from "./usePane";
import type { Translate } from "./i18n/strings";
import { useLocale } from "./useLocale";
import { ColumnRoles } from "./panels";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export interface StartSectionProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
  /** Called with a confirmation to show (already translated). */
  readonly onNotice: (text: string) => void;
}

/** Which objectives the next Evaluate uses, and where they come from (issue 14 §2). */
function strategyLine(state: PaneState, t: Translate): string {
  const { strategy } = state;
  if (strategy.kind === "table") {
    const { name, sheet } = strategy.table.ref;
    return t(strategy.how === "same-sheet" ? "strategyLineTable" : "strategyLinePicked", { name, sheet, count: strategy.table.rowCount });
  }
  const typed = state.effective.objectives.length;
  return typed > 0 ? t("strategyLineTyped", { count: typed }) : t("strategyLineNone");
}

/** The lines above Evaluate: which table is used (or that none was found); a plain range is offered conversion. */
export function TableLine({ state, actions, onNotice }: StartSectionProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const { table, detecting } = state;
  if (detecting && !table) return <Spinner size="tiny" label={t("detecting")} />;
  if (!table) return <p className={styles.text}>{t("noTableFound")}</p>;
  const convert = async () => {
    const name = await actions.convertToTable();
    if (name) onNotice(t("convertedToTable", { name }));
  };
  return (
    <>
      <p className={styles.text}>
        <strong>{t("detectedTable", { name: table.ref.name, sheet: table.ref.sheet })}</strong>
        <br />
        {t("detectedRows", { count: table.rowCount })} · {table.ref.address}
        <br />
        <span className={styles.hint} data-testid="strategy-line">
          {strategyLine(state, t)}
        </span>
      </p>
      {table.ref.kind === "range" && (
        <div className={styles.field}>
          <p className={styles.hint}>{t("plainRangeHint")}</p>
          <div className={styles.buttons}>
            <Button size="small" disabled={state.busy} onClick={() => void convert()}>
              {t("convertToTable")}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}

/** Set-up (folded unless a role is uncertain): other tables, selection, sample, convert to a table, column roles. */
export function StartSection({ state, actions, onNotice }: StartSectionProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const pickId = useId();
  const { table, detection, detecting } = state;
  const insertSample = async () => {
    const sheet = await actions.insertSample();
    if (sheet) onNotice(t("sampleInserted", { sheet }));
  };
  return (
    <>
      {table && (
        <>
          {(detection?.kpiTables.length ?? 0) > 1 && (
            <div className={styles.field}>
              <label htmlFor={pickId}>{t("pickTable")}</label>
              <Select id={pickId} value={table.ref.address} onChange={(_, d) => actions.chooseTable(d.value)}>
                {detection?.kpiTables.map((k) => (
                  <option key={k.ref.address} value={k.ref.address}>
                    {k.ref.name} ({k.ref.address})
                  </option>
                ))}
              </Select>
            </div>
          )}
        </>
      )}
      {detecting && <Spinner size="tiny" label={t("detecting")} />}
      <div className={styles.buttons}>
        <Button onClick={() => void actions.useSelection()}>{t("useSelection")}</Button>
        <Button onClick={() => void insertSample()}>{t("insertSample")}</Button>
        <Button appearance="subtle" onClick={() => void actions.detect()}>
          {t("redetect")}
        </Button>
      </div>
      {table && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <ColumnRoles
            table={table}
            overrides={state.overrides}
            onChange={actions.setOverrides}
            {...(table.columns.name === undefined ? { uncertain: "name" as const } : table.columns.target === undefined && table.columns.actual === undefined ? { uncertain: "values" as const } : {})}
          />
        </Suspense>
      )}
    </>
  );
}
