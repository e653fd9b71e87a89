import { Button, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { Suspense, useId } from "react";
import type { PaneActions, PaneState } from "./usePane";
import { useLocale } from "./useLocale";
import { ColumnRoles } from "./panels";
import { Section } from "./Section";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export interface StartSectionProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
  /** Called with a confirmation to show (already translated). */
  readonly onNotice: (text: string) => void;
}

/** What was detected (table, rows, columns with roles) and the ways to pick another table. */
export function StartSection({ state, actions, onNotice }: StartSectionProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const pickId = useId();
  const { table, detection, detecting } = state;
  const convert = async () => {
    const name = await actions.convertToTable();
    if (name) onNotice(t("convertedToTable", { name }));
  };
  const insertSample = async () => {
    const sheet = await actions.insertSample();
    if (sheet) onNotice(t("sampleInserted", { sheet }));
  };
  return (
    <Section title={t("startHeading")}>
      {detecting && !table ? (
        <Spinner size="tiny" label={t("detecting")} />
      ) : table ? (
        <>
          <p className={styles.text}>
            <strong>{t("detectedTable", { name: table.ref.name, sheet: table.ref.sheet })}</strong>
            <br />
            {t("detectedRows", { count: table.rowCount })} · {table.ref.address}
          </p>
          {table.ref.kind === "range" && (
            <div className={styles.field}>
              <p className={styles.text}>{t("plainRangeHint")}</p>
              <div className={styles.buttons}>
                <Button size="small" disabled={state.busy} onClick={() => void convert()}>
                  {t("convertToTable")}
                </Button>
              </div>
            </div>
          )}
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
      ) : (
        <p className={styles.text}>{t("noTableFound")}</p>
      )}
      <div className={styles.buttons}>
        <Button onClick={() => void actions.useSelection()}>{t("useSelection")}</Button>
        <Button onClick={() => void insertSample()}>{t("insertSample")}</Button>
        <Button appearance="subtle" onClick={() => void actions.detect()}>
          {t("redetect")}
        </Button>
      </div>
      {table && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <ColumnRoles table={table} overrides={state.overrides} onChange={actions.setOverrides} />
        </Suspense>
      )}
    </Section>
  );
}
